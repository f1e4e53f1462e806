import { generatePipeline, hasPlaceholder, type Pipeline } from '@pipewright/model';
import fc from 'fast-check';
import { isSecretConfigKey } from '../../src/plan/index.js';
import { setOwn } from '../../src/plan/own.js';

/** Strings that break naive emitters: quoting, escapes, interpolation, comments, YAML syntax. */
export const HOSTILE_PIECES = [
  '"',
  "'",
  '\\',
  '\\n',
  '${AWS::Region}',
  '${var.x}',
  '%{if x}',
  '`',
  '*/',
  '/*',
  ': ',
  ' #',
  '#',
  '&anchor',
  '*alias',
  '!Ref',
  '|',
  '>',
  '- ',
  '-',
  '---',
  '...',
  '? ',
  '@',
  '{{resolve:x}}',
  '\n',
  '\r\n',
  '\t',
  ' ',
  'yes',
  'null',
  '~',
  '0x1F',
  '1e3',
  '<<',
  'é',
  '☃',
  '𝄞',
  '\u2028',
  '\u0000',
  '\u007f',
  '\ufeff',
];

export const hostileString: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ unit: 'binary', maxLength: 6 })), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.join(''))
  .filter((s) => !hasPlaceholder(s));

/** Configuration keys: hostile, plus the prototype-polluting names; never secret-looking (those are lifted). */
export const hostileKey: fc.Arbitrary<string> = fc
  .oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'), hostileString)
  .filter((k) => k.length > 0 && !isSecretConfigKey(k));

/**
 * A valid synthetic pipeline (the model's generator) with hostile strings written into
 * every action's configuration (hostile keys and values), commands and pipeline variables.
 */
export const hostilePipeline: fc.Arbitrary<Pipeline> = fc
  .record({
    seed: fc.integer({ min: 1, max: 1000 }),
    stages: fc.integer({ min: 2, max: 3 }),
    actions: fc.integer({ min: 1, max: 2 }),
    config: fc.array(fc.tuple(hostileKey, hostileString), { minLength: 1, maxLength: 4 }),
    variable: fc.tuple(hostileString, hostileString),
    command: hostileString,
  })
  .map(({ seed, stages, actions, config, variable, command }) => {
    const pipeline = generatePipeline({ stages, actionsPerStage: actions, seed });
    delete pipeline.version; // read-only in CloudFormation: not part of a round trip there
    pipeline.pipelineType = 'V2';
    pipeline.variables = [{ name: 'Hostile', defaultValue: variable[0], description: variable[1] }];
    pipeline.stages.forEach((stage, i) =>
      stage.actions.forEach((action, j) => {
        if (i === 0) return; // keep the sources valid
        const configuration = { ...(action.configuration ?? {}) };
        for (const [k, v] of config) setOwn(configuration, `${k}`, `${v}${i}${j}`);
        action.configuration = configuration;
        if (action.commands) action.commands = [...action.commands, command];
      }),
    );
    return pipeline;
  });
