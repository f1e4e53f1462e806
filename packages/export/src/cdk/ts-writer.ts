import type { TsClass, TsExpr, TsInterface, TsModule, TsStatement } from './ts-ir.js';
import { tsKey, tsString } from './ts-literal.js';

/*
 * Prints the TypeScript IR with prettier's look: two-space indent, trailing commas, an object
 * or array on one line when it fits in 60 columns and holds no line break, otherwise one
 * entry a line. Call arguments stay on the call's line, so a long literal argument breaks
 * inside its braces. All escaping goes through `ts-literal.ts`.
 */

const STEP = '  ';
/** The longest object or array literal written on one line. */
const FLAT_WIDTH = 60;

function literalList(open: string, close: string, items: string[], indent: string, empty: string): string {
  if (items.length === 0) return empty;
  const flat = open === '{' ? `{ ${items.join(', ')} }` : `[${items.join(', ')}]`;
  if (flat.length <= FLAT_WIDTH && !flat.includes('\n')) return flat;
  const inner = indent + STEP;
  return `${open}\n${items.map((item) => `${inner}${item},`).join('\n')}\n${indent}${close}`;
}

/** `expr` as code whose continuation lines start at `indent`. */
export function writeExpr(expr: TsExpr, indent: string): string {
  switch (expr.kind) {
    case 'string':
      return tsString(expr.value);
    case 'number':
    case 'boolean':
      return String(expr.value);
    case 'null':
      return 'null';
    case 'code':
      return expr.code;
    case 'object':
      return literalList(
        '{',
        '}',
        expr.entries.map((e) => `${tsKey(e.key)}: ${writeExpr(e.value, indent + STEP)}`),
        indent,
        '{}',
      );
    case 'array':
      return literalList(
        '[',
        ']',
        expr.items.map((item) => writeExpr(item, indent + STEP)),
        indent,
        '[]',
      );
    case 'call':
      return `${expr.construct ? 'new ' : ''}${expr.callee}(${expr.args.map((a) => writeExpr(a, indent)).join(', ')})`;
    case 'cast':
      return `${writeExpr(expr.value, indent)} as ${expr.type}`;
    case 'method':
      return `${writeExpr(expr.target, indent)}.${expr.name}(${expr.args.map((a) => writeExpr(a, indent)).join(', ')})`;
    case 'orElse':
      return `${writeExpr(expr.left, indent)} ?? ${writeExpr(expr.right, indent)}`;
  }
}

export function writeStatement(statement: TsStatement, indent: string): string {
  switch (statement.kind) {
    case 'const':
      return `${indent}const ${statement.name} = ${writeExpr(statement.value, indent)};`;
    case 'assign':
      return `${indent}${statement.target} = ${writeExpr(statement.value, indent)};`;
    case 'expression':
      return `${indent}${writeExpr(statement.value, indent)};`;
    case 'comment':
      return `${indent}// ${statement.text}`;
    case 'group':
      return statement.statements.map((s) => writeStatement(s, indent)).join('\n');
  }
}

function writeInterface(decl: TsInterface): string[] {
  const head = `export interface ${decl.name} extends ${decl.extends} {`;
  if (decl.members.length === 0) return [`${head}}`];
  const lines = [head];
  for (const m of decl.members) lines.push(`${STEP}/** ${m.doc} */`, `${STEP}readonly ${m.name}?: ${m.type};`);
  lines.push('}');
  return lines;
}

function writeClass(decl: TsClass): string[] {
  const inner = STEP + STEP;
  const lines = [`/** ${decl.doc} */`, `export class ${decl.name} extends ${decl.extends} {`];
  for (const field of decl.fields) lines.push(`${STEP}${field.declaration};`);
  if (decl.fields.length > 0) lines.push('');
  lines.push(`${STEP}constructor(${decl.constructorParams}) {`);
  lines.push(`${inner}super(${decl.superArgs});`, '');
  lines.push(decl.body.map((s) => writeStatement(s, inner)).join('\n\n'));
  lines.push(`${STEP}}`, '}');
  return lines;
}

/** The whole module: imports, then each interface and class after a blank line. */
export function writeModule(module: TsModule): string {
  const lines = module.imports.map((i) => `import ${i.clause} from ${tsString(i.from)};`);
  for (const decl of module.interfaces) lines.push('', ...writeInterface(decl));
  for (const helper of module.helpers) lines.push('', ...helper);
  for (const decl of module.classes) lines.push('', ...writeClass(decl));
  return lines.join('\n') + '\n';
}
