import { useEffect, useId, useRef, type ReactNode } from 'react';

/*
 * A modal dialog: labelled by its title, Escape closes it, Tab and Shift+Tab
 * stay inside it, focus moves in on open and back to where it was on close.
 */

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Extra class for sizing (e.g. `dialog-wide`). */
  className?: string;
}

export function Dialog({ title, onClose, children, className }: DialogProps) {
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const previouslyFocused = document.activeElement as HTMLElement | null;
    const root = panel.current;
    const first = root?.querySelector<HTMLElement>('[data-autofocus]') ?? root?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? root)?.focus();
    return () => previouslyFocused?.focus?.();
  }, []);

  // After each step of a multi-step dialog, focus stays inside it (a removed
  // button would otherwise leave it on the page behind).
  useEffect(() => {
    const root = panel.current;
    if (!root || root.contains(document.activeElement)) return;
    (root.querySelector<HTMLElement>('[data-autofocus]') ?? root).focus();
  });

  // Keys are handled at the document, so Escape and Tab still work when the
  // focused element was removed (e.g. the dialog moved to its next step).
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const root = panel.current;
      if (!root) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        closeRef.current();
        return;
      }
      if (event.key !== 'Tab') return;
      const focusable = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
        (el) => el.offsetParent !== null || el === document.activeElement,
      );
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      const active = document.activeElement;
      if (!first || !last) {
        event.preventDefault();
        root.focus();
      } else if (!root.contains(active)) {
        event.preventDefault();
        (event.shiftKey ? last : first).focus();
      } else if (event.shiftKey && (active === first || active === root)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first.focus();
      }
    }
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, []);

  return (
    <div className="pw-dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && closeRef.current()}>
      <div
        ref={panel}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        className={`pw-dialog ${className ?? ''}`}
      >
        {/* Not a <header>: inside a dialog it would be a second banner landmark. */}
        <div className="pw-dialog-header">
          <h2 id={titleId}>{title}</h2>
          <button
            type="button"
            className="pw-icon-button"
            aria-label={`Close ${title}`}
            onClick={() => closeRef.current()}
          >
            ×
          </button>
        </div>
        <div className="pw-dialog-body">{children}</div>
      </div>
    </div>
  );
}
