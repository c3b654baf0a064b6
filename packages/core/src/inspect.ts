/** Node's `util.inspect` hook, by its registered name so the package does not import `node:util`. */
export const inspectSymbol: unique symbol = Symbol.for('nodejs.util.inspect.custom');

export type InspectFunction = (value: unknown, options?: object) => string;
