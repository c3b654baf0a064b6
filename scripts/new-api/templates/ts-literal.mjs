// Values written into generated TypeScript source.

/** `value` as a single-quoted TypeScript string literal. */
export const tsString = (value) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
