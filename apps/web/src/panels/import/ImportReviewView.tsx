import type { ImportFormat } from '@pipewright/export';
import { severityLabel, severityPlural } from '../common/diagnostics.js';
import type { ImportReview } from './review.js';

const FORMAT_NAMES: Record<ImportFormat, string> = {
  json: 'CodePipeline JSON',
  cloudformation: 'CloudFormation',
  terraform: 'Terraform',
};
const LIST_LIMIT = 50;

/** The summary after an import: contents, placements, problems by severity, fidelity. */
export function ImportReviewView({
  review,
  format,
  fileName,
}: {
  review: ImportReview;
  format: ImportFormat;
  fileName?: string | undefined;
}) {
  const { problems, fidelity } = review;
  return (
    <div className="pw-import-review" aria-label="Import review">
      <p>
        Imported <strong>{review.name}</strong> from {fileName ? <code>{fileName}</code> : 'pasted text'} (
        {FORMAT_NAMES[format]}).
      </p>
      <dl className="pw-stats">
        <div>
          <dt>Stages</dt>
          <dd data-testid="review-stages">{review.stages}</dd>
        </div>
        <div>
          <dt>Actions</dt>
          <dd data-testid="review-actions">{review.actions}</dd>
        </div>
        <div>
          <dt>Artifact connections</dt>
          <dd>{review.edges}</dd>
        </div>
        {(['error', 'warning', 'info'] as const).map((severity) => (
          <div key={severity} className={`pw-severity-${severity}`}>
            <dt>{severityPlural(severity)}</dt>
            <dd data-testid={`review-${severity}s`}>{problems[severity]}</dd>
          </div>
        ))}
      </dl>

      <h3>Where it runs</h3>
      <p className="pw-muted" data-testid="review-where">
        {review.accountByExpression
          ? `Account decided by an expression for some actions (their role ARN names a parameter or variable): they may run in other accounts${review.crossRegion ? ' and regions' : ''}. Check each target has its role and artifact store.`
          : review.crossAccount || review.crossRegion
            ? `Cross-${[review.crossAccount && 'account', review.crossRegion && 'region'].filter(Boolean).join(' and cross-')}: check each target has its role and artifact store.`
            : 'Every action runs in one account and region.'}
      </p>
      <table className="pw-table">
        <caption className="pw-visually-hidden">Accounts and regions of the actions</caption>
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Region</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {review.placements.map((row) => (
            <tr key={`${row.account}|${row.region}`}>
              <td>{row.account}</td>
              <td>{row.region}</td>
              <td>{row.actions.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {problems.list.length > 0 && (
        <>
          <h3>Problems</h3>
          <ul className="pw-review-problems">
            {problems.list.slice(0, LIST_LIMIT).map((p, i) => (
              <li key={i} className={`pw-severity-${p.severity}`}>
                <span className="pw-severity-badge">{severityLabel(p.severity)}</span> <code>{p.ruleId}</code>{' '}
                {p.message}
                {p.line !== undefined && (
                  <span className="pw-muted">
                    {' '}
                    (line {p.line}
                    {p.column !== undefined ? `, column ${p.column}` : ''})
                  </span>
                )}
              </li>
            ))}
          </ul>
          {problems.error + problems.warning + problems.info > problems.list.length && (
            <p className="pw-muted">
              …and {problems.error + problems.warning + problems.info - problems.list.length} more in the problems
              panel.
            </p>
          )}
        </>
      )}

      {review.structure.length > 0 && (
        <>
          <h3>Decided by the source</h3>
          <ul data-testid="review-structure">
            {review.structure.map((n) => (
              <li key={n.path}>
                <code>{n.path || '/'}</code>: {n.text}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>Fidelity</h3>
      <p>
        {fidelity.importedCount} parts imported as data
        {fidelity.opaqueCount > 0 && `, ${fidelity.opaqueCount} kept as opaque expressions`}
        {fidelity.unrepresentedCount > 0 &&
          `, ${fidelity.unrepresentedCount} kept aside for export back to ${FORMAT_NAMES[format]}`}
        .
      </p>
      {fidelity.opaque.length > 0 && (
        <details>
          <summary>Opaque expressions ({fidelity.opaqueCount})</summary>
          <ul>
            {fidelity.opaque.slice(0, LIST_LIMIT).map((o) => (
              <li key={o.path}>
                <code>{o.path}</code>: <code>{o.display}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
      {fidelity.unrepresented.length > 0 && (
        <details>
          <summary>Not representable in the editor ({fidelity.unrepresentedCount})</summary>
          <ul>
            {fidelity.unrepresented.slice(0, LIST_LIMIT).map((u) => (
              <li key={u.path}>
                <code>{u.path}</code>: {u.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
