import { describe, expect, it } from 'vitest';
import { Pipeline } from '../schema/pipeline.js';
import { hasPlaceholder, templates } from './index.js';

/** Every string value in a document, with its JSON pointer. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}/${i}`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}/${k}`));
  return [];
}

describe('templates', () => {
  it('are the blank pipeline and the seven design patterns, with unique ids', () => {
    expect(templates.map((t) => t.id)).toEqual([
      'blank',
      'standard-cicd',
      'blue-green',
      'multi-account',
      'container',
      'feature-branch',
      'gitops',
      'secure-scanning',
    ]);
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s is a schema-valid pipeline', (_id, template) => {
    expect(Pipeline.safeParse(template.pipeline).success).toBe(true);
    expect(template.title.length).toBeGreaterThan(0);
    expect(template.description.length).toBeGreaterThan(0);
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s marks every value the user must supply', (_id, template) => {
    const values = strings(template.pipeline);
    expect(values.some(([, v]) => hasPlaceholder(v))).toBe(true);
    // No Ruby-style or Terraform-style references from the design leak through unmarked.
    for (const [path, v] of values) {
      expect(v, path).not.toMatch(/\$\{|#\{branch_name\}|\.repository_name|\.arn$/);
    }
  });
});
