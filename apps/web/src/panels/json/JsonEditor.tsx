import Editor, { type OnMount } from '@monaco-editor/react';
import { deepEqual, type PipelineEdit, type PipelineJsonDocument } from '@pipewright/model';
import { useEffect, useRef, useState } from 'react';
import { selectionPointer, useEditorStoreApi, type EditorState } from '../../store/index.js';
import { quickFixOf, selectionForPointer, type QuickFix } from '../common/diagnostics.js';
import { configKeyHelp } from '../common/configKeys.js';
import { jsonDefaults, monaco } from './monaco-setup.js';
import { documentFor, markersFor, originalJsonDocument, readEditedText } from './json-sync.js';
import { pipelineFileSchema } from './pipeline-json-schema.js';
import { useColorScheme } from '../../app/theme/useColorScheme.js';

/*
 * The JSON view: Monaco showing the document as API JSON, in sync both ways.
 * - store -> text: a document change from elsewhere re-prints the text (in the
 *   original file's shape and style) unless the text is what changed it;
 * - text -> store: valid text is dispatched as one `replacePipeline` edit
 *   (undoable); invalid text shows its error and the canvas keeps the last
 *   good pipeline. Text ahead of the document is the store's `jsonDraft`
 *   (autosaved): closing the tab, a reload or an edit elsewhere never drops
 *   it; it goes when it parses or when the user discards it;
 * - Ctrl/Cmd+Z and redo in the editor are the document's undo and redo, so the
 *   canvas, the forms and the text share one history;
 * - diagnostics become markers; selecting a node reveals its text; moving the
 *   cursor into an action or stage selects it.
 * Loaded lazily (see JsonPanel), so Monaco is not in the initial bundle.
 */

const MODEL_URI = 'inmemory://pipewright/pipeline.json';
const SCHEMA_URI = 'inmemory://pipewright/pipeline.schema.json';
const TEXT_COMMIT_PAUSE_MS = 300;
const SEVERITY = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
} as const;

type Editor = monaco.editor.IStandaloneCodeEditor;
type SyntaxError = { message: string; line: number; column: number } | null;

let schemaShape: PipelineJsonDocument['shape'] | undefined;
function applySchemaFor(shape: PipelineJsonDocument['shape']) {
  if (schemaShape === shape) return;
  schemaShape = shape;
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    enableSchemaRequest: false,
    schemas: [
      {
        uri: SCHEMA_URI,
        fileMatch: [MODEL_URI],
        schema: pipelineFileSchema(shape, { describeConfigKey: (spec, key) => configKeyHelp(spec, key) }),
      },
    ],
  });
}

export default function JsonEditor() {
  const store = useEditorStoreApi();
  const colorScheme = useColorScheme(); // Monaco's theme follows the system, as the page does
  const [syntaxError, setSyntaxError] = useState<SyntaxError>(() => store.getState().jsonDraft?.error ?? null);
  const editorRef = useRef<Editor | null>(null);
  const [initial] = useState(() => {
    const state = store.getState();
    return documentFor(state.pipeline, originalJsonDocument(state.source));
  });
  /** What the editor opens with: the unapplied draft when there is one. */
  const [initialText] = useState(() => store.getState().jsonDraft?.text ?? initial.text);
  /** The parsed text currently in the editor (its source map drives markers and selection). */
  const shown = useRef<PipelineJsonDocument>(initial);
  /** True while the editor holds text the store has not taken yet (pending or invalid). */
  const textAhead = useRef(store.getState().jsonDraft !== null);
  /** The document changed elsewhere while the draft was not applied (said in the notice). */
  const [changedSinceDraft, setChangedSinceDraft] = useState(false);
  const applyingFromStore = useRef(false);
  /** True while the cursor itself selects a node: that selection needs no reveal. */
  const selectingFromCursor = useRef(false);

  useEffect(() => {
    const unsubscribe = store.subscribe((state: EditorState, previous: EditorState) => {
      const editor = editorRef.current;
      if (!editor) return;
      if (state.jsonDraft === null && previous.jsonDraft !== null && textAhead.current) {
        showPipeline(editor, state); // the draft was discarded
      } else if (state.pipeline !== previous.pipeline && state.jsonDraft !== null) {
        setChangedSinceDraft(true); // the draft stays as typed; applying it replaces the document (one undo step)
      } else if (state.pipeline !== previous.pipeline && !deepEqual(state.pipeline, shown.current.pipeline)) {
        showPipeline(editor, state);
      } else if (state.diagnostics !== previous.diagnostics && !textAhead.current) {
        updateMarkers(editor, state);
      }
      if (state.selection !== previous.selection && !selectingFromCursor.current) revealSelection(editor, state);
    });
    return unsubscribe;
    // The helpers read refs only; the subscription lives as long as the editor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);

  function showPipeline(editor: Editor, state: EditorState) {
    const model = editor.getModel();
    if (!model) return;
    const base = textAhead.current ? undefined : shown.current;
    const next = documentFor(state.pipeline, base ?? originalJsonDocument(state.source) ?? shown.current);
    shown.current = next;
    textAhead.current = false;
    setSyntaxError(null);
    setChangedSinceDraft(false);
    monaco.editor.setModelMarkers(model, 'pipewright-syntax', []);
    if (model.getValue() !== next.text) {
      applyingFromStore.current = true;
      // An edit (not setValue) keeps the cursor and Monaco's own undo stack usable.
      editor.executeEdits('pipewright-store', [{ range: model.getFullModelRange(), text: next.text }]);
      applyingFromStore.current = false;
    }
    applySchemaFor(next.shape);
    updateMarkers(editor, state);
  }

  /** Quick fixes of the current markers, keyed by rule id and start offset, for the code-action lightbulb. */
  const fixes = useRef(new Map<string, QuickFix>());

  function updateMarkers(editor: Editor, state: EditorState) {
    const model = editor.getModel();
    if (!model) return;
    fixes.current.clear();
    state.diagnostics.forEach((d) => {
      const fix = quickFixOf(d);
      const range = fix ? shown.current.sourceMap.rangeOf(d.path) : undefined;
      if (fix && range) fixes.current.set(`${d.ruleId}@${range.offset}`, fix);
    });
    const markers = markersFor(shown.current, state.diagnostics).map((m) => {
      const start = model.getPositionAt(m.start);
      const end = model.getPositionAt(m.end);
      return {
        severity: SEVERITY[m.severity],
        message: m.message,
        code: m.ruleId,
        source: 'pipewright',
        startLineNumber: start.lineNumber,
        startColumn: start.column,
        endLineNumber: end.lineNumber,
        endColumn: end.column,
      };
    });
    monaco.editor.setModelMarkers(model, 'pipewright', markers);
  }

  const selectionDecorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  function revealSelection(editor: Editor, state: EditorState) {
    const model = editor.getModel();
    const pointer = selectionPointer(state.selection);
    if (!model || pointer === undefined || pointer === '' || textAhead.current) {
      selectionDecorations.current?.clear();
      return;
    }
    const range = shown.current.sourceMap.rangeOf(pointer);
    if (!range) return;
    const start = model.getPositionAt(range.offset);
    const end = model.getPositionAt(range.offset + range.length);
    const monacoRange = new monaco.Range(start.lineNumber, 1, end.lineNumber, 1);
    editor.revealRangeNearTop(monacoRange, monaco.editor.ScrollType.Smooth);
    selectionDecorations.current?.clear();
    selectionDecorations.current = editor.createDecorationsCollection([
      {
        range: monacoRange,
        options: {
          isWholeLine: true,
          className: 'pw-json-selected',
          linesDecorationsClassName: 'pw-json-selected-gutter',
        },
      },
    ]);
  }

  const commitTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(commitTimer.current), []);

  function commitText(editor: Editor) {
    const model = editor.getModel();
    if (!model) return;
    const state = store.getState();
    const text = model.getValue();
    const outcome = readEditedText(text, state.pipeline, deepEqual);
    if (outcome.kind === 'invalid') {
      const { message, line, column } = outcome.error;
      setSyntaxError({ message, line, column });
      state.setJsonDraft({ text, error: { message, line, column } });
      monaco.editor.setModelMarkers(model, 'pipewright-syntax', [
        {
          severity: monaco.MarkerSeverity.Error,
          message,
          source: 'pipewright',
          startLineNumber: line,
          startColumn: column,
          endLineNumber: line,
          endColumn: column + 1,
        },
      ]);
      monaco.editor.setModelMarkers(model, 'pipewright', []);
      return;
    }
    setSyntaxError(null);
    monaco.editor.setModelMarkers(model, 'pipewright-syntax', []);
    shown.current = outcome.document;
    textAhead.current = false;
    setChangedSinceDraft(false);
    state.setJsonDraft(null);
    applySchemaFor(outcome.document.shape);
    if (outcome.kind === 'changed') {
      state.dispatch({ kind: 'replacePipeline', pipeline: outcome.document.pipeline });
    }
    updateMarkers(editor, store.getState());
  }

  /**
   * Undo/redo from the editor. A draft that does not parse is not in the document yet, so its
   * typing is undone as text; otherwise pending text is committed first and the document's
   * history steps back, and the text follows the document.
   */
  function historyStep(editor: Editor, step: 'undo' | 'redo') {
    const state = store.getState();
    if (state.jsonDraft?.error) {
      editor.trigger('keyboard', step, null);
      return;
    }
    if (textAhead.current) {
      clearTimeout(commitTimer.current);
      commitText(editor);
    }
    store.getState()[step]();
  }

  function discardDraft() {
    clearTimeout(commitTimer.current);
    store.getState().setJsonDraft(null);
  }

  const disposables = useRef<{ dispose(): void }[]>([]);
  useEffect(() => () => disposables.current.forEach((d) => d.dispose()), []);

  const onMount: OnMount = (editor) => {
    editorRef.current = editor as unknown as Editor;
    const ed = editorRef.current;
    // Diagnostics that carry a fix offer it as a Monaco quick fix (Ctrl+. or the lightbulb).
    const applyFix = ed.addCommand(0, (_accessor: unknown, edit: PipelineEdit) => store.getState().dispatch(edit));
    disposables.current.push(
      monaco.languages.registerCodeActionProvider('json', {
        provideCodeActions(model, _range, context) {
          if (model !== ed.getModel() || !applyFix) return { actions: [], dispose() {} };
          const actions = context.markers.flatMap((marker) => {
            const code = typeof marker.code === 'string' ? marker.code : undefined;
            const offset = model.getOffsetAt({ lineNumber: marker.startLineNumber, column: marker.startColumn });
            const fix = code ? fixes.current.get(`${code}@${offset}`) : undefined;
            if (!fix) return [];
            return [
              {
                title: fix.title,
                kind: 'quickfix',
                diagnostics: [marker],
                isPreferred: true,
                command: { id: applyFix, title: fix.title, arguments: [fix.edit] },
              },
            ];
          });
          return { actions, dispose() {} };
        },
      }),
    );
    // One history: undo and redo here are the document's (a text-only undo would be recorded as a new step).
    ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyZ, () => historyStep(ed, 'undo'));
    ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyZ, () => historyStep(ed, 'redo'));
    ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyY, () => historyStep(ed, 'redo'));
    applySchemaFor(shown.current.shape);
    updateMarkers(ed, store.getState());
    revealSelection(ed, store.getState());
    // A draft from before (the tab closed and reopened, a reload) is checked again: applied if it parses now.
    if (textAhead.current) commitTimer.current = setTimeout(() => commitText(ed), 0);
    ed.onDidChangeModelContent(() => {
      if (applyingFromStore.current) return;
      textAhead.current = true;
      // The text is kept (and autosaved) at once, not only when it is committed.
      const { jsonDraft, setJsonDraft } = store.getState();
      setJsonDraft({ text: ed.getValue(), ...(jsonDraft?.error ? { error: jsonDraft.error } : {}) });
      clearTimeout(commitTimer.current);
      commitTimer.current = setTimeout(() => commitText(ed), TEXT_COMMIT_PAUSE_MS);
    });
    ed.onDidChangeCursorPosition((event) => {
      const model = ed.getModel();
      if (!model || !ed.hasTextFocus() || textAhead.current) return;
      const pointer = shown.current.sourceMap.pointerAt(model.getOffsetAt(event.position));
      const target = selectionForPointer(pointer);
      if (target.kind !== 'action' && target.kind !== 'stage') return;
      const { selection, select } = store.getState();
      if (JSON.stringify(selection) === JSON.stringify(target)) return;
      selectingFromCursor.current = true;
      select(target);
      selectingFromCursor.current = false;
    });
  };

  return (
    <div className="pw-json-editor">
      <div className="pw-json-status" role="status" aria-live="polite">
        {syntaxError ? (
          <div className="pw-json-draft" data-testid="json-draft-notice">
            <p className="pw-json-error">
              <strong>Draft not applied.</strong>{' '}
              <strong>
                Line {syntaxError.line}, column {syntaxError.column}:
              </strong>{' '}
              {syntaxError.message}. The canvas keeps the last valid pipeline; this draft is kept (and saved) until it
              parses or you discard it.
              {changedSinceDraft &&
                ' The pipeline changed elsewhere since: applying the draft will replace that (Undo brings it back).'}
            </p>
            <button type="button" onClick={discardDraft}>
              Discard draft
            </button>
          </div>
        ) : (
          <p className="pw-muted">In sync with the canvas.</p>
        )}
      </div>
      <Editor
        height="100%"
        theme={colorScheme === 'dark' ? 'vs-dark' : 'light'}
        defaultLanguage="json"
        path={MODEL_URI}
        defaultValue={initialText}
        keepCurrentModel={false}
        options={{
          minimap: { enabled: false },
          fontSize: 13,
          scrollBeyondLastLine: false,
          automaticLayout: true,
          tabSize: 2,
          ariaLabel: 'Pipeline JSON',
          fixedOverflowWidgets: true,
        }}
        onMount={onMount}
        loading={<p className="pw-muted">Loading the JSON editor…</p>}
      />
    </div>
  );
}
