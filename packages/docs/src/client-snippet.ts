import ts from 'typescript';
import { listOperations, resolveLocal, type OpenApiDocument, type ParameterObject } from '@group-apis/spec';

/** The two lines the index shows for an API: install the client, create it and make one call. */
export interface ClientSnippet {
  packageName: string;
  factory: string;
  install: string;
  call: string;
}

export interface ClientFactory {
  name: string;
  /** Required options in declaration order, each with a placeholder value of the right type. */
  requiredOptions: { name: string; placeholder: string }[];
}

/** A client package's entry file and the factory it must export (the registry's `factoryName`). */
export interface ClientEntry {
  file: string;
  factoryName: string;
}

/**
 * Finds the exported factory of each entry file and the options a caller must pass, using the compiler's
 * view of the options type (aliases, intersections and unions resolved).
 */
export function findClientFactories(entries: readonly ClientEntry[]): Map<string, ClientFactory> {
  const program = ts.createProgram({
    rootNames: entries.map((entry) => entry.file),
    options: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      types: [],
    },
  });
  const checker = program.getTypeChecker();
  const factories = new Map<string, ClientFactory>();
  for (const { file, factoryName } of entries) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${file}: not found`);
    const factory = findFactory(source, factoryName, checker);
    if (factory) factories.set(file, factory);
  }
  return factories;
}

function findFactory(source: ts.SourceFile, factoryName: string, checker: ts.TypeChecker): ClientFactory | undefined {
  for (const statement of source.statements) {
    if (!ts.isFunctionDeclaration(statement) || statement.name?.text !== factoryName) continue;
    if (!statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) continue;
    const parameter = statement.parameters[0];
    if (!parameter) return { name: statement.name.text, requiredOptions: [] };
    let optionsType = checker.getTypeAtLocation(parameter);
    // A union of ways to authenticate: show the first.
    if (optionsType.isUnion()) optionsType = optionsType.types.find((member) => !(member.flags & ts.TypeFlags.Undefined)) ?? optionsType;
    const requiredOptions = checker
      .getPropertiesOfType(optionsType)
      .filter((property) => !(property.flags & ts.SymbolFlags.Optional))
      .map((property) => ({
        name: property.name,
        placeholder: placeholderFor(property.name, checker.getTypeOfSymbolAtLocation(property, parameter), checker),
      }));
    return { name: statement.name.text, requiredOptions };
  }
  return undefined;
}

function placeholderFor(name: string, type: ts.Type, checker: ts.TypeChecker): string {
  const members = type.isUnion() ? type.types : [type];
  const literal = members.find((member) => member.isStringLiteral());
  if (literal?.isStringLiteral()) return `'${literal.value}'`;
  if (members.some((member) => member.flags & ts.TypeFlags.StringLike)) return `'<${name}>'`;
  if (members.some((member) => member.flags & ts.TypeFlags.NumberLike)) return '0';
  if (members.some((member) => member.flags & ts.TypeFlags.BooleanLike)) return 'false';
  throw new Error(`No placeholder for option ${name}: ${checker.typeToString(type)}`);
}

/** The call the snippet makes: the first GET that needs nothing, else the first operation with what it needs. */
export function snippetCall(document: OpenApiDocument): string {
  const operations = listOperations(document, { order: 'document' }).map((entry) => {
    const parameters = [...(entry.pathItem.parameters ?? []), ...(entry.object.parameters ?? [])]
      .map((parameter) => resolveLocal<ParameterObject>(document, parameter))
      .filter((parameter) => parameter.required && (parameter.in === 'path' || parameter.in === 'query'));
    const body = entry.object.requestBody ? resolveLocal<{ required?: boolean }>(document, entry.object.requestBody) : undefined;
    return { ...entry, parameters, needsBody: body?.required === true };
  });
  const chosen =
    operations.find((entry) => entry.method === 'get' && entry.parameters.length === 0 && !entry.needsBody) ??
    operations.find((entry) => !entry.needsBody) ??
    operations[0];
  if (!chosen) throw new Error(`${document.info?.title ?? 'The spec'} has no operations to show a call of`);
  const groups = (['path', 'query'] as const)
    .map((where) => {
      const values = chosen.parameters.filter((parameter) => parameter.in === where).map((parameter) => `${safeKey(parameter.name)}: ${parameterValue(parameter)}`);
      return values.length > 0 ? `${where}: { ${values.join(', ')} }` : undefined;
    })
    .filter(Boolean);
  const init = [groups.length > 0 ? `params: { ${groups.join(', ')} }` : undefined, chosen.needsBody ? 'body: {}' : undefined].filter(Boolean);
  const args = [`'${chosen.path}'`, init.length > 0 ? `{ ${init.join(', ')} }` : undefined].filter(Boolean).join(', ');
  return `.${chosen.method.toUpperCase()}(${args})`;
}

function parameterValue(parameter: ParameterObject): string {
  const example = parameter.example ?? Object.values(parameter.examples ?? {})[0]?.value ?? parameter.schema?.examples?.[0];
  if (example !== undefined) return JSON.stringify(example).replace(/^"(.*)"$/, "'$1'");
  const types = [parameter.schema?.type].flat();
  if (types.includes('integer') || types.includes('number')) return '1';
  if (types.includes('boolean')) return 'true';
  return `'<${parameter.name}>'`;
}

function safeKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`;
}

export function clientSnippet(packageName: string, factory: ClientFactory, document: OpenApiDocument): ClientSnippet {
  const required = factory.requiredOptions.map((option) => `${safeKey(option.name)}: ${option.placeholder}`);
  const options = required.length > 0 ? `{ ${required.join(', ')} }` : '{}';
  return {
    packageName,
    factory: factory.name,
    install: `npm install ${packageName}`,
    call: `import { ${factory.name} } from '${packageName}'; const { data, error } = await ${factory.name}(${options})${snippetCall(document)};`,
  };
}
