/** One colour per action category (canvas.css and app.css use the same values as --cat-*). */
export const CATEGORY_ORDER = ['Source', 'Build', 'Test', 'Deploy', 'Approval', 'Invoke', 'Compute'] as const;

export const CATEGORY_COLOURS: Record<string, string> & { unknown: string } = {
  Source: '#2563eb',
  Build: '#7c3aed',
  Test: '#0d9488',
  Deploy: '#16a34a',
  Approval: '#d97706',
  Invoke: '#db2777',
  Compute: '#0891b2',
  unknown: '#64748b',
};

export function categoryClass(category: string): string {
  return `cat-${category.toLowerCase().replace(/[^a-z]/g, '') || 'unknown'}`;
}

/** A one- or two-letter badge for the provider, drawn in the category colour. */
export function providerInitials(provider: string): string {
  const capitals = provider.replace(/[^A-Z0-9]/g, '');
  return (capitals.length >= 2 ? capitals.slice(0, 2) : provider.slice(0, 2)).toUpperCase();
}
