import { successResponse } from '@group-apis/conformance';
import { createValidator, listOperations, loadSpec, specPathOf } from '@group-apis/spec';

export interface SuccessCheck {
  status: number;
  /** The schema errors of a body against the operation's success response, none when it conforms. */
  problems(body: unknown): string[];
}

const validatorFor = createValidator();

/** What the spec promises for an operation's success: its lowest 2xx status and that response's JSON schema. */
export async function successCheckFor(api: string, operationId: string): Promise<SuccessCheck> {
  const operation = listOperations(await loadSpec(specPathOf(api))).find((candidate) => candidate.id === operationId);
  if (!operation) throw new Error(`${api}: the spec has no operation ${operationId}`);
  const { status, schema } = successResponse(operation);
  return {
    status,
    problems(body) {
      if (!schema) return [];
      const validate = validatorFor(schema);
      return validate(body) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
    },
  };
}
