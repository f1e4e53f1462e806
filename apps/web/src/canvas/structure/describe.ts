import {
  booleanChoiceOf,
  conditionalFieldsOf,
  conditionalOf,
  displayValue,
  dynamicOf,
  pickedAbsent,
  repeatOf,
  type ConditionalBranch,
} from '@pipewright/model';

/*
 * What the canvas says about structure the source decides (model schema/structural.ts): a
 * badge for the condition or for_each, and the branches. Pure, so the lanes, the action cards
 * and the import review say the same thing.
 */

export interface StructureNote {
  /** Short text of the badge, e.g. `If IsProd` or `dynamic`. */
  badge: string;
  /** The branches or the template's rule, one line each. */
  lines: string[];
}

function otherBranch(branch: ConditionalBranch, what: (value: Record<string, unknown>) => string): string {
  const when = branch.branch === 'then' ? 'else' : 'then';
  if (branch.other === null) return `${when}: absent`;
  return typeof branch.other === 'object' ? `${when}: ${what(branch.other as Record<string, unknown>)}` : when;
}

const named = (value: Record<string, unknown>) => displayValue(value['name']);

function fieldLine(field: string, branch: ConditionalBranch): string {
  const other = branch.other;
  if (field === 'actionTypeId' && other && typeof other === 'object') {
    return `${field} ${otherBranch(branch, (v) => `${displayValue(v['provider'])} (${displayValue(v['category'])})`)}`;
  }
  if (other && typeof other === 'object' && !Array.isArray(other)) {
    return `${field} ${otherBranch(branch, (v) => Object.keys(v).join(', '))}`;
  }
  return `${field} ${otherBranch(branch, () => 'another value')}`;
}

/** The note for a stage (`kind` stage) or action, or undefined when the source decides nothing about it. */
export function structureNote(item: unknown, kind: 'stage' | 'action'): StructureNote | undefined {
  const dynamic = dynamicOf(item);
  if (dynamic) {
    const choice = booleanChoiceOf(dynamic.forEach);
    if (choice) {
      return {
        badge: `If ${choice.condition}${choice.whenTrue ? '' : ' is false'}`,
        lines: [`dynamic "${kind}": present only when ${choice.condition} is ${String(choice.whenTrue)}`],
      };
    }
    return {
      badge: `dynamic "${kind}"`,
      lines: [
        `for_each = ${dynamic.forEach} decides how many ${kind}s there are`,
        `iterator: ${dynamic.iterator} (its fields are shown as expressions)`,
      ],
    };
  }
  const branch = conditionalOf(item);
  const fields = conditionalFieldsOf(item);
  const lines: string[] = [];
  if (branch && pickedAbsent(branch)) lines.push(`${branch.picked ?? ''} picked: left out of the API JSON`);
  if (branch) lines.push(otherBranch(branch, named));
  for (const [field, b] of Object.entries(fields)) lines.push(fieldLine(field, b));
  if (lines.length === 0) return undefined;
  const conditions = new Set([...(branch ? [branch.condition] : []), ...Object.values(fields).map((f) => f.condition)]);
  const shown = branch ? ` (${branch.picked ?? branch.branch})` : '';
  return { badge: `If ${[...conditions].join(', ')}${shown}`, lines };
}

/** A condition an item's conditionals test, with the branch the targets without conditions get. */
export interface ConditionPick {
  condition: string;
  /** `then`: the condition is true. */
  branch: ConditionalBranch['branch'];
  /** The picked branch of the item's own `Fn::If` is absent: the API JSON leaves the item out. */
  absent: boolean;
}

/** The conditions of a stage's or action's `Fn::If`s (its own first, then its fields'), each once. */
export function conditionPicks(item: unknown): ConditionPick[] {
  const picks = new Map<string, ConditionPick>();
  const note = (b: ConditionalBranch, absent: boolean) => {
    if (!picks.has(b.condition))
      picks.set(b.condition, { condition: b.condition, branch: b.picked ?? b.branch, absent });
  };
  const own = conditionalOf(item);
  if (own) note(own, pickedAbsent(own));
  for (const b of Object.values(conditionalFieldsOf(item))) note(b, false);
  return [...picks.values()];
}

/** The pipeline-wide note: `count` / `for_each` on the Terraform resource. */
export function repeatNote(pipeline: unknown): string | undefined {
  const repeat = repeatOf(pipeline);
  if (!repeat) return undefined;
  if (repeat.count !== undefined) return `count = ${repeat.count} decides how many of this pipeline the resource makes`;
  return `for_each = ${repeat.forEach ?? ''} makes one of this pipeline per element`;
}

/** Every note of a pipeline with where it is, for the import review. */
export function structureNotes(pipeline: { stages: { actions: unknown[] }[] }): { path: string; text: string }[] {
  const notes: { path: string; text: string }[] = [];
  const repeat = repeatNote(pipeline);
  if (repeat) notes.push({ path: '', text: repeat });
  pipeline.stages.forEach((stage, s) => {
    const note = structureNote(stage, 'stage');
    if (note) notes.push({ path: `/stages/${s}`, text: `${note.badge}: ${note.lines.join('; ')}` });
    (Array.isArray(stage.actions) ? stage.actions : []).forEach((action, a) => {
      const actionNote = structureNote(action, 'action');
      if (actionNote) {
        notes.push({ path: `/stages/${s}/actions/${a}`, text: `${actionNote.badge}: ${actionNote.lines.join('; ')}` });
      }
    });
  });
  return notes;
}
