import { escapePointerSegment } from '@pipewright/model';
import { useId, useState } from 'react';
import { TextField } from './fields.js';

/*
 * Free key/value pairs of a string map (configuration keys the catalogue does
 * not know, rule configuration). Each value is a field at `<base>/<key>`.
 */
export function KeyValueEditor({
  base,
  entries,
  onChange,
  label,
}: {
  base: string;
  entries: [string, unknown][];
  /** Sets a key (undefined removes it); the caller rebuilds the whole map so a missing map is created. */
  onChange(key: string, value: string | undefined): void;
  /** What the pairs are, for accessible names ("Other configuration"). */
  label: string;
}) {
  const [key, setKey] = useState('');
  const keyId = useId();
  const trimmed = key.trim();
  const taken = entries.some(([k]) => k === trimmed);
  function add() {
    if (trimmed === '' || taken) return;
    onChange(trimmed, '');
    setKey('');
  }
  return (
    <div className="pw-key-values" role="group" aria-label={label}>
      {entries.map(([k, v]) => (
        <div key={k} className="pw-key-value">
          <TextField
            pointer={`${base}/${escapePointerSegment(k)}`}
            label={k}
            value={v}
            onCommit={(next) => onChange(k, next ?? '')}
          />
          <button
            type="button"
            className="pw-icon-button"
            aria-label={`Remove ${k}`}
            onClick={() => onChange(k, undefined)}
          >
            ×
          </button>
        </div>
      ))}
      <div className="pw-inline-add">
        <label htmlFor={keyId}>New key</label>
        <input
          id={keyId}
          value={key}
          onChange={(e) => setKey(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
          aria-describedby={taken ? `${keyId}-taken` : undefined}
        />
        <button type="button" onClick={add} disabled={trimmed === '' || taken}>
          Add key
        </button>
        {taken && (
          <span id={`${keyId}-taken`} className="pw-field-help">
            {trimmed} is already set.
          </span>
        )}
      </div>
    </div>
  );
}
