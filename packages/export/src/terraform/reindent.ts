/*
 * Re-indents an expression kept from an import whose source spans several lines
 * (`jsonencode([{ ... }])`), so it sits at its new depth as `terraform fmt` would indent
 * it: the same bracket-counting rule as hclwrite (a line that opens brackets indents what
 * follows by one level, however many it opens; closing them dedents back).
 */

/** Net brackets opened by one line, quoted strings and comments skipped. */
function netBrackets(line: string): number {
  let net = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      for (i++; i < line.length && line[i] !== '"'; i++) if (line[i] === '\\') i++;
    } else if (ch === '#' || (ch === '/' && line[i + 1] === '/')) break;
    else if (ch === '(' || ch === '[' || ch === '{') net++;
    else if (ch === ')' || ch === ']' || ch === '}') net--;
  }
  return net;
}

/** `text`'s first line stays where it is; the others are indented from `indent`. */
export function reindentExpression(text: string, indent: string): string {
  // Heredoc bodies are content: leave such expressions exactly as they came.
  if (text.includes('<<')) return text;
  const lines = text.split('\n');
  const stack: number[] = [];
  const push = (net: number) => {
    if (net > 0) stack.push(net);
    while (net < 0 && stack.length > 0) {
      const top = (stack.pop() as number) + net;
      if (top > 0) {
        stack.push(top);
        net = 0;
      } else net = top;
    }
  };
  push(netBrackets(lines[0] as string));
  const out = [lines[0] as string];
  for (const raw of lines.slice(1)) {
    const line = raw.trim();
    const net = netBrackets(line);
    if (net < 0) push(net);
    out.push(line === '' ? '' : indent + '  '.repeat(stack.length) + line);
    if (net > 0) push(net);
  }
  return out.join('\n');
}
