import { describe, expect, it } from 'vitest';
import { clientPackageName, defaultTitleOf, factoryName, nameProblem, pascalCaseOf, RESERVED_NAMES, titleProblem } from '../src/index.js';

describe('API names', () => {
  it.each(['acme', 'kore-ai', 'office365', 'acme-widgets-v2'])('accepts %s', (name) => {
    expect(nameProblem(name)).toBeUndefined();
  });

  it.each(['Acme', 'acme_widgets', 'acme--widgets', '-acme', 'acme-', '2fa', 'acme widgets', '', 'a'.repeat(41)])('refuses %j', (name) => {
    expect(nameProblem(name)).toBeDefined();
  });

  it('refuses the names of the repo\'s own packages', () => {
    expect(RESERVED_NAMES).toEqual(['core', 'conformance', 'docs', 'contract', 'tooling', 'spec', 'publish-check']);
    for (const name of RESERVED_NAMES) expect(nameProblem(name)).toContain('is reserved');
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
