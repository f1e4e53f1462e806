import { exportPipeline, type CdkStyle, type ExportResult, type ExportTarget } from '@pipewright/export';
import { useMemo, useRef, useState } from 'react';
import { useEditorStore } from '../../store/index.js';
import { Dialog } from '../common/Dialog.js';
import type { DialogProps } from '../common/dialog-props.js';
import { importExtrasOf } from '../import/import-source.js';
import { pulledAwsArguments } from '../../persistence/pulled-link.js';

/** The command that sends the downloaded file back to AWS (pipewright push validates and asks first). */
function pushCommand(fileName: string, pipelineName: unknown): string {
  const aws = typeof pipelineName === 'string' ? pulledAwsArguments(pipelineName) : '';
  const quoted = /^[\w./@-]+$/.test(fileName) ? fileName : `'${fileName.replace(/'/g, `'\\''`)}'`;
  return `pipewright push ${quoted}${aws ? ` ${aws}` : ''}`;
}

const TABS: { target: ExportTarget; label: string; monitoring: boolean }[] = [
  { target: 'terraform', label: 'Terraform', monitoring: true },
  { target: 'terraform-json', label: 'Terraform JSON', monitoring: true },
  { target: 'cdk', label: 'CDK', monitoring: true },
  { target: 'cloudformation', label: 'CloudFormation', monitoring: true },
  { target: 'cloudformation-json', label: 'CloudFormation JSON', monitoring: true },
  { target: 'json', label: 'JSON', monitoring: false },
];

type Outcome = { ok: true; result: ExportResult } | { ok: false; message: string };

function runExport(...args: Parameters<typeof exportPipeline>): Outcome {
  try {
    return { ok: true, result: exportPipeline(...args) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/*
 * Export: one tab per target with a read-only preview, the target's warnings,
 * the monitoring option (an EventBridge rule on the pipeline's state changes),
 * and Copy / Download. Problems in the pipeline never block an export.
 */
export function ExportDialog({ onClose }: DialogProps) {
  const pipeline = useEditorStore((s) => s.pipeline);
  const source = useEditorStore((s) => s.source);
  const [target, setTarget] = useState<ExportTarget>('terraform');
  const [monitoring, setMonitoring] = useState(false);
  const [cdkStyle, setCdkStyle] = useState<CdkStyle>('l1');
  const [copied, setCopied] = useState<string | null>(null);
  const tabRefs = useRef(new Map<ExportTarget, HTMLButtonElement>());
  const tab = TABS.find((t) => t.target === target)!;
  const extras = importExtrasOf(source);
  const outcome = useMemo(
    () =>
      runExport(pipeline, target, {
        monitoring: monitoring && tab.monitoring,
        ...(target === 'cdk' ? { cdkStyle } : {}),
        ...(extras ? { extras } : {}),
      }),
    [pipeline, target, monitoring, tab.monitoring, extras, cdkStyle],
  );

  function onTabKey(event: React.KeyboardEvent, index: number) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length]!;
    setTarget(next.target);
    tabRefs.current.get(next.target)?.focus();
  }

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Copied to the clipboard.');
    } catch {
      setCopied('The browser refused clipboard access: select the text and copy it by hand.');
    }
  }

  function download(result: ExportResult) {
    const url = URL.createObjectURL(new Blob([result.text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = result.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  return (
    <Dialog title="Export" onClose={onClose} className="pw-dialog-wide">
      <div role="tablist" aria-label="Export format" className="pw-tabs">
        {TABS.map((t, i) => (
          <button
            key={t.target}
            ref={(el) => {
              if (el) tabRefs.current.set(t.target, el);
            }}
            type="button"
            role="tab"
            id={`export-tab-${t.target}`}
            aria-selected={t.target === target}
            aria-controls="export-preview"
            tabIndex={t.target === target ? 0 : -1}
            onClick={() => {
              setTarget(t.target);
              setCopied(null);
            }}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="export-preview" aria-labelledby={`export-tab-${target}`} className="pw-export-panel">
        <label className="pw-check">
          <input
            type="checkbox"
            checked={monitoring && tab.monitoring}
            disabled={!tab.monitoring}
            onChange={(e) => setMonitoring(e.target.checked)}
          />{' '}
          Add monitoring (an EventBridge rule for failed and succeeded executions)
          {!tab.monitoring && <span className="pw-muted"> — not available for plain JSON</span>}
        </label>
        {target === 'cdk' && (
          <label className="pw-check">
            Constructs{' '}
            <select value={cdkStyle} onChange={(e) => setCdkStyle(e.target.value === 'l2' ? 'l2' : 'l1')}>
              <option value="l1">L1: CfnPipeline (exact)</option>
              <option value="l2">L2: codepipeline.Pipeline and its actions</option>
            </select>
          </label>
        )}
        {outcome.ok ? (
          <>
            {outcome.result.warnings.length > 0 && (
              <div className="pw-export-warnings" role="region" aria-label="Export warnings">
                <h3>
                  {outcome.result.warnings.length} warning{outcome.result.warnings.length === 1 ? '' : 's'}
                </h3>
                <ul>
                  {outcome.result.warnings.map((w, i) => (
                    <li key={i}>
                      <code>{w.code}</code> {w.message}
                      {w.path && <span className="pw-muted"> ({w.path})</span>}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <pre className="pw-export-preview" aria-label={`${tab.label} preview`} tabIndex={0}>
              <code>{outcome.result.text}</code>
            </pre>
            <div className="pw-dialog-actions">
              <span className="pw-muted" role="status" aria-live="polite">
                {copied ?? outcome.result.fileName}
              </span>
              <button type="button" onClick={() => void copy(outcome.result.text)}>
                Copy
              </button>
              <button type="button" className="pw-primary" onClick={() => download(outcome.result)}>
                Download {outcome.result.fileName}
              </button>
            </div>
            {tab.target !== 'cdk' && (
              <div className="pw-export-push" role="group" aria-label="Push with the CLI">
                <span className="pw-muted">
                  Push with the CLI (after downloading; it shows the diff and asks first):
                </span>
                <code>{pushCommand(outcome.result.fileName, pipeline.name)}</code>
                <button type="button" onClick={() => void copy(pushCommand(outcome.result.fileName, pipeline.name))}>
                  Copy push command
                </button>
              </div>
            )}
          </>
        ) : (
          <p role="alert" className="pw-import-error">
            The {tab.label} export failed: {outcome.message}
          </p>
        )}
      </div>
    </Dialog>
  );
}
