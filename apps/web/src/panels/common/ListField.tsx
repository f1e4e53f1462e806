import { TextField } from './fields.js';

/*
 * A list of strings edited as one comma-separated text field (branch filters,
 * file paths). Empty input removes the list.
 */
export function CommaListField(props: {
  pointer: string;
  label: string;
  value: readonly unknown[] | undefined;
  help?: string;
  onCommit(value: string[] | undefined): void;
}) {
  const text = (props.value ?? []).map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
  return (
    <TextField
      pointer={props.pointer}
      label={props.label}
      value={text}
      help={props.help}
      clearable
      onCommit={(next) => {
        const items = (next ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        props.onCommit(items.length > 0 ? items : undefined);
      }}
    />
  );
}
