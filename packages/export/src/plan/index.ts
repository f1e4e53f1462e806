export { expressionAt, planExport, placeholderAt, secretAt, type PlanOptions } from './plan-export.js';
export { isSecretConfigKey, secretPlaceholder } from './secrets.js';
export { nativeOpaqueSource, opaquePlaceholder } from './opaque.js';
export { pascalIdentifier, snakeIdentifier, uniqueName } from './names.js';
export { pointerOf, segmentsOf } from './pointer.js';
export { setOwn, cloneData, isPlainObject, ownEntries } from './own.js';
