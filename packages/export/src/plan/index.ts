export { expressionAt, planExport, placeholderAt, secretAt, type PlanOptions } from './plan-export.js';
export { secretPlaceholder } from './secrets.js';
/** The model's secret-key test, under the name export's callers know. */
export { isSecretKey as isSecretConfigKey } from '@pipewright/model';
export { nativeOpaqueSource, opaquePlaceholder } from './opaque.js';
export { pascalIdentifier, snakeIdentifier, uniqueName } from './names.js';
export { pointerOf, segmentsOf } from './pointer.js';
export { setOwn, cloneData, isPlainObject, ownEntries } from './own.js';
