// The operation a new API's consumer script calls: the first GET in its spec, as the scaffold writes it.
import { parse } from 'yaml';

/** `{ path, operationId }` of the first GET operation in `specYaml`; throws when it has none. */
export function firstGetOperationOf(specYaml) {
  const paths = parse(specYaml)?.paths ?? {};
  for (const [path, item] of Object.entries(paths)) {
    const operationId = item?.get?.operationId;
    if (typeof operationId === 'string') return { path, operationId };
  }
  throw new Error('The spec has no GET operation with an operationId for the consumer script to call.');
}
