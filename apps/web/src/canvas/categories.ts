/** One colour per action category (CSS custom properties in canvas.css use the same names). */
export const CATEGORY_ORDER = ['Source', 'Build', 'Test', 'Deploy', 'Approval', 'Invoke', 'Compute'] as const;

export function categoryClass(category: string): string {
  return `cat-${category.toLowerCase().replace(/[^a-z]/g, '') || 'unknown'}`;
}

/** A one- or two-letter badge for the provider, drawn in the category colour. */
export function providerInitials(provider: string): string {
  const capitals = provider.replace(/[^A-Z0-9]/g, '');
  return (capitals.length >= 2 ? capitals.slice(0, 2) : provider.slice(0, 2)).toUpperCase();
}
