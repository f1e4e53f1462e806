import { ACTION_CATEGORIES, ACTION_OWNERS, catalogue, isOpaque, type ProviderSpec } from '@pipewright/model';
import type { RuleModule } from '../types.js';
import { at, q, record } from '../values.js';

const PROVIDER = /^[0-9A-Za-z_-]{1,35}$/;
const VERSION = /^[0-9A-Za-z_-]{1,9}$/;

const CATEGORIES: readonly string[] = ACTION_CATEGORIES;
const OWNERS: readonly string[] = ACTION_OWNERS;
const FIELDS = [
  { key: 'category', ok: (v: string) => CATEGORIES.includes(v), expected: CATEGORIES.join(', ') },
  { key: 'owner', ok: (v: string) => OWNERS.includes(v), expected: OWNERS.join(', ') },
  { key: 'provider', ok: (v: string) => PROVIDER.test(v), expected: '1-35 letters, digits, _ or -' },
  { key: 'version', ok: (v: string) => VERSION.test(v), expected: '1-9 letters, digits, _ or -' },
] as const;

/** Categories in which each AWS provider exists, for "did you mean" hints. */
const awsCategories: ReadonlyMap<string, readonly string[]> = categoriesByAwsProvider();

function categoriesByAwsProvider(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of catalogue) if (p.owner === 'AWS') out.set(p.provider, [...(out.get(p.provider) ?? []), p.category]);
  return out;
}

/** Whether a catalogue entry's own provider and version are well formed, asked once per entry and call. */
function entryWellFormed(checked: Map<ProviderSpec, boolean>, spec: ProviderSpec): boolean {
  let ok = checked.get(spec);
  if (ok === undefined) checked.set(spec, (ok = PROVIDER.test(spec.provider) && VERSION.test(spec.version)));
  return ok;
}

export const actionTypeKnown: RuleModule = {
  id: 'action-type-known',
  severity: 'error',
  scope: 'stage',
  description: 'The action type (category, owner, provider, version) is well formed and, for AWS, exists.',
  docs: {
    what:
      'Checks that `actionTypeId` has all four fields; category is one of Source, Build, Deploy, Test, Invoke, Approval, ' +
      'Compute; owner is AWS, ThirdParty or Custom; provider is 1-35 of `A-Za-z0-9_-`; version is 1-9 of `A-Za-z0-9_-`. ' +
      'For AWS-owned actions the combination must exist in the catalogue. Custom and third-party owners: only the ' +
      'structure is checked, since their providers are registered per account.',
    why: 'CodePipeline rejects an action whose type does not exist ("Valid provider types for an action category depend on the category").',
    fix: 'Pick the provider from the palette, or correct the category or version (AWS-owned providers use version 1).',
    rules: ['R6', 'R7', 'R8', 'R37'],
    sources: [
      'API ActionTypeId/ActionCategory/ActionOwner/ActionProvider/Version',
      'action-providers.json',
      'DOC action-requirements',
      'CFNP Version pattern',
      'cfn-lint E2541 (legacy)',
    ],
    notes:
      'DOC22 limits say provider names are at most 25 characters and allow `.` and `@`; the API model says 35 and ' +
      'does not. This rule follows the API model. DOC22 lists six categories (no Compute); the API and current docs list seven.',
  },
  check({ index, report }) {
    const checked = new Map<ProviderSpec, boolean>();
    for (const action of index.actions) {
      // Fast path: a type found in the catalogue by exact match (every owner but Custom) is the
      // entry's own provider and version, whose form is checked once per entry.
      if (action.spec && action.owner !== 'Custom' && entryWellFormed(checked, action.spec)) continue;
      const typeId = record(action.raw.actionTypeId);
      if (action.spec && typeId && PROVIDER.test(action.provider!) && VERSION.test(action.version!)) continue;
      const base = at(action.path, 'actionTypeId');
      const name = `Action ${q(action.name)} in stage ${q(action.stageName)}`;
      if (!typeId) {
        if (!isOpaque(action.raw.actionTypeId)) report({ message: `${name} has no actionTypeId.`, path: base });
        continue;
      }
      let wellFormed = true;
      for (const field of FIELDS) {
        const value = typeId[field.key];
        if (isOpaque(value)) {
          wellFormed = false;
          continue;
        }
        if (typeof value === 'string' && field.ok(value)) continue;
        wellFormed = false;
        report({
          message:
            value === undefined
              ? `${name} has no ${field.key}.`
              : `${name} has ${field.key} ${q(value)}; expected ${field.expected}.`,
          path: at(base, field.key),
        });
      }
      if (!wellFormed || action.owner !== 'AWS' || action.spec) continue;
      const categories = awsCategories.get(action.provider!);
      if (categories?.includes(action.category!)) {
        report({
          message: `${name}: ${action.category}/AWS/${action.provider} has no version ${q(action.version)} (AWS providers use version '1').`,
          path: at(base, 'version'),
          fix: { title: "Set the version to '1'", edit: { kind: 'setField', path: at(base, 'version'), value: '1' } },
        });
      } else {
        const hint = categories ? ` (${action.provider} exists in category ${categories.join(', ')})` : '';
        report({
          message: `${name}: AWS has no ${action.category} action provider ${q(action.provider)}${hint}.`,
          path: at(base, 'provider'),
        });
      }
    }
  },
};
