import type { ProviderSpec } from '@pipewright/model';
import { memo, useMemo, useState, type DragEvent } from 'react';
import { dropNewActionEdit, providerKey, appendTarget } from '../canvas/authoring.js';
import { PROVIDER_MIME } from '../canvas/dnd.js';
import { categoryClass, providerInitials } from '../canvas/categories.js';
import { useEditorStoreApi } from '../store/index.js';
import { lifecycleBadge, paletteGroups, paletteLabel as label } from './paletteEntries.js';
import './palette.css';

/*
 * Every placeable action type of the catalogue, grouped by category and
 * searchable (retired types only when searched for: paletteEntries.ts). Drag an entry onto the canvas (HTML5 drag and drop), or press it
 * to append it to the selected stage (or a new stage).
 */

/** The search box's id: the first-open hint sends the keyboard there. */
export const PALETTE_SEARCH_ID = 'pw-palette-search';

export const Palette = memo(function Palette() {
  const [query, setQuery] = useState('');
  const groups = useMemo(() => paletteGroups(query), [query]);
  const store = useEditorStoreApi();

  const onDragStart = (event: DragEvent<HTMLButtonElement>, spec: ProviderSpec) => {
    event.dataTransfer.setData(PROVIDER_MIME, providerKey(spec));
    event.dataTransfer.setData('text/plain', label(spec));
    event.dataTransfer.effectAllowed = 'copy';
  };
  const add = (spec: ProviderSpec) => {
    const { pipeline, selection, dispatch } = store.getState();
    dispatch(dropNewActionEdit(pipeline, spec, appendTarget(pipeline, selection)));
  };

  return (
    <nav className="pw-palette" aria-label="Action palette">
      <div className="pw-palette-search">
        <input
          id={PALETTE_SEARCH_ID}
          type="search"
          placeholder="Search actions…"
          aria-label="Search actions"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      <div className="pw-palette-groups">
        {groups.length === 0 && <p className="pw-palette-empty">No action type matches “{query}”.</p>}
        {groups.map((group) => (
          <section key={group.category} className="pw-palette-group" aria-label={`${group.category} actions`}>
            <h2>
              <span className={`pw-palette-dot ${categoryClass(group.category)}`} aria-hidden="true" />
              {group.category}
            </h2>
            <ul>
              {group.entries.map((spec) => (
                <li key={providerKey(spec)}>
                  <button
                    type="button"
                    draggable
                    className={`pw-palette-item ${categoryClass(spec.category)}`}
                    data-provider={spec.provider}
                    data-testid="palette-item"
                    title={spec.lifecycle.note ?? (spec.notes || label(spec))}
                    onDragStart={(e) => onDragStart(e, spec)}
                    onClick={() => add(spec)}
                  >
                    <span className="pw-palette-badge" aria-hidden="true">
                      {providerInitials(spec.provider)}
                    </span>
                    {/* The name is the visible label, with "Add" and the category for screen readers. */}
                    <span className="pw-palette-label">
                      <span className="pw-visually-hidden">Add </span>
                      {label(spec)}
                      <span className="pw-visually-hidden"> {spec.category} action</span>
                    </span>
                    {lifecycleBadge(spec) && <span className="pw-palette-lifecycle">{lifecycleBadge(spec)}</span>}
                    {spec.version !== '1' && !spec.version.startsWith('<') && (
                      <span className="pw-palette-version">v{spec.version}</span>
                    )}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </nav>
  );
});
