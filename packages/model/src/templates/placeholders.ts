/*
 * The design refers to other resources (`repo.repository_name`, `pipeline_role.arn`). A template
 * cannot know them, so it holds a marked placeholder such as `<your-repository-name>` that the
 * user replaces. Every placeholder starts with the same marker, so tools can find the ones left.
 */
export const PLACEHOLDER_MARKER = '<your-';

/** `placeholder('repository-name')` -> `<your-repository-name>`. */
export function placeholder(what: string): string {
  return `${PLACEHOLDER_MARKER}${what}>`;
}

/** Does this value still hold a template placeholder the user has to replace? */
export function hasPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && value.includes(PLACEHOLDER_MARKER);
}
