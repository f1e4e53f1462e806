import apiDocs from '../json/api-docs.generated.json' with { type: 'json' };

/*
 * The CodePipeline API's documentation of a field, for help text under the
 * inspector's fields (the same text the JSON view shows on hover).
 */
const patterns = Object.entries(apiDocs.docs as Record<string, string>).map(
  ([pattern, text]) => [pattern.split('/').slice(1), text] as const,
);

export function apiDoc(pointer: string): string | undefined {
  const path = pointer.split('/').slice(1);
  const hit = patterns.find(
    ([pattern]) => pattern.length === path.length && pattern.every((p, i) => p === '*' || p === path[i]),
  );
  return hit?.[1];
}

/** The first sentence of the documentation: enough for help text under a field. */
export function shortDoc(pointer: string): string | undefined {
  const doc = apiDoc(pointer);
  if (!doc) return undefined;
  const end = doc.search(/\.\s/);
  return end === -1 ? doc : doc.slice(0, end + 1);
}
