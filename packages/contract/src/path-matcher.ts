import type { HttpMethod, OpenApiDocument, Operation, ServerObject } from '@group-apis/spec';

export interface PathMatch {
  operation: Operation;
  /** Path parameter values, percent-decoded. */
  pathParams: Record<string, string>;
}

export type MatchResult =
  | { kind: 'matched'; match: PathMatch }
  | { kind: 'wrong-method'; allowed: string[] }
  | { kind: 'unknown-path' };

interface CompiledTemplate {
  operation: Operation;
  pattern: RegExp;
  names: string[];
  /** Characters outside `{...}`: the more literal a template, the more specific. */
  literalLength: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compileTemplate(operation: Operation): CompiledTemplate {
  const names: string[] = [];
  let literalLength = 0;
  const source = operation.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const variable = /^\{([^}]+)\}$/.exec(part);
      if (variable) {
        names.push(variable[1]!);
        return '([^/]+)';
      }
      literalLength += part.length;
      return escapeRegExp(part);
    })
    .join('');
  return { operation, pattern: new RegExp(`^${source}$`), names, literalLength };
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function trimSlash(path: string): string {
  return path.replace(/\/+$/, '');
}

/** The path part of a server URL with its variables at their defaults ("/api/public", or "" for a bare host). */
export function serverBasePath(server: ServerObject): string {
  const url = server.url.replace(/\{([^}]+)\}/g, (_whole, name: string) => server.variables?.[name]?.default ?? 'placeholder');
  try {
    return trimSlash(decode(new URL(url, 'http://relative.invalid').pathname));
  } catch {
    return '';
  }
}

/**
 * Finds the operation a request path belongs to. The path may carry a base path in front of the spec's
 * paths: one of `basePaths` (the upstream's) or a server URL's path; the longest that fits is stripped.
 */
export function createPathMatcher(doc: OpenApiDocument, operations: Operation[], basePaths: string[] = []) {
  const templates = operations.map(compileTemplate);
  const prefixes = [...new Set([...basePaths.map(trimSlash), ...(doc.servers ?? []).map(serverBasePath), ''])].sort((a, b) => b.length - a.length);

  function candidatesFor(pathname: string): Array<{ template: CompiledTemplate; values: string[] }> {
    for (const prefix of prefixes) {
      if (prefix && pathname !== prefix && !pathname.startsWith(`${prefix}/`)) continue;
      const rest = pathname.slice(prefix.length) || '/';
      const found = templates.flatMap((template) => {
        const match = template.pattern.exec(rest);
        return match ? [{ template, values: match.slice(1) }] : [];
      });
      if (found.length > 0) return found;
    }
    return [];
  }

  return function match(method: string, pathname: string): MatchResult {
    const candidates = candidatesFor(pathname);
    if (candidates.length === 0) return { kind: 'unknown-path' };
    const wanted = method.toLowerCase() as HttpMethod;
    const sameMethod = candidates.filter((candidate) => candidate.template.operation.method === wanted).sort((a, b) => b.template.literalLength - a.template.literalLength);
    const best = sameMethod[0];
    if (!best) return { kind: 'wrong-method', allowed: [...new Set(candidates.map((candidate) => candidate.template.operation.method.toUpperCase()))] };
    const pathParams = Object.fromEntries(best.template.names.map((name, index) => [name, decode(best.values[index]!)]));
    return { kind: 'matched', match: { operation: best.template.operation, pathParams } };
  };
}

export type PathMatcher = ReturnType<typeof createPathMatcher>;
