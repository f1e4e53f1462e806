import type { TsExpr, TsStatement } from './ts-ir.js';

/*
 * The stack declares a variable for every parameter, condition and referenced resource;
 * those no statement ends up using are written as bare `new ...;` statements instead, so
 * the export also compiles under `noUnusedLocals`.
 */

const IDENTIFIER = /[A-Za-z_$][A-Za-z0-9_$]*/g;

function collect(expr: TsExpr, into: Set<string>): void {
  switch (expr.kind) {
    case 'code':
      for (const m of expr.code.matchAll(IDENTIFIER)) into.add(m[0]);
      return;
    case 'object':
      for (const e of expr.entries) collect(e.value, into);
      return;
    case 'array':
      for (const item of expr.items) collect(item, into);
      return;
    case 'call':
      for (const m of expr.callee.matchAll(IDENTIFIER)) into.add(m[0]);
      for (const a of expr.args) collect(a, into);
      return;
    case 'method':
      collect(expr.target, into);
      for (const a of expr.args) collect(a, into);
      return;
    case 'cast':
      collect(expr.value, into);
      return;
    case 'orElse':
      collect(expr.left, into);
      collect(expr.right, into);
      return;
    default:
      return;
  }
}

function used(statement: TsStatement, into: Set<string>): void {
  switch (statement.kind) {
    case 'const':
      collect(statement.value, into);
      return;
    case 'assign':
      for (const m of statement.target.matchAll(IDENTIFIER)) into.add(m[0]);
      collect(statement.value, into);
      return;
    case 'expression':
      collect(statement.value, into);
      return;
    case 'group':
      for (const s of statement.statements) used(s, into);
      return;
    case 'comment':
      return;
  }
}

function unbind(statement: TsStatement, names: Set<string>): TsStatement {
  if (statement.kind === 'const' && !names.has(statement.name)) return { kind: 'expression', value: statement.value };
  if (statement.kind === 'group')
    return { ...statement, statements: statement.statements.map((s) => unbind(s, names)) };
  return statement;
}

export function withoutUnusedConsts(body: TsStatement[]): TsStatement[] {
  const names = new Set<string>();
  for (const statement of body) used(statement, names);
  return body.map((s) => unbind(s, names));
}
