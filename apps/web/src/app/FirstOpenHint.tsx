import { useState } from 'react';
import { focusCanvas } from '../canvas/focusCanvas.js';
import { useEditorStore, useEditorStoreApi } from '../store/index.js';
import { localStorageOrUndefined } from './browserStorage.js';
import { DISMISSED_HINT, HINT_KEY, hintDismissed, showsFirstOpenHint } from './firstOpenHint.js';
import type { PanelLayoutStore } from './layout/panelLayoutStore.js';
import { PALETTE_SEARCH_ID } from '../palette/Palette.js';

/*
 * The first-open hint: a strip under the toolbar, in the page's flow (so it covers nothing,
 * least of all the controls it points at), shown on a blank document until dismissed. Its
 * buttons do what they point at; Escape or "Got it" dismisses it for good.
 */

function readDismissed(): boolean {
  try {
    return hintDismissed(localStorageOrUndefined()?.getItem(HINT_KEY) ?? null);
  } catch {
    return false;
  }
}

function rememberDismissed(): void {
  try {
    localStorageOrUndefined()?.setItem(HINT_KEY, DISMISSED_HINT);
  } catch {
    // Storage refused: the hint goes for this visit and may come back on the next.
  }
}

export function FirstOpenHint({ layout }: { layout: PanelLayoutStore }) {
  const store = useEditorStoreApi();
  const [dismissed, setDismissed] = useState(readDismissed);
  const shown = useEditorStore((s) => showsFirstOpenHint(dismissed, s.pipeline, s.source));
  if (!shown) return null;

  const dismiss = (returnFocus: boolean) => {
    rememberDismissed();
    setDismissed(true);
    // The hint's button had the focus: hand it to the canvas rather than to the page.
    if (returnFocus) requestAnimationFrame(() => focusCanvas(store.getState().selection));
  };
  const openDialog = (dialog: 'template' | 'import') => {
    dismiss(false);
    store.getState().openDialog(dialog);
  };
  const toPalette = () => {
    dismiss(false);
    layout.getState().setCollapsed('palette', false);
    requestAnimationFrame(() => document.getElementById(PALETTE_SEARCH_ID)?.focus());
  };

  return (
    <section
      className="pw-first-hint"
      aria-labelledby="pw-first-hint-title"
      data-testid="first-open-hint"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        dismiss(true);
      }}
    >
      <h2 id="pw-first-hint-title" className="pw-first-hint-title">
        New here?
      </h2>
      <p className="pw-first-hint-text">
        Start from a template or import a pipeline file (toolbar, above), or drag an action from the palette (left) onto
        the canvas.
      </p>
      <div className="pw-first-hint-actions">
        <button type="button" onClick={() => openDialog('template')}>
          <span aria-hidden="true">↑ </span>Browse templates
        </button>
        <button type="button" onClick={() => openDialog('import')}>
          <span aria-hidden="true">↑ </span>Import a file
        </button>
        <button type="button" onClick={toPalette}>
          <span aria-hidden="true">← </span>Go to the palette
        </button>
        <button type="button" className="pw-first-hint-dismiss" onClick={() => dismiss(true)}>
          Got it
        </button>
      </div>
    </section>
  );
}
