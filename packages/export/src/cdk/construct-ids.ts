/*
 * Construct ids for L1 elements that must keep a CloudFormation logical id. Two cases need
 * another construct id, with the logical id set back by `overrideLogicalId`:
 * - `Default`: aws-cdk-lib leaves a path component named `Default` out of the unique id it
 *   computes, so an element with that id directly in the stack has an empty path and
 *   synthesis throws `UnableToCalculateUniqueId` (a pipeline named or labelled `default`:
 *   common in Terraform).
 * - A name used twice: CloudFormation lets an output share its name with a resource or a
 *   parameter, while construct ids are unique among the stack's children.
 */

export class ConstructIds {
  private readonly taken = new Set<string>();

  /** The construct id for the element with `logicalId`, and whether the logical id must be set explicitly. */
  take(logicalId: string): { id: string; overrideLogicalId: boolean } {
    if (logicalId !== 'Default' && !this.taken.has(logicalId)) {
      this.taken.add(logicalId);
      return { id: logicalId, overrideLogicalId: false };
    }
    // Logical ids are alphanumeric, so an id with `_` never collides with one of them.
    let id = `${logicalId}_`;
    while (this.taken.has(id)) id += '_';
    this.taken.add(id);
    return { id, overrideLogicalId: true };
  }
}
