import { describe, expect, it } from 'vitest';
import { listCorpus, readCorpusText } from '../../../../test-support/corpus.mjs';
import { listFixtures, readFixtureText } from '../../../../test-support/fixtures.mjs';
import { planExport, segmentsOf } from '../../src/plan/index.js';
import { variableNames } from '../../src/terraform/variables.js';
import type { Pipeline } from '@pipewright/model';
import type { ExportPlan } from '../../src/types.js';
import {
  emitTerraform,
  emitTerraformJson,
  importTerraform,
  isTerraformExtras,
  type TerraformExtras,
} from '../../src/terraform/index.js';
import { parseHcl, type HclJson } from '../../src/terraform/import/hcl2json.js';

/*
 * Import -> export to Terraform is lossless for every aws_codepipeline of the real Terraform
 * corpus, the provider's acceptance configurations and the team's Terraform fixtures: the
 * exported resource, parsed by the real HCL parser, means the same as the original resource
 * (opaque values included). The corpus half is tagged `corpus` (skipped without it).
 */

interface TerraformFile {
  name: string;
  text: () => string;
}

const corpusTf = (...dir: string[]): TerraformFile[] =>
  listCorpus(...dir)
    .filter((f) => f.endsWith('.tf'))
    .map((f) => ({ name: [...dir, f].join('/'), text: () => readCorpusText(...dir, f) }));

const sources: { name: string; tags: string[]; files: TerraformFile[] }[] = [
  { name: 'Terraform corpus', tags: ['corpus'], files: [...corpusTf('real', 'tf'), ...corpusTf('peers', 'tf-acc')] },
  {
    name: 'Terraform fixtures',
    tags: [],
    files: listFixtures('tf')
      .filter((f) => f.endsWith('.tf')) // the .tf.json fixture has its own round trip (roundtrip.test.ts)
      .map((f) => ({ name: `tf/${f}`, text: () => readFixtureText('tf', f) })),
  },
];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Blocks old HCL also wrote as `name = { ... }`. */
const BLOCKS = new Set(['artifact_store', 'stage', 'action', 'encryption_key']);

/**
 * A resource body in hcl2json form, brought to what Terraform would read from it: unset (`null`)
 * arguments dropped, numbers and booleans given for strings compared as Terraform converts them,
 * single blocks as one-element lists, and the artifact stores (a set in the provider) sorted.
 */
function meaning(value: unknown, key = ''): unknown {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // `depends_on` holds references: old HCL quoted them ("aws_iam_role.x"), the JSON syntax
  // always writes them as plain strings, and Terraform reads all of them as the same reference.
  if (key === 'depends_on' && Array.isArray(value)) {
    return value.map((v) => (typeof v === 'string' && v.startsWith('${') && v.endsWith('}') ? v.slice(2, -1) : v));
  }
  if (Array.isArray(value)) {
    const items = value.map((v) => meaning(v));
    return key === 'artifact_store' ? items.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) : items;
  }
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) {
    const v = value[k];
    if (v === null) continue;
    const normalized = meaning(BLOCKS.has(k) && isObject(v) ? [v] : v, k);
    Object.defineProperty(out, k, { value: normalized, enumerable: true, configurable: true, writable: true });
  }
  return out;
}

/** Where two normalized bodies first differ, for the failure report. */
function firstDifference(want: unknown, got: unknown, path = ''): string {
  if (isObject(want) && isObject(got)) {
    for (const k of new Set([...Object.keys(want), ...Object.keys(got)])) {
      if (JSON.stringify(want[k]) !== JSON.stringify(got[k])) return firstDifference(want[k], got[k], `${path}.${k}`);
    }
  }
  if (Array.isArray(want) && Array.isArray(got) && want.length === got.length) {
    for (let i = 0; i < want.length; i++) {
      if (JSON.stringify(want[i]) !== JSON.stringify(got[i])) return firstDifference(want[i], got[i], `${path}[${i}]`);
    }
  }
  return `${path || '(resource)'}: expected ${JSON.stringify(want)?.slice(0, 160)}, got ${JSON.stringify(got)?.slice(0, 160)}`;
}

/** Model keys -> argument names on the way to a configuration value (single blocks are one-element lists). */
const ARGUMENT_OF: Record<string, [string, boolean]> = {
  stages: ['stage', true],
  actions: ['action', true],
  beforeEntry: ['before_entry', false],
  onSuccess: ['on_success', false],
  onFailure: ['on_failure', false],
  conditions: ['condition', true],
  rules: ['rule', true],
};

/** Where the export lifted a secret, the resource references its sensitive variable instead. */
function withLiftedSecret(body: unknown, pointer: string, variable: string): void {
  const segments = segmentsOf(pointer);
  let node: unknown = body;
  for (let i = 0; i < segments.length - 1; i++) {
    const mapped = ARGUMENT_OF[segments[i] as string];
    if (!mapped) {
      node = isObject(node) ? node[segments[i] as string] : undefined;
      continue;
    }
    const list = isObject(node) ? (node[mapped[0]] as unknown[]) : [];
    node = list[mapped[1] ? Number(segments[++i]) : 0];
  }
  if (isObject(node)) node[segments[segments.length - 1] as string] = '${var.' + variable + '}';
}

function pipelineBodies(parsed: HclJson): Map<string, unknown[]> {
  const resources = isObject(parsed['resource']) ? parsed['resource'] : {};
  const pipelines = isObject(resources['aws_codepipeline']) ? resources['aws_codepipeline'] : {};
  return new Map(Object.entries(pipelines).map(([label, bodies]) => [label, bodies as unknown[]]));
}

type Route = 'terraform' | 'terraform-json, then terraform';

/**
 * Exports an imported pipeline along `route` and returns the HCL text, with the variables it
 * declares for lifted secrets (the JSON route declares them in its `.tf.json` step).
 */
function exportAlong(
  route: Route,
  pipeline: Pipeline,
  extras: TerraformExtras | undefined,
): { text: string; plan: ExportPlan; variables: Record<string, unknown> } {
  const plan = planExport(pipeline, { target: route === 'terraform' ? 'terraform' : 'terraform-json', extras });
  if (route === 'terraform') return { text: emitTerraform(plan).text, plan, variables: {} };
  const json = emitTerraformJson(plan).text;
  const again = importTerraform(json);
  if (!again.ok) throw new Error(`.tf.json export does not import: ${again.error.message}`);
  const p = again.pipelines[0]!;
  const text = emitTerraform(planExport(p.pipeline, { target: 'terraform', extras: p.extras })).text;
  const declared = (JSON.parse(json) as { variable?: Record<string, unknown> }).variable ?? {};
  return { text, plan, variables: Object.fromEntries(Object.entries(declared).map(([k, v]) => [k, [v]])) };
}

for (const { name: sourceName, tags, files } of sources)
  describe(`${sourceName}: import then export is lossless`, { tags }, () => {
    it.each(['terraform', 'terraform-json, then terraform'] as Route[])(
      'every aws_codepipeline resource comes back meaning the same (%s)',
      (route) => {
        const failures: string[] = [];
        const notImported: string[] = [];
        let resources = 0;
        let lossless = 0;
        // All exports go through the parser in one batch, each under a label unique to this run.
        const exports: { file: string; id: string; label: string; original: unknown; secrets: [string, string][] }[] =
          [];
        const texts: string[] = [];
        let declared: Record<string, unknown> = {};
        for (const file of files) {
          const text = file.text();
          const name = file.name;
          const original = parseHcl(text);
          const imported = importTerraform(text);
          if (!imported.ok || !original.ok) {
            notImported.push(`${name}: ${imported.ok ? 'parser' : imported.error.message}`);
            continue;
          }
          const bodies = pipelineBodies(original.value);
          for (const p of imported.pipelines) {
            resources++;
            const extras = isTerraformExtras(p.extras) ? p.extras : undefined;
            const [label = p.id, n = '1'] = p.id.split('#');
            const unique = `corpus_${exports.length}`;
            const result = exportAlong(route, p.pipeline, extras && { ...extras, label: unique });
            texts.push(result.text);
            declared = { ...declared, ...result.variables };
            const names = variableNames(result.plan);
            const secrets = result.plan.secrets.map((x): [string, string] => [x.path, names.get(x.path) as string]);
            exports.push({
              file: name,
              id: p.id,
              label: unique,
              original: bodies.get(label)?.[Number(n) - 1],
              secrets,
            });
          }
        }
        const reparsed = parseHcl(texts.join('\n'));
        if (!reparsed.ok) throw new Error(`export does not parse: ${reparsed.error.message} (${reparsed.error.line})`);
        const back = pipelineBodies(reparsed.value);
        const variables = { ...declared, ...(isObject(reparsed.value['variable']) ? reparsed.value['variable'] : {}) };
        let lifted = 0;
        for (const e of exports) {
          const got = meaning(back.get(e.label)?.[0]);
          const want = meaning(e.original);
          for (const [path, variable] of e.secrets) {
            withLiftedSecret(want, path, variable);
            expect((variables[variable] as { sensitive?: boolean }[] | undefined)?.[0]?.sensitive, variable).toBe(true);
            lifted++;
          }
          if (JSON.stringify(got) === JSON.stringify(want)) lossless++;
          else failures.push(`${e.file} ${e.id}: ${firstDifference(want, got)}`);
        }
        console.log(
          `${sourceName} (${route}): ${files.length} files, ${resources} aws_codepipeline resources imported, ${lossless} exported back losslessly` +
            ` (${lifted} literal secret(s) moved to sensitive variables).` +
            `\nFiles that could not be imported: ${notImported.length === 0 ? 'none' : '\n  ' + notImported.join('\n  ')}` +
            (failures.length > 0 ? `\nNot lossless:\n  ${failures.join('\n  ')}` : ''),
        );
        expect(notImported).toEqual([]);
        expect(failures).toEqual([]);
        expect(resources).toBeGreaterThanOrEqual(files.length);
      },
    );
  });
