// @group-apis/spec: what an API is. The API registry (redocly.yaml's `apis`), the naming rules, spec loading,
// the operation list and the validator factory. Plain ESM JavaScript so scripts can use it before any build;
// the types are in model.ts and the JSDoc, emitted to dist/ by `npm run build`.
export { UsageError } from './errors.js';
export { displayPath } from './display-path.js';
export { HTTP_METHODS, SAFE_METHODS, isJsonMediaType, listOperations, operationLabel, resolveLocal } from './operations.js';
export { loadSpec } from './load-spec.js';
export { createValidator } from './validator.js';
export { apiNames, findRedoclyRoot, findRepoRoot, looksLikeSpecPath, parseApis, readApis, readPublishedApis, selectApis, specPathOf } from './registry.js';
export { apiEntryOf, listedApiNames, withApiEntry, withOnlyApis } from './registry-edit.js';
export { MAX_NAME_LENGTH, RESERVED_NAMES, clientPackageName, defaultTitleOf, factoryName, nameProblem, pascalCaseOf, titleProblem } from './naming.js';

/** @typedef {import('./registry.js').ApiEntry} ApiEntry */
/** @typedef {import('./load-spec.js').LoadSpecOptions} LoadSpecOptions */
/** @typedef {import('./operations.js').ListOperationsOptions} ListOperationsOptions */
/** @typedef {import('./validator.js').ValidatorFor} ValidatorFor */
/** @typedef {import('./validator.js').ValidatorOptions} ValidatorOptions */
/** @typedef {import('./model.js').Example} Example */
/** @typedef {import('./model.js').HeaderObject} HeaderObject */
/** @typedef {import('./model.js').HttpMethod} HttpMethod */
/** @typedef {import('./model.js').InfoObject} InfoObject */
/** @typedef {import('./model.js').JsonSchema} JsonSchema */
/** @typedef {import('./model.js').MediaTypeObject} MediaTypeObject */
/** @typedef {import('./model.js').OpenApiDocument} OpenApiDocument */
/** @typedef {import('./model.js').Operation} Operation */
/** @typedef {import('./model.js').OperationObject} OperationObject */
/** @typedef {import('./model.js').ParameterLocation} ParameterLocation */
/** @typedef {import('./model.js').ParameterObject} ParameterObject */
/** @typedef {import('./model.js').PathItemObject} PathItemObject */
/** @typedef {import('./model.js').ReferenceObject} ReferenceObject */
/** @typedef {import('./model.js').RequestBodyObject} RequestBodyObject */
/** @typedef {import('./model.js').ResponseObject} ResponseObject */
/** @typedef {import('./model.js').SecurityRequirement} SecurityRequirement */
/** @typedef {import('./model.js').SecuritySchemeObject} SecuritySchemeObject */
/** @typedef {import('./model.js').ServerObject} ServerObject */
/** @typedef {import('./model.js').TagObject} TagObject */
