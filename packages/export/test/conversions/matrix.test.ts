import { displayValue, templates } from '@pipewright/model';
import { validate } from '@pipewright/validator';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exportPipeline } from '../../src/export-pipeline.js';
import { detectFormat } from '../../src/import/detect.js';
import { decodeText } from '@pipewright/model';
import { importPipelines } from '../../src/import/import-pipelines.js';
import { incompleteParts } from '../../src/import/incomplete-parts.js';
import type { ImportedPipeline } from '../../src/import/types.js';
import { isPlainObject } from '../../src/plan/own.js';
import { EXPORT_TARGETS, type ExportWarning } from '../../src/types.js';
import { cfnLint, cfnLintAvailable } from '../support/cfn-lint.js';
import { pipelineSources, type PipelineKind, type PipelineSource } from '../support/corpus.js';
import { KNOWN_FAILURES } from './matrix-known-failures.js';

/*
 * The conversion matrix: every pipeline (the corpus's, the team's fixtures, this folder's own
 * fixtures and the seven templates) through every target, and back through the importer where
 * the target can be read again (all but the CDK). Two promises are checked on each conversion:
 *
 * - no stage or action is dropped or reordered unless a warning names it (its name in the
 *   message, or its pointer as the warning's path);
 * - no output is an invalid pipeline (validator errors) unless the source was one, or the
 *   error is at a place a warning names (a placeholder the user has to replace);
 * - no CloudFormation output (YAML and JSON, from every source format) has a cfn-lint error
 *   unless the source was invalid or the export said so itself (an error-level warning). Every
 *   such output is linted in ONE cfn-lint run after the conversions; without cfn-lint that
 *   test is skipped (and the closing note says so).
 *
 * Failures of defects other helpers are fixing are listed with their owner in
 * matrix-known-failures.ts; any other failure fails the test, and the list is printed.
 */

type SourceFormat = 'json' | 'cloudformation' | 'cloudformation-json' | 'terraform' | 'terraform-json';

interface MatrixSource {
  name: string;
  fileName: string;
  bytes: Uint8Array;
  tags: string[];
}

/** A stage or action as a conversion must keep it: `stage Build`, `action Build/Compile`. */
interface Item {
  key: string;
  /** The name a warning must mention when the item is lost. */
  name: string;
  pointer?: string;
  /** Position unknown (a Terraform dynamic block): checked for presence, not order. */
  unordered?: boolean;
  /** Named by an expression (its own or its stage's): a target may rename it, with a warning there. */
  opaque?: boolean;
  /** Pointers of the names in its key (its own, and its stage's for an action). */
  names?: string[];
}

const here = dirname(fileURLToPath(import.meta.url));

function ownFixtures(): MatrixSource[] {
  const dirs = ['fixtures', 'fixtures/matrix'];
  return dirs.flatMap((dir) =>
    readdirSync(join(here, dir), { withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.startsWith('duplicate-'))
      .map((e) => ({
        name: `own/${dir === 'fixtures' ? '' : 'matrix/'}${e.name}`,
        fileName: e.name,
        bytes: new Uint8Array(readFileSync(join(here, dir, e.name))),
        tags: [],
      })),
  );
}

function templateSources(): MatrixSource[] {
  return templates
    .filter((t) => t.id !== 'blank')
    .map((t) => ({
      name: `template/${t.id}`,
      fileName: `${t.id}.json`,
      bytes: new TextEncoder().encode(JSON.stringify({ pipeline: t.pipeline }, null, 2)),
      tags: [],
    }));
}

function sharedSources(source: PipelineSource): MatrixSource[] {
  return (['json', 'cfn', 'tf'] as PipelineKind[]).flatMap((kind) =>
    source.files(kind).map((f) => ({
      name: `${source.name}/${f.file}`,
      fileName: f.file.split('/').pop() ?? f.file,
      bytes: f.bytes,
      tags: source.tags,
    })),
  );
}

function sourceFormat(bytes: Uint8Array, fileName: string): SourceFormat {
  const format = detectFormat(decodeText(bytes).text, fileName);
  if (format === 'terraform') return /\.json$/i.test(fileName) ? 'terraform-json' : 'terraform';
  return format === 'unknown-json' ? 'json' : format;
}

const nameOf = (value: unknown): string => displayValue(value);

/** Names inside a CloudFormation `Fn::If` stage or action (each branch that is an object with a Name). */
function conditionalNames(value: unknown, kind: 'stage' | 'action'): { name: string; actions: string[] }[] {
  const branches = isPlainObject(value) && Array.isArray(value['Fn::If']) ? value['Fn::If'].slice(1) : [];
  return branches.flatMap((b) => {
    if (!isPlainObject(b) || b['Name'] === undefined) return [];
    const actions =
      kind === 'stage' && Array.isArray(b['Actions'])
        ? b['Actions'].flatMap((a) => (isPlainObject(a) && a['Name'] !== undefined ? [nameOf(a['Name'])] : []))
        : [];
    return [{ name: nameOf(b['Name']), actions }];
  });
}

/** Terraform `dynamic` stage/action blocks kept in extras: their content's names. */
function dynamicItems(p: ImportedPipeline, stageNames: string[]): Item[] {
  if (p.extras?.kind !== 'terraform') return [];
  const items: Item[] = [];
  const contents = (kept: unknown, type: string): Record<string, unknown>[] => {
    const dyn = isPlainObject(kept) && isPlainObject(kept['dynamic']) ? kept['dynamic'][type] : undefined;
    return (Array.isArray(dyn) ? dyn : []).flatMap((d) =>
      isPlainObject(d) && Array.isArray(d['content']) ? d['content'].filter(isPlainObject) : [],
    );
  };
  for (const [pointer, kept] of Object.entries(p.extras.kept)) {
    if (pointer === '') {
      for (const stage of contents(kept, 'stage')) {
        const name = nameOf(stage['name']);
        items.push({ key: `stage ${name}`, name, unordered: true });
        const actions = Array.isArray(stage['action']) ? stage['action'].filter(isPlainObject) : [];
        for (const a of actions)
          items.push({ key: `action ${name}/${nameOf(a['name'])}`, name: nameOf(a['name']), unordered: true });
      }
    }
    const stageIndex = /^\/stages\/(\d+)$/.exec(pointer)?.[1];
    if (stageIndex !== undefined) {
      const stage = stageNames[Number(stageIndex)] ?? '';
      for (const a of contents(kept, 'action'))
        items.push({ key: `action ${stage}/${nameOf(a['name'])}`, name: nameOf(a['name']), unordered: true });
    }
  }
  return items;
}

/** Every stage and action the pipeline holds, in order, including those the import kept outside the model. */
function itemsOf(p: ImportedPipeline): Item[] {
  const stages = p.pipeline.stages.map((stage, i) => ({
    name: nameOf(stage.name),
    pointer: `/stages/${i}`,
    opaque: typeof stage.name !== 'string',
    actions: stage.actions.map((a, j) => ({
      name: nameOf(a.name),
      pointer: `/stages/${i}/actions/${j}`,
      opaque: typeof a.name !== 'string',
    })),
  }));
  type Listed = { name: string; pointer?: string; opaque?: boolean };
  const listed: (Listed & { actions: Listed[] })[] = [...stages];
  if (p.extras?.kind === 'cloudformation') {
    // Inserts restore the source's indices, shortest path first (as the emitter applies them).
    const inserts = p.extras.patches
      .filter((x) => x.op === 'insert' && x.path[0] === 'Stages')
      .sort((a, b) => a.path.length - b.path.length);
    for (const patch of inserts) {
      if (patch.op !== 'insert') continue;
      const [, i, actions, j] = patch.path;
      if (patch.path.length === 2 && typeof i === 'number') {
        const found = conditionalNames(patch.value, 'stage');
        listed.splice(
          i,
          0,
          ...found.slice(0, 1).map((s) => ({ name: s.name, actions: s.actions.map((name) => ({ name })) })),
        );
      } else if (actions === 'Actions' && typeof i === 'number' && typeof j === 'number') {
        const found = conditionalNames(patch.value, 'action');
        listed[i]?.actions.splice(j, 0, ...found.slice(0, 1).map((a) => ({ name: a.name })));
      }
    }
  }
  const items: Item[] = [];
  for (const s of listed) {
    const stageNames = s.pointer ? [`${s.pointer}/name`] : [];
    items.push({
      key: `stage ${s.name}`,
      name: s.name,
      names: stageNames,
      ...(s.pointer ? { pointer: s.pointer } : {}),
      ...(s.opaque ? { opaque: true } : {}),
    });
    for (const a of s.actions)
      items.push({
        key: `action ${s.name}/${a.name}`,
        name: a.name,
        names: [...stageNames, ...(a.pointer ? [`${a.pointer}/name`] : [])],
        ...(a.pointer ? { pointer: a.pointer } : {}),
        ...(s.opaque || a.opaque ? { opaque: true } : {}),
      });
  }
  return [
    ...items,
    ...dynamicItems(
      p,
      stages.map((s) => s.name),
    ),
  ];
}

function warned(item: Item, warnings: readonly ExportWarning[]): boolean {
  return warnings.some(
    (w) =>
      w.message.includes(`"${item.name}"`) ||
      w.message.includes(`'${item.name}'`) ||
      // At the item or at its stage (a warning about a whole stage covers its actions).
      (item.pointer !== undefined &&
        w.path !== undefined &&
        (w.path === item.pointer || (w.path.startsWith('/stages/') && item.pointer.startsWith(`${w.path}/`)))) ||
      // At a name in its key (an expression written as a placeholder: renamed, with a warning).
      (w.path !== undefined && (item.names ?? []).includes(w.path)),
  );
}

/** Problems of one conversion: dropped or reordered items, validator errors the source did not have. */
function compare(source: Item[], output: Item[], warnings: readonly ExportWarning[]): string[] {
  const problems: string[] = [];
  const dropped = (item: Item) => {
    if (warned(item, warnings)) tally.warnedDrops++;
    else problems.push(`dropped ${item.key}`);
  };
  const remaining = output.map((o) => o.key);
  let last = -1;
  // The item that set `last`: when a warning says it moved, what comes after it is not out of place.
  let lastItem: Item | undefined;
  for (const item of source) {
    const at = remaining.indexOf(item.key);
    if (at < 0) {
      dropped(item);
      continue;
    }
    remaining[at] = '\u0000';
    if (item.unordered) continue;
    const ordered = output.filter((o, k) => !o.unordered && k <= at).length;
    if (ordered <= last) {
      if (!warned(item, warnings) && !(lastItem && warned(lastItem, warnings))) problems.push(`reordered ${item.key}`);
    } else {
      last = ordered;
      lastItem = item;
    }
  }
  return problems;
}

/**
 * An output pointer in the source's indices, found by stage and action names (a stage the target
 * moved, with a warning, has another index there; warnings use the source's pointers).
 */
function sourcePath(path: string, output: ImportedPipeline, source: ImportedPipeline): string {
  const m = /^\/stages\/(\d+)(?:\/actions\/(\d+))?(.*)$/.exec(path);
  if (!m) return path;
  const stage = output.pipeline.stages[Number(m[1])];
  const s = source.pipeline.stages.findIndex((x) => nameOf(x.name) === nameOf(stage?.name));
  if (!stage || s < 0) return path;
  if (m[2] === undefined) return `/stages/${s}${m[3] ?? ''}`;
  const action = stage.actions[Number(m[2])];
  const a = (source.pipeline.stages[s]?.actions ?? []).findIndex((x) => nameOf(x.name) === nameOf(action?.name));
  return a < 0 ? path : `/stages/${s}/actions/${a}${m[3] ?? ''}`;
}

function errorsOf(p: ImportedPipeline): { ruleId: string; path: string }[] {
  return validate(p.pipeline, { incomplete: incompleteParts(p.fidelity) })
    .filter((d) => d.severity === 'error')
    .map((d) => ({ ruleId: d.ruleId, path: d.path }));
}

/** Does a warning name this place (or a place above or below it)? */
const warnedAt = (path: string, warnings: readonly ExportWarning[]) =>
  warnings.some(
    (w) => w.path !== undefined && (w.path === path || path.startsWith(`${w.path}/`) || w.path.startsWith(`${path}/`)),
  );

/** A CloudFormation output waiting for the one cfn-lint run. */
interface CfnOutput {
  file: string;
  text: string;
  where: string;
  sourceInvalid: boolean;
  /** The export's own error-level warnings: it said the output is not a valid pipeline. */
  refused: boolean;
  /** The source template's file in the same run, when the source is CloudFormation. */
  sourceFile?: string;
}

interface Tally {
  sources: Set<string>;
  pipelines: number;
  conversions: number;
  reimported: number;
  warnings: number;
  /** Stages and actions a target lost, each named by a warning. */
  warnedDrops: number;
  pairs: Set<string>;
  failures: string[];
  cfnOutputs: CfnOutput[];
  /** CloudFormation sources, linted in the same run: what they already have is not the export's. */
  cfnSources: { file: string; text: string }[];
  /** What cfn-lint made of them; undefined until it ran (or when it is missing). */
  cfnLint?: { judged: number; passed: number; invalidSource: number; inherited: number; refused: number };
}

const tally: Tally = {
  sources: new Set(),
  pipelines: 0,
  conversions: 0,
  reimported: 0,
  warnings: 0,
  warnedDrops: 0,
  pairs: new Set(),
  failures: [],
  cfnOutputs: [],
  cfnSources: [],
};

function convertAll(source: MatrixSource): void {
  const imported = importPipelines(source.bytes, { fileName: source.fileName });
  if (!imported.ok) return; // refused inputs are the importers' tests' subject
  const format = sourceFormat(source.bytes, source.fileName);
  tally.sources.add(source.name);
  let sourceFile: string | undefined;
  if (format === 'cloudformation' || format === 'cloudformation-json') {
    sourceFile = `s${tally.cfnSources.length}.${format === 'cloudformation' ? 'yaml' : 'json'}`;
    tally.cfnSources.push({ file: sourceFile, text: decodeText(source.bytes).text });
  }
  for (const p of imported.pipelines) {
    tally.pipelines++;
    const sourceItems = itemsOf(p);
    const sourceInvalid = errorsOf(p).length > 0;
    for (const target of EXPORT_TARGETS) {
      const where = `${source.name} ${p.id}: ${format} -> ${target}`;
      tally.conversions++;
      tally.pairs.add(`${format} -> ${target}`);
      let exported;
      try {
        exported = exportPipeline(p.pipeline, target, { extras: p.extras });
      } catch (error) {
        tally.failures.push(`${where}: crash ${String(error)}`);
        continue;
      }
      tally.warnings += exported.warnings.length;
      if (target === 'cloudformation' || target === 'cloudformation-json') {
        tally.cfnOutputs.push({
          file: `m${tally.cfnOutputs.length}.${target === 'cloudformation' ? 'yaml' : 'json'}`,
          text: exported.text,
          where,
          sourceInvalid,
          refused: exported.warnings.some((w) => w.severity === 'error'),
          ...(sourceFile ? { sourceFile } : {}),
        });
      }
      if (target === 'cdk') {
        // The CDK keeps CloudFormation expressions as tokens: only literal names are looked for in the text.
        const missing = sourceItems.filter(
          (item) =>
            !item.opaque &&
            !exported.text.includes(item.name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")) &&
            !warned(item, exported.warnings),
        );
        for (const item of missing) tally.failures.push(`${where}: dropped ${item.key}`);
        continue;
      }
      const back = importPipelines(exported.text, { fileName: exported.fileName });
      if (!back.ok) {
        tally.failures.push(`${where}: not readable again: ${back.error.message.slice(0, 120)}`);
        continue;
      }
      tally.reimported++;
      const again = back.pipelines.find((x) => x.id === p.id) ?? back.pipelines[0];
      if (!again) {
        tally.failures.push(`${where}: no pipeline read back`);
        continue;
      }
      for (const problem of compare(sourceItems, itemsOf(again), exported.warnings))
        tally.failures.push(`${where}: ${problem}`);
      if (!sourceInvalid) {
        for (const e of errorsOf(again))
          if (!warnedAt(e.path, exported.warnings) && !warnedAt(sourcePath(e.path, again, p), exported.warnings))
            tally.failures.push(`${where}: invalid ${e.ruleId} ${e.path}`);
      }
    }
  }
}

/**
 * cfn-lint over every CloudFormation output at once (and the CloudFormation sources): an Error
 * counts as a failure unless the source was invalid, the source template has the same error
 * (a deprecated Lambda runtime elsewhere in it), or the export said the output is no valid pipeline.
 */
function judgeCloudFormation(): void {
  const matches = cfnLint([...tally.cfnOutputs, ...tally.cfnSources].map((o) => ({ name: o.file, text: o.text })));
  const errors = new Map<string, string[]>();
  for (const m of matches) {
    if (m.level !== 'Error') continue;
    errors.set(m.file, [...(errors.get(m.file) ?? []), `${m.rule} ${m.path.join('/')}`]);
  }
  const judged = { judged: tally.cfnOutputs.length, passed: 0, invalidSource: 0, inherited: 0, refused: 0 };
  for (const output of tally.cfnOutputs) {
    const found = errors.get(output.file);
    const inSource = new Set(output.sourceFile ? (errors.get(output.sourceFile) ?? []) : []);
    if (!found) judged.passed++;
    else if (output.sourceInvalid) judged.invalidSource++;
    else if (found.every((e) => inSource.has(e))) judged.inherited++;
    else if (output.refused) judged.refused++;
    else tally.failures.push(`${output.where}: cfn-lint ${found.join(', ')}`);
  }
  tally.cfnLint = judged;
}

/** A known failure matches by source, target and problem (a prefix of the line after the pipeline id). */
function knownOwner(failure: string): string | undefined {
  return KNOWN_FAILURES.find((k) => k.pattern.test(failure))?.owner;
}

describe('conversion matrix', () => {
  const groups: { name: string; tags: string[]; sources: () => MatrixSource[] }[] = [
    { name: 'own fixtures and templates', tags: [], sources: () => [...ownFixtures(), ...templateSources()] },
    ...pipelineSources.map((source) => ({
      name: source.name === 'corpus' ? 'the corpus' : "the team's fixtures",
      tags: source.tags,
      sources: () => sharedSources(source),
    })),
  ];
  for (const group of groups) {
    it(`converts ${group.name} through every target`, { tags: group.tags, timeout: 300_000 }, () => {
      for (const source of group.sources()) convertAll(source);
      expect(tally.conversions).toBeGreaterThan(0);
    });
  }

  it.skipIf(!cfnLintAvailable())(
    'cfn-lint finds no error in a CloudFormation output whose source is valid (one run over all of them)',
    { timeout: 600_000 },
    () => {
      expect(tally.cfnOutputs.length).toBeGreaterThan(0);
      judgeCloudFormation();
      expect(tally.cfnLint?.judged).toBe(tally.cfnOutputs.length);
    },
  );

  afterAll(() => {
    const unknown = tally.failures.filter((f) => knownOwner(f) === undefined);
    const known = tally.failures.filter((f) => knownOwner(f) !== undefined);
    // Entries about cfn-lint findings cannot go stale in a run without cfn-lint.
    const stale = KNOWN_FAILURES.filter(
      (k) =>
        !tally.failures.some((f) => k.pattern.test(f)) && (tally.cfnLint || !k.pattern.source.includes('cfn-lint')),
    );
    const lint = tally.cfnLint;
    console.log(
      [
        `conversion matrix: ${tally.pairs.size} source -> target pairs, ${tally.sources.size} files, ${tally.pipelines} pipelines, ` +
          `${tally.conversions} conversions (${tally.reimported} read back), ${tally.warnings} warnings, ` +
          `${tally.warnedDrops} stages or actions dropped with a warning naming them, ` +
          `${tally.failures.length} failures (${known.length} known, ${unknown.length} new)`,
        lint
          ? `cfn-lint: ${lint.judged} CloudFormation outputs judged in one run, ${lint.passed} without error, ` +
            `${lint.invalidSource} with an error from an invalid source, ${lint.inherited} with only errors the source template has too, ` +
            `${lint.refused} with an error the export reported itself (error-level warning)`
          : `cfn-lint not found: the ${tally.cfnOutputs.length} CloudFormation outputs were judged by the validator only`,
        ...known.map((f) => `  known (${knownOwner(f)}): ${f}`),
        ...unknown.map((f) => `  NEW: ${f}`),
        ...stale.map((k) => `  stale known failure (fixed? remove it): ${k.pattern.source} (${k.owner})`),
      ].join('\n'),
    );
  });

  it('has no failure beyond the known ones (each with its owner)', () => {
    expect(tally.failures.filter((f) => knownOwner(f) === undefined)).toEqual([]);
  });
});
