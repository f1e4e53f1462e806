import { displayValue, isOpaque } from '@pipewright/model';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useDiagnosticsAt, useEditorStore, useEditorStoreApi, worstSeverity } from '../../store/index.js';
import { FieldDiagnostics } from './FieldDiagnostics.js';

/*
 * Form fields bound to a JSON pointer of the pipeline. Each shows its label,
 * its help text, its own diagnostics beneath it, and takes focus when a
 * problem elsewhere (problems panel, canvas) asks for that pointer.
 * Text is committed on every keystroke, so the underline follows the typing;
 * the keystrokes of one visit to a field are coalesced into one undo step.
 */

/** Focuses (and scrolls to) the element when the store's focusField is this pointer. */
export function useFocusWhenAsked(pointer: string, ref: React.RefObject<HTMLElement | null>) {
  const focusField = useEditorStore((s) => s.focusField);
  useEffect(() => {
    if (focusField === undefined || !ref.current) return;
    // A problem below this field's value (`/artifactStore/encryptionKey/id` for the key field) focuses
    // it too, unless a field of its own shows that pointer.
    const asked =
      focusField === pointer ||
      (focusField.startsWith(`${pointer}/`) &&
        document.querySelector(`[data-pointer="${CSS.escape(focusField)}"]`) === null);
    if (!asked) return;
    ref.current.scrollIntoView?.({ block: 'nearest' });
    ref.current.focus();
  }, [focusField, pointer, ref]);
}

/** Ctrl/Cmd+Z is undo, Ctrl/Cmd+Shift+Z and Ctrl/Cmd+Y redo: the document's, wherever the focus is. */
export function historyKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }) {
  if (!event.ctrlKey && !event.metaKey) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? ('redo' as const) : ('undo' as const);
  return key === 'y' ? ('redo' as const) : undefined;
}

interface FieldShellProps {
  pointer: string;
  label: string;
  help?: string | undefined;
  inputId: string;
  children: ReactNode;
}

function FieldShell({ pointer, label, help, inputId, children }: FieldShellProps) {
  const severity = worstSeverity(useDiagnosticsAt(pointer));
  return (
    <div className={`pw-field${severity ? ` pw-field-${severity}` : ''}`} data-pointer={pointer}>
      <label htmlFor={inputId}>{label}</label>
      {children}
      {help && (
        <p className="pw-field-help" id={`${inputId}-help`}>
          {help}
        </p>
      )}
      <FieldDiagnostics pointer={pointer} id={`${inputId}-problems`} />
    </div>
  );
}

function describedBy(inputId: string, help: string | undefined, hasProblems: boolean): string | undefined {
  const ids = [help ? `${inputId}-help` : '', hasProblems ? `${inputId}-problems` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export interface TextFieldProps {
  pointer: string;
  label: string;
  value: unknown;
  /** Called with the new text, or undefined when cleared (and `clearable`). */
  onCommit(value: string | undefined): void;
  help?: string | undefined;
  placeholder?: string;
  clearable?: boolean;
  multiline?: boolean;
  /** Values to offer as completions (the catalogue's enumerated values); any other text stays possible. */
  suggestions?: readonly string[] | undefined;
}

export function TextField({
  pointer,
  label,
  value,
  onCommit,
  help,
  placeholder,
  clearable,
  multiline,
  suggestions,
}: TextFieldProps) {
  const inputId = useId();
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useFocusWhenAsked(pointer, ref);
  const diagnostics = useDiagnosticsAt(pointer);
  const problems = diagnostics.length > 0;
  // Only errors make a field invalid; warnings and info are advice.
  const invalid = diagnostics.some((d) => d.severity === 'error');
  const stored = value === undefined ? '' : typeof value === 'string' ? value : displayValue(value);
  const [draft, setDraft] = useState(stored);
  const [editing, setEditing] = useState(false);
  const store = useEditorStoreApi();
  /** Counts visits (focus) to the field: the keystrokes of one visit make one undo step. */
  const visit = useRef(0);
  // Follow the document while the user is not typing (undo, JSON edits, canvas).
  const [lastStored, setLastStored] = useState(stored);
  if (stored !== lastStored) {
    setLastStored(stored);
    if (!editing) setDraft(stored);
  }

  if (isOpaque(value)) {
    return (
      <FieldShell pointer={pointer} label={label} help={help} inputId={inputId}>
        <input
          id={inputId}
          ref={ref}
          readOnly
          value={stored}
          className="pw-opaque"
          aria-describedby={describedBy(inputId, help, problems)}
          title={`Opaque ${value.$opaque} expression, kept as written`}
        />
      </FieldShell>
    );
  }

  function commit(text: string) {
    if (text === stored) return;
    store
      .getState()
      .coalesce(`${inputId} ${pointer} ${visit.current}`, () => onCommit(text === '' && clearable ? undefined : text));
  }

  const common = {
    id: inputId,
    value: draft,
    placeholder,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy(inputId, help, problems),
    onFocus: () => {
      visit.current++;
      setEditing(true);
    },
    onBlur: () => {
      setEditing(false);
      commit(draft);
    },
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const text = e.target.value;
      setDraft(text);
      commit(text);
    },
    onKeyDown: (e: React.KeyboardEvent) => {
      const step = historyKey(e);
      if (step) {
        // One history: the input's own text undo would come back as a new edit (another undo step).
        e.preventDefault();
        visit.current++; // typing after an undo starts a new step
        setEditing(false); // let the field show the document the step restored
        store.getState()[step]();
        return;
      }
      if (!editing) setEditing(true);
      if (e.key === 'Enter' && !multiline) commit(draft);
      if (e.key === 'Escape') setDraft(stored);
    },
  };
  return (
    <FieldShell pointer={pointer} label={label} help={help} inputId={inputId}>
      {multiline ? (
        <textarea ref={ref} rows={3} {...common} />
      ) : (
        <input ref={ref} type="text" list={suggestions ? `${inputId}-values` : undefined} {...common} />
      )}
      {suggestions && !multiline && (
        <datalist id={`${inputId}-values`}>
          {suggestions.map((value) => (
            <option key={value} value={value} />
          ))}
        </datalist>
      )}
    </FieldShell>
  );
}

export interface NumberFieldProps {
  pointer: string;
  label: string;
  value: unknown;
  onCommit(value: number | undefined): void;
  help?: string | undefined;
  min?: number;
  max?: number;
}

export function NumberField({ pointer, label, value, onCommit, help, min, max }: NumberFieldProps) {
  const text = typeof value === 'number' ? String(value) : value === undefined ? '' : displayValue(value);
  return (
    <TextField
      pointer={pointer}
      label={label}
      value={isOpaque(value) ? value : text}
      help={help}
      placeholder={min !== undefined && max !== undefined ? `${min}-${max}` : undefined}
      clearable
      onCommit={(next) => {
        if (next === undefined) return onCommit(undefined);
        const n = Number(next.trim());
        // A non-numeric entry is kept as a number only when it is one; otherwise it is dropped back.
        if (next.trim() !== '' && Number.isFinite(n)) onCommit(n);
      }}
    />
  );
}

export interface SelectFieldProps {
  pointer: string;
  label: string;
  value: unknown;
  options: readonly string[];
  onCommit(value: string | undefined): void;
  help?: string | undefined;
  /** Label of the "not set" choice; omit to require a value. */
  unsetLabel?: string;
}

export function SelectField({ pointer, label, value, options, onCommit, help, unsetLabel }: SelectFieldProps) {
  const inputId = useId();
  const ref = useRef<HTMLSelectElement>(null);
  useFocusWhenAsked(pointer, ref);
  const diagnostics = useDiagnosticsAt(pointer);
  const problems = diagnostics.length > 0;
  // Only errors make a field invalid; warnings and info are advice.
  const invalid = diagnostics.some((d) => d.severity === 'error');
  const current = typeof value === 'string' ? value : undefined;
  if (isOpaque(value)) {
    return <TextField pointer={pointer} label={label} value={value} onCommit={() => undefined} help={help} />;
  }
  const choices = current !== undefined && !options.includes(current) ? [current, ...options] : options;
  return (
    <FieldShell pointer={pointer} label={label} help={help} inputId={inputId}>
      <select
        id={inputId}
        ref={ref}
        value={current ?? ''}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(inputId, help, problems)}
        onChange={(e) => onCommit(e.target.value === '' ? undefined : e.target.value)}
      >
        {(unsetLabel !== undefined || current === undefined) && <option value="">{unsetLabel ?? '(choose)'}</option>}
        {choices.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
