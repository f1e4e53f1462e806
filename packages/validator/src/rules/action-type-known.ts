import { ACTION_CATEGORIES, ACTION_OWNERS, catalogue, isOpaque } from '@pipewright/model';
import type { RuleModule } from '../types.js';
import { at, q, record } from '../values.js';

const PROVIDER = /^[0-9A-Za-z_-]{1,35}$/;
const VERSION = /^[0-9A-Za-z_-]{1,9}$/;

/** Categories in which each AWS provider exists, for "did you mean" hints. */
const awsCategories = new Map<string, string[]>();
for (const p of catalogue)
  if (p.owner === 'AWS') awsCategories.set(p.provider, [...(awsCategories.get(p.provider) ?? []), p.category]);

export const actionTypeKnown: RuleModule = {
  id: 'action-type-known',
  severity: 'error',
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
    for (const action of index.actions) {
      const typeId = record(action.raw.actionTypeId);
      const base = at(action.path, 'actionTypeId');
      const name = `Action ${q(action.name)} in stage ${q(action.stageName)}`;
      if (!typeId) {
        if (!isOpaque(action.raw.actionTypeId)) report({ message: `${name} has no actionTypeId.`, path: base });
        continue;
      }
      let wellFormed = true;
      const field = (
        key: 'category' | 'owner' | 'provider' | 'version',
        ok: (v: string) => boolean,
        expected: string,
      ) => {
        const value = typeId[key];
        if (isOpaque(value)) {
          wellFormed = false;
          return;
        }
        if (typeof value === 'string' && ok(value)) return;
        wellFormed = false;
        report({
          message:
            value === undefined ? `${name} has no ${key}.` : `${name} has ${key} ${q(value)}; expected ${expected}.`,
          path: at(base, key),
        });
      };
      field('category', (v) => (ACTION_CATEGORIES as readonly string[]).includes(v), ACTION_CATEGORIES.join(', '));
      field('owner', (v) => (ACTION_OWNERS as readonly string[]).includes(v), ACTION_OWNERS.join(', '));
      field('provider', (v) => PROVIDER.test(v), '1-35 letters, digits, _ or -');
      field('version', (v) => VERSION.test(v), '1-9 letters, digits, _ or -');
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
