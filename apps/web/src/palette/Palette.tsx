import { placeableProviders, type ProviderSpec } from '@pipewright/model';
import { memo, useMemo, useState, type DragEvent } from 'react';
import { dropNewActionEdit, providerKey, appendTarget } from '../canvas/authoring.js';
import { PROVIDER_MIME } from '../canvas/dnd.js';
import { CATEGORY_ORDER, categoryClass, providerInitials } from '../canvas/categories.js';
import { useEditorStoreApi } from '../store/index.js';
import './palette.css';

/*
 * Every placeable action type of the catalogue, grouped by category and
 * searchable. Drag an entry onto the canvas (HTML5 drag and drop), or press it
 * to append it to the selected stage (or a new stage).
 */

interface Group {
  category: string;
  entries: ProviderSpec[];
}

const ALL = placeableProviders();

function label(spec: ProviderSpec): string {
  return spec.owner === 'AWS' ? spec.provider : `${spec.provider} (${spec.owner})`;
}

function groupsFor(query: string): Group[] {
  const q = query.trim().toLowerCase();
  const matches = ALL.filter((p) => !q || `${p.provider} ${p.category} ${p.owner}`.toLowerCase().includes(q));
  const order = (c: string) => {
    const i = (CATEGORY_ORDER as readonly string[]).indexOf(c);
    return i === -1 ? CATEGORY_ORDER.length : i;
  };
  const categories = [...new Set(matches.map((p) => p.category))].sort((a, b) => order(a) - order(b));
  return categories.map((category) => ({
    category,
    entries: matches.filter((p) => p.category === category).sort((a, b) => label(a).localeCompare(label(b))),
  }));
}

export const Palette = memo(function Palette() {
  const [query, setQuery] = useState('');
  const groups = useMemo(() => groupsFor(query), [query]);
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
            <h3>
              <span className={`pw-palette-dot ${categoryClass(group.category)}`} aria-hidden="true" />
              {group.category}
            </h3>
            <ul>
              {group.entries.map((spec) => (
                <li key={providerKey(spec)}>
                  <button
                    type="button"
                    draggable
                    className={`pw-palette-item ${categoryClass(spec.category)}`}
                    data-provider={spec.provider}
                    data-testid="palette-item"
                    aria-label={`Add ${label(spec)} ${spec.category} action`}
                    title={spec.notes || label(spec)}
                    onDragStart={(e) => onDragStart(e, spec)}
                    onClick={() => add(spec)}
                  >
                    <span className="pw-palette-badge" aria-hidden="true">
                      {providerInitials(spec.provider)}
                    </span>
                    <span className="pw-palette-label">{label(spec)}</span>
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
