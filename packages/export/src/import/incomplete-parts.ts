/**
 * The parts of an imported pipeline whose content is unknown (Terraform `dynamic` blocks,
 * CloudFormation `!If` stages, stores behind an intrinsic Region), as the validator's
 * `incomplete` option takes them: count and "nothing produces this" rules stay silent there
 * instead of reporting what the unknown part may well hold.
 */
export function incompleteParts(fidelity: { readonly unrepresented: readonly { readonly path: string }[] }): string[] {
  const parts: string[] = [];
  for (const { path } of fidelity.unrepresented) {
    if (path === '' || path === '/stages' || path.startsWith('/stages/')) parts.push(path);
    else if (/artifactstore/i.test(path)) parts.push('/artifactStore', '/artifactStores');
  }
  return parts;
}
