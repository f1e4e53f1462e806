/** Props of every dialog the app shell opens. */
export interface DialogProps {
  onClose(): void;
}
