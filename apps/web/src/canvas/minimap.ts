import type { FlowNode } from './flowElements.js';

const COLOURS: Record<string, string> = {
  Source: '#2563eb',
  Build: '#7c3aed',
  Test: '#0d9488',
  Deploy: '#16a34a',
  Approval: '#d97706',
  Invoke: '#db2777',
  Compute: '#0891b2',
};

/** Minimap fill: lanes pale, actions in their category colour. */
export function minimapColour(node: FlowNode): string {
  if (node.type === 'action') return COLOURS[node.data.category] ?? '#64748b';
  return node.type === 'lane' ? '#e2e8f0' : 'transparent';
}
