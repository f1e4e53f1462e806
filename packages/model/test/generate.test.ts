import { describe, expect, it } from 'vitest';
import { Pipeline, generatePipeline } from '../src/index.js';
import { awsRuleProblems } from './helpers/aws-rules.js';

describe('generatePipeline', () => {
  it('is deterministic for a seed and varies across seeds', () => {
    const a = generatePipeline({ stages: 6, actionsPerStage: 5, seed: 42 });
    const b = generatePipeline({ stages: 6, actionsPerStage: 5, seed: 42 });
    const c = generatePipeline({ stages: 6, actionsPerStage: 5, seed: 43 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it('has the requested shape', () => {
    const p = generatePipeline({ stages: 7, actionsPerStage: 3 });
    expect(p.stages).toHaveLength(7);
    for (const stage of p.stages) expect(stage.actions).toHaveLength(3);
  });

  it.each([
    [2, 1, 1],
    [3, 4, 7],
    [10, 10, 3],
    [20, 25, 11],
    [50, 50, 5],
  ])('%i stages x %i actions (seed %i) parses and follows the AWS rules', (stages, actionsPerStage, seed) => {
    const pipeline = generatePipeline({ stages, actionsPerStage, seed });
    expect(Pipeline.safeParse(pipeline).success).toBe(true);
    expect(awsRuleProblems(pipeline)).toEqual([]);
  });

  it('follows the AWS rules for many seeds', () => {
    for (let seed = 0; seed < 40; seed++) {
      const pipeline = generatePipeline({ stages: 2 + (seed % 9), actionsPerStage: 1 + (seed % 13), seed });
      expect(awsRuleProblems(pipeline), `seed ${seed}`).toEqual([]);
    }
  });

  it('wires artifacts and variable references between actions', () => {
    const p = generatePipeline({ stages: 8, actionsPerStage: 6, seed: 3 });
    const later = p.stages.slice(1).flatMap((s) => s.actions);
    expect(later.some((a) => (a.inputArtifacts ?? []).length > 0)).toBe(true);
    expect(JSON.stringify(later)).toMatch(/#\{Source-\d+-vars\.\w+\}/);
    expect(new Set(later.map((a) => a.actionTypeId.provider)).size).toBeGreaterThan(4);
  });

  it('is checked by a rule checker that does catch broken wiring', () => {
    const p = generatePipeline({ stages: 3, actionsPerStage: 2, seed: 9 });
    const stage = p.stages[2]!;
    const broken = {
      ...p,
      stages: [
        ...p.stages.slice(0, 2),
        {
          ...stage,
          actions: [
            { ...stage.actions[0]!, inputArtifacts: [{ name: 'nowhere' }], configuration: { X: '#{ghost.Key}' } },
          ],
        },
      ],
    };
    expect(awsRuleProblems(broken).join('\n')).toMatch(/nowhere|ghost/);
  });

  it('rejects sizes it cannot make valid', () => {
    expect(() => generatePipeline({ stages: 1, actionsPerStage: 3 })).toThrow(/stages/);
    expect(() => generatePipeline({ stages: 3, actionsPerStage: 0 })).toThrow(/actionsPerStage/);
    expect(() => generatePipeline({ stages: 2.5, actionsPerStage: 1 })).toThrow(RangeError);
  });
});
