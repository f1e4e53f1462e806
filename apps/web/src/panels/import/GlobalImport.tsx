import { useEffect } from 'react';
import { paste } from '../../app/shortcuts.js';
import { useEditorStoreApi } from '../../store/index.js';
import { importFile, importInBackground } from './import-client.js';
import { queueImport } from './pending-import.js';
import { decodePulledFragment, rememberPulledOrigin } from '../../persistence/pulled-link.js';

/**
 * A pipeline `pipewright open` put in the URL fragment is imported like a dropped file (the
 * import review shows); the fragment is removed so a reload does not import it again.
 */
function openPulledLink(store: ReturnType<typeof useEditorStoreApi>): void {
  const opened = decodePulledFragment(location.hash);
  if (opened === null) return;
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  if (!opened.ok) {
    store.getState().notify(opened.reason);
    return;
  }
  const { text, fileName, awsArguments } = opened.pulled;
  rememberPulledOrigin(fileName.replace(/\.json$/, ''), awsArguments);
  queueImport({ name: fileName, result: importInBackground(text, fileName), input: Promise.resolve(text) });
  store.getState().openDialog('import');
}

/** Text that looks like a pipeline file, so pasting other text onto the page does nothing. */
function looksLikePipelineFile(text: string): boolean {
  const head = text.trimStart();
  return (
    (head.startsWith('{') && /"stages"|"Stages"|"pipeline"|"Resources"|"resource"/.test(text)) ||
    /AWS::CodePipeline::Pipeline|aws_codepipeline/.test(text)
  );
}

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
      !!target.closest('.monaco-editor'))
  );
}

/*
 * Window-wide import: drop a file anywhere, or paste a pipeline file's text
 * while no text field has focus, or open a `#pulled=` link of `pipewright open`.
 * All open the import dialog with the read.
 * Any other paste outside text fields pastes the actions copied on the canvas.
 * Renders nothing.
 */
export function GlobalImport() {
  const store = useEditorStoreApi();
  useEffect(() => openPulledLink(store), [store]);
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      queueImport({
        name: file.name,
        result: importFile(file),
        input: file.arrayBuffer().then((b) => new Uint8Array(b)),
      });
      store.getState().openDialog('import');
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isEditable(event.target) || store.getState().dialog !== null) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      event.preventDefault();
      if (!looksLikePipelineFile(text)) {
        paste(store); // Ctrl/Cmd+V on the canvas: the actions copied with Ctrl/Cmd+C
        return;
      }
      queueImport({ name: 'pasted text', result: importInBackground(text), input: Promise.resolve(text) });
      store.getState().openDialog('import');
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('paste', onPaste);
    };
  }, [store]);
  return null;
}
