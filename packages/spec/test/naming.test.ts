import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiNames, findRepoRoot } from '../src/index.js';
import { clientPackageName, defaultTitleOf, factoryName, nameProblem, pascalCaseOf, RESERVED_NAMES, titleProblem } from '../src/index.js';

describe('API names', () => {
  it.each(['acme', 'kore-ai', 'office365', 'acme-widgets-v2'])('accepts %s', (name) => {
    expect(nameProblem(name)).toBeUndefined();
  });

  it.each(['Acme', 'acme_widgets', 'acme--widgets', '-acme', 'acme-', '2fa', 'acme widgets', '', 'a'.repeat(41)])('refuses %j', (name) => {
    expect(nameProblem(name)).toBeDefined();
  });

  it('refuses the names of the repo\'s own packages', () => {
    expect(RESERVED_NAMES).toEqual(['core', 'conformance', 'docs', 'contract', 'repo-tests', 'spec', 'publish-check', 'fake-cli', 'adversarial']);
    for (const name of RESERVED_NAMES) expect(nameProblem(name)).toContain('is reserved');
  });

  it('reserves every folder of packages/ that is not an API (a new tool package cannot be taken by new-api)', () => {
    const root = findRepoRoot();
    const apis = new Set(apiNames(root));
    const tools = readdirSync(join(root, 'packages'), { withFileTypes: true }).filter((entry) => existsSync(join(root, 'packages', entry.name, 'package.json')) && !apis.has(entry.name));
    expect(tools.length).toBeGreaterThan(0);
    for (const { name } of tools) expect(RESERVED_NAMES, name).toContain(name);
  });

  it('derives the factory stem and the default title as the existing packages spell them', () => {
    expect(pascalCaseOf('kore-ai')).toBe('KoreAi');
    expect(pascalCaseOf('office365')).toBe('Office365');
    expect(defaultTitleOf('acme-widgets')).toBe('Acme Widgets API');
  });

  it('derives the client package and its factory from the API name', () => {
    expect(clientPackageName('kore-ai')).toBe('@group-apis/kore-ai');
    expect(factoryName('kore-ai')).toBe('createKoreAiClient');
    expect(factoryName('office365')).toBe('createOffice365Client');
  });

  it('refuses a title that would break the YAML, JSON, Markdown or doc comment it lands in', () => {
    expect(titleProblem('Kore.ai Get Groups API')).toBeUndefined();
    for (const title of ['', '  ', 'two\nlines', 'a `code` title', 'ends a comment */', 'TODO later']) expect(titleProblem(title)).toBeDefined();
  });
});
