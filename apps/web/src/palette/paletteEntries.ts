import { isRetired, placeableProviders, type ProviderSpec } from '@pipewright/model';
import { CATEGORY_ORDER } from '../canvas/categories.js';

/*
 * Which catalogue entries the palette lists for a search, grouped by category. Action types
 * AWS retired (OpsWorks: disabled; GitHub version 1: no longer recommended) are listed only
 * when the search matches them, so nobody picks one by browsing.
 */

export interface PaletteGroup {
  category: string;
  entries: ProviderSpec[];
}

const ALL = placeableProviders();
/** `localeCompare`'s order, with one collator instead of one looked up per comparison (first draw). */
const byLabel = new Intl.Collator().compare;

export function paletteLabel(spec: ProviderSpec): string {
  return spec.owner === 'AWS' ? spec.provider : `${spec.provider} (${spec.owner})`;
}

/** The short badge text for a retired entry, or undefined for a current one. */
export function lifecycleBadge(spec: ProviderSpec): string | undefined {
  if (spec.lifecycle.status === 'disabled') return 'disabled';
  if (spec.lifecycle.status === 'not-recommended') return 'not recommended';
  return undefined;
}

function searchText(spec: ProviderSpec): string {
  return `${spec.provider} ${spec.category} ${spec.owner} ${lifecycleBadge(spec) ?? ''}`.toLowerCase();
}

export function paletteGroups(query: string): PaletteGroup[] {
  const q = query.trim().toLowerCase();
  const matches = ALL.filter((p) => (q ? searchText(p).includes(q) : !isRetired(p)));
  const order = (c: string) => {
    const i = (CATEGORY_ORDER as readonly string[]).indexOf(c);
    return i === -1 ? CATEGORY_ORDER.length : i;
  };
  const categories = [...new Set(matches.map((p) => p.category))].sort((a, b) => order(a) - order(b));
  return categories.map((category) => ({
    category,
    entries: matches.filter((p) => p.category === category).sort((a, b) => byLabel(paletteLabel(a), paletteLabel(b))),
  }));
}
