// specs/<name>/openapi.yaml and specs/<name>/README.md. Every "TODO" in the spec's summaries and
// descriptions is refused by lint (rule/no-todo in redocly.yaml), so the skeleton cannot ship unfilled.
import { stringify } from 'yaml';

const yamlString = (value) => stringify(value, { lineWidth: 0 }).trimEnd();

function serverYaml(api) {
  const lines = [`  - url: ${yamlString(api.baseUrl)}`];
  if (!api.baseUrlGiven) {
    lines.push(`    description: 'TODO: the base URL from the vendor page (new-api ran without --base-url); also update DEFAULT_BASE_URL in packages/${api.name}/src/index.ts.'`);
  }
  return lines.join('\n');
}

/** A valid OpenAPI 3.1 skeleton: server, security, one placeholder operation and the shapes the conventions ask for. */
export function specSource(api) {
  return `openapi: 3.1.0
info:
  title: ${yamlString(api.title)}
  version: '1.0'
  summary: 'TODO: one line on what the API gives access to (the docs index shows it).'
  description: |
    TODO: what the vendor's page covers, in a sentence or two.

    Written by hand from the vendor's page (see CONTRIBUTING.md). Where the page was unclear and the spec
    had to choose, what was repaired and what is inferred is recorded in \`specs/${api.name}/README.md\`.
  license:
    name: MIT
    identifier: MIT
externalDocs:
  description: 'TODO: vendor and page title, for example "Acme API reference, Widgets" (the docs index takes the vendor from it); the page URL below.'
  url: https://docs.${api.name}.invalid/
servers:
${serverYaml(api)}
security:
  - bearerToken: []
tags:
  - name: TODO
    description: 'TODO: the resource the operations under this tag act on.'
paths:
  /todo:
    get:
      operationId: todo
      tags:
        - TODO
      summary: 'TODO: replace this placeholder with the first operation on the vendor page'
      description: |
        TODO: replace the /todo path with the vendor's operations. Per operation: an operationId that reads
        as a method name (listWidgets), the page's parameters with their constraints, every doc sample as a
        named example (a sample request's parameter examples and its response example share the name), and
        at least a 401 (marked "Inferred." where the page is silent).
      responses:
        '200':
          description: 'TODO: what a successful response carries.'
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Todo'
              examples:
                sampleResponse:
                  summary: 'TODO: the page''s sample response, verbatim'
                  value:
                    todo: replace with the page's sample
        '401':
          $ref: '#/components/responses/Unauthorized'
components:
  securitySchemes:
    bearerToken:
      type: http
      scheme: bearer
      description: |
        TODO: how the vendor authenticates. The client (packages/${api.name}/src/index.ts) sends
        \`Authorization: Bearer <token>\`; if the vendor does something else, change this scheme and the client together.
  schemas:
    Todo:
      type: object
      description: 'TODO: replace with the vendor''s schemas (PascalCase names, a description on every property).'
      required:
        - todo
      properties:
        todo:
          type: string
          description: 'TODO: a placeholder property.'
    Error:
      type: object
      description: 'TODO: the vendor''s error body (mark it "Inferred." if the page does not document it).'
      properties:
        message:
          type: string
          description: Human-readable message.
  responses:
    Unauthorized:
      description: 'TODO: "Inferred. The token is missing or invalid." unless the page documents it.'
      content:
        application/json:
          schema:
            $ref: '#/components/schemas/Error'
          examples:
            unauthorized:
              summary: 'TODO: "Inferred example" unless the page shows one'
              value:
                message: Unauthorized
`;
}

/** Where the spec came from and how it differs from the page: the sections every spec README has. */
export function specReadmeSource(api) {
  return `# ${api.title} spec

\`openapi.yaml\` here is written by hand from the vendor's page and is the single source of truth for
\`${api.packageName}\` (types, mock, docs, contract checks). How to write it: [CONTRIBUTING.md](../../CONTRIBUTING.md).

## Source

- Page: TODO the vendor page's title and URL.
- Read: TODO the date the page was read, and its form (the live page, a saved copy).

## What the spec contains

| page says | spec |
| --- | --- |
| TODO \`METHOD https://...\` | server, path, operationId |
| TODO auth | security scheme |
| TODO each parameter | where it goes, type and constraints |
| TODO each sample | the named example it became |

## Choices where the page is unclear

- TODO: what the page left open or contradicted, what the spec chose, and why.

## Inferred (the page is silent)

- TODO: everything modelled without the page saying so (auth details, errors, rate limits), with the source
  you found for it. Inferred schemas and responses say "Inferred." in their descriptions.

## Repairs

TODO: each damaged sample (elided values, lost braces, JS object literals) and the minimal repair made,
or "None: every sample is valid JSON and is used verbatim."
`;
}
