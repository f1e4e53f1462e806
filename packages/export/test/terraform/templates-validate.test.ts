import { describe, expect, it } from 'vitest';
import { getAtPointer, hasPlaceholder, templates } from '@pipewright/model';
import { validate } from '@pipewright/validator';

/*
 * The templates are valid pipelines except where the user still has to fill something in:
 * every validator error sits on a value holding a `<your-...>` placeholder. (This lives with
 * the Terraform tests because the model package cannot depend on the validator.)
 */
describe.each(templates.map((t) => [t.id, t] as const))('template %s', (_id, template) => {
  it('has validator errors only on placeholder values', () => {
    const errors = validate(template.pipeline).filter((d) => d.severity === 'error');
    const elsewhere = errors.filter((d) => !hasPlaceholder(getAtPointer(template.pipeline, d.path)));
    expect(elsewhere.map((d) => `${d.ruleId} ${d.path}`)).toEqual([]);
  });
});
