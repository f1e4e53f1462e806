import { formatDiffMarkdown } from '@pipewright/model';
import { useState } from 'react';
import { useEditorStore, useEditorStoreApi } from '../store/index.js';
import { useCompare, useCompareApi } from './hooks.js';

/*
 * The top of compare mode: what is compared, the risk summary (most severe
 * first, each with its id), Copy markdown (the pull-request comment) and the
 * way back to editing.
 */
export function CompareBar() {
  const compare = useCompareApi();
  const editor = useEditorStoreApi();
  const base = useCompare((s) => s.base);
  const view = useCompare((s) => s.view);
  const name = useEditorStore((s) => (typeof s.pipeline.name === 'string' ? s.pipeline.name : 'the document'));
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  if (!base || !view) return null;
  const { diff } = view;
  const markdown = () => formatDiffMarkdown(diff, { title: `Pipeline changes: ${base.label} → ${name}` });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(markdown());
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  const counts = { high: 0, medium: 0, low: 0 };
  for (const r of diff.risks) counts[r.severity]++;
  return (
    <section className="pw-cmp-bar" aria-label="Compare summary" data-testid="compare-bar">
      <div className="pw-cmp-bar-head">
        <strong>Comparing</strong> with {base.label}:{' '}
        <span data-testid="compare-count">
          {diff.changes.length === 0
            ? 'no change'
            : `${diff.changes.length} change${diff.changes.length === 1 ? '' : 's'}`}
        </span>
        {diff.risks.length > 0 && (
          <span className="pw-cmp-risk-counts">
            {(['high', 'medium', 'low'] as const).map((s) =>
              counts[s] ? (
                <span key={s} className={`pw-cmp-risk pw-cmp-risk-${s}`}>
                  {counts[s]} {s}
                </span>
              ) : null,
            )}
          </span>
        )}
        <span className="pw-toolbar-spacer" />
        <button type="button" onClick={() => void copy()}>
          Copy markdown
        </button>
        {copied && (
          <span role="status" className="pw-cmp-copied">
            {copied === 'yes' ? 'Copied' : 'Copy failed: select the text in the changes list instead'}
          </span>
        )}
        <button
          type="button"
          className="pw-primary"
          onClick={() => {
            compare.getState().leave();
            if (editor.getState().dockPanel === 'changes') editor.getState().openDock('problems');
          }}
        >
          Leave compare
        </button>
      </div>
      {diff.risks.length > 0 && (
        <ul className="pw-cmp-risks" aria-label="Risks">
          {diff.risks.map((r, i) => (
            <li key={i} className={`pw-cmp-risk-${r.severity}`} data-risk-id={r.id}>
              <span className="pw-cmp-risk-sev">{r.severity}</span> <code>{r.id}</code> {r.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
