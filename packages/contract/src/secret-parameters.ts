import type { OpenApiDocument, ParameterLocation } from '@group-apis/spec';
import { isSecretName } from './redact.js';

/** Whether the values of a request parameter are credentials, so reports must never show them. */
export type SecretParameterTest = (location: ParameterLocation, name: string) => boolean;

function key(location: string, name: string): string {
  return location === 'header' ? `header ${name.toLowerCase()}` : `${location} ${name}`;
}

/** A parameter is secret when its name looks like a credential, or an apiKey security scheme of the spec sends it. */
export function secretParameters(doc: OpenApiDocument): SecretParameterTest {
  const apiKeys = new Set(
    Object.values(doc.components?.securitySchemes ?? {}).flatMap((scheme) => (scheme.type === 'apiKey' && scheme.in && scheme.name ? [key(scheme.in, scheme.name)] : [])),
  );
  return (location, name) => isSecretName(name) || apiKeys.has(key(location, name));
}
