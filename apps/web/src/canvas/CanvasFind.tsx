import type { Pipeline } from '@pipewright/model';
import { Panel, ViewportPortal } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { isEditable } from '../app/shortcuts.js';
import { findMatches, matchCountLabel, type FindMatch } from './find.js';
import type { PipelineLayout } from './layout.js';
import { boxOf, type ViewTarget } from './viewTargets.js';

/*
 * Find on the canvas. Ctrl/Cmd+F anywhere on the page outside a text field or the JSON editor opens
 * it (they keep their own find); Enter and Shift+Enter go to the next and previous match, which is
 * outlined on the canvas and brought into view at a readable zoom; Escape closes it and gives the
 * keyboard back to where it was.
 */

const targetOf = (match: FindMatch): ViewTarget =>
  match.kind === 'stage'
    ? { kind: 'stage', stage: match.stage }
    : { kind: 'action', stage: match.stage, action: match.action };

export function CanvasFind({
  pipeline,
  layout,
  reveal,
}: {
  pipeline: Pipeline;
  layout: PipelineLayout;
  reveal: (target: ViewTarget) => void;
}) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const matches = useMemo(() => (open ? findMatches(pipeline, layout, query) : []), [open, pipeline, layout, query]);
  const current = matches.length > 0 ? matches[Math.min(index, matches.length - 1)] : undefined;

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'f') return;
      if (event.defaultPrevented || (isEditable(event.target) && event.target !== input.current)) return;
      // A modal dialog keeps the keyboard (and the browser's own find) while it is open.
      if (document.querySelector('[aria-modal="true"]')) return;
      event.preventDefault();
      if (event.target !== input.current) {
        returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      }
      setOpen(true);
      // Focus once the box is drawn (it may be opening now).
      requestAnimationFrame(() => input.current?.select());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  // Each new current match (a new query, Enter, Shift+Enter) is brought into view.
  useEffect(() => {
    if (current) reveal(targetOf(current));
  }, [current, reveal]);

  const close = () => {
    setOpen(false);
    const back = returnTo.current;
    returnTo.current = null;
    if (back?.isConnected) back.focus();
    else document.querySelector<HTMLElement>('.pw-canvas')?.focus();
  };
  const step = (by: number) => {
    if (matches.length === 0) return;
    setIndex((i) => (Math.min(i, matches.length - 1) + by + matches.length) % matches.length);
  };
  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    step(event.shiftKey ? -1 : 1);
  };
  // Escape closes from anywhere in the box: the field or its buttons.
  const onBoxKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };

  if (!open) return null;
  const box = current && boxOf(layout, targetOf(current));
  const count = matchCountLabel(Math.min(index, matches.length - 1), matches.length, query);
  return (
    <>
      <Panel
        position="top-left"
        className="pw-find"
        aria-label="Find on the canvas"
        role="search"
        onKeyDown={onBoxKeyDown}
      >
        <input
          ref={input}
          type="search"
          className="pw-find-input"
          aria-label="Find stages, actions, providers and artifacts"
          placeholder="Stage, action, provider, artifact"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setIndex(0);
          }}
          onKeyDown={onInputKeyDown}
        />
        <span className="pw-find-count" data-testid="find-count" role="status" aria-live="polite">
          {count}
        </span>
        <button type="button" onClick={() => step(-1)} disabled={matches.length === 0} aria-label="Previous match">
          ↑
        </button>
        <button type="button" onClick={() => step(1)} disabled={matches.length === 0} aria-label="Next match">
          ↓
        </button>
        <button type="button" onClick={close} aria-label="Close find">
          ×
        </button>
      </Panel>
      {box && current && (
        <ViewportPortal>
          <div
            className="pw-find-highlight"
            data-testid="find-highlight"
            data-match-kind={current.kind}
            data-match-field={current.field}
            style={{
              transform: `translate(${box.x - 6}px, ${box.y - 6}px)`,
              width: box.width + 12,
              height: box.height + 12,
            }}
          />
        </ViewportPortal>
      )}
    </>
  );
}
