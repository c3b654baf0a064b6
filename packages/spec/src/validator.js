import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
/** @import { ValidateFunction } from 'ajv/dist/2020.js' */
/** @import { JsonSchema } from './model.js' */

/**
 * @typedef {object} ValidatorOptions
 * @property {boolean | 'array'} [coerceTypes] Coerce strings to the schema's types before validating
 *   (`'array'` also wraps a single value in an array). For parameters and headers, which arrive as text.
 *   Bodies are validated as they are.
 */

/**
 * @typedef {((schema: JsonSchema) => ValidateFunction) & { readonly mutates: boolean }} ValidatorFor
 * `mutates`: whether validating rewrites the value in place (type coercion does): callers that keep the value
 * pass a copy.
 */

/**
 * Creates a JSON Schema 2020-12 validator that knows OpenAPI's formats and ignores its annotation keywords.
 * Each schema object is compiled once and its validator reused for every later value.
 * @param {ValidatorOptions} [options]
 * @returns {ValidatorFor}
 */
export function createValidator(options = {}) {
  const coerceTypes = options.coerceTypes ?? false;
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    verbose: true,
    validateFormats: true,
    coerceTypes,
    // Coercion is the only option here that writes into the value: `mutates` below relies on these staying off.
    useDefaults: false,
    removeAdditional: false,
    // OpenAPI allows formats of one's own (annotations only): ignore unknown ones without a console warning.
    logger: { log: () => {}, warn: () => {}, error: (...args) => console.error(...args) },
  });
  /** @type {(ajv: Ajv2020) => void} */ (/** @type {unknown} */ (addFormats))(ajv);
  /** @type {WeakMap<JsonSchema, ValidateFunction>} */
  const cache = new WeakMap();
  /** @param {JsonSchema} schema */
  const validatorFor = (schema) => {
    let validate = cache.get(schema);
    if (!validate) {
      validate = ajv.compile(schema);
      cache.set(schema, validate);
    }
    return validate;
  };
  return Object.assign(validatorFor, { mutates: coerceTypes !== false });
}
