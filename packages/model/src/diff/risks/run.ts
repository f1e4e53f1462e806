import type { Pipeline } from '../../schema/pipeline.js';
import type { DiffChange, DiffMatches, RiskFinding, RiskNote, RiskSeverity } from '../types.js';
import { riskNotes } from './index.js';

const RANK: Record<RiskSeverity, number> = { high: 0, medium: 1, low: 2 };

/** Runs every risk note; links each finding to the changes it is about. Most severe first, then in change order. */
export function findRisks(
  oldPipeline: Pipeline,
  newPipeline: Pipeline,
  changes: DiffChange[],
  matches: DiffMatches,
): RiskFinding[] {
  const found: { finding: RiskFinding; order: number }[] = [];
  if (changes.length === 0) return []; // every note is about a change
  for (const note of riskNotes) {
    try {
      runNote(note);
    } catch {
      // A note that trips over a broken document (a stage that is not an object...) says nothing; the changes stand.
    }
  }
  function runNote(note: RiskNote): void {
    note.check({
      old: oldPipeline,
      new: newPipeline,
      changes,
      matches,
      report(finding, about = []) {
        const order = about.length > 0 ? Math.min(...about) : changes.length;
        found.push({ finding: { id: note.id, severity: note.severity, ...finding }, order });
        for (const i of about) {
          const change = changes[i];
          if (change && !change.risks.includes(note.id)) change.risks.push(note.id);
        }
      },
    });
  }
  found.sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || a.order - b.order);
  return found.map((f) => f.finding);
}
