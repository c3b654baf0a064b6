import ts from 'typescript';
import { typescriptSample, type SampleClient } from './code-samples.js';
import { listOperations, resolveLocal, type OpenApiDocument, type Operation, type RequestBodyObject } from '@group-apis/spec';
import { infoOf } from './api-summary.js';

/** What the index shows for an API: the line that installs the client, and a call through it. */
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

/** The operation the index calls: the first GET that needs nothing, else the first one without a body, else the first. */
export function snippetOperation(document: OpenApiDocument): Operation {
  const operations = listOperations(document, { order: 'document' }).map((entry) => {
    const required = entry.parameters.filter((parameter) => parameter.required && (parameter.in === 'path' || parameter.in === 'query'));
    const body = entry.object.requestBody ? resolveLocal<RequestBodyObject>(document, entry.object.requestBody) : undefined;
    return { entry, needsNothing: required.length === 0, needsBody: body?.required === true };
  });
  const chosen =
    operations.find(({ entry, needsNothing, needsBody }) => entry.method === 'get' && needsNothing && !needsBody) ??
    operations.find(({ needsBody }) => !needsBody) ??
    operations[0];
  if (!chosen) throw new Error(`${infoOf(document).title} has no operations to show a call of`);
  return chosen.entry;
}

/** The index's two blocks for an API: the install line, and the call (the same sample its reference page shows). */
export function clientSnippet(client: SampleClient, document: OpenApiDocument): ClientSnippet {
  return {
    packageName: client.packageName,
    factory: client.factory.name,
    install: `npm install ${client.packageName}`,
    call: typescriptSample(client, document, snippetOperation(document)),
  };
}
