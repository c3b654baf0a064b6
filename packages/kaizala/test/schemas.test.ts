import { createValidator, loadSpec, specPathOf } from '@group-apis/spec';
import { beforeAll, describe, expect, it } from 'vitest';

type Validate = ReturnType<ReturnType<typeof createValidator>>;

// What the spec accepts where the vendor page is ambiguous, checked with the same validator the harness uses.
describe('kaizala spec schemas', () => {
  let validatorOf: (name: string) => Validate;
  beforeAll(async () => {
    const doc = await loadSpec(specPathOf('kaizala'));
    const schemas = (doc.components as { schemas?: Record<string, Record<string, unknown>> } | undefined)?.schemas ?? {};
    const validate = createValidator();
    validatorOf = (name) => {
      const schema = schemas[name];
      if (!schema) throw new Error(`specs/kaizala/openapi.yaml has no schema ${name}`);
      return validate(schema);
    };
  });

  const group = { groupId: '853654b2-5874-462d-b709-0c4e43a7083f', groupName: 'Sample group name' };

  it.each([
    ['groupImageUrl, as in the page samples', { ...group, groupImageUrl: 'https://example.test/a.png' }],
    ['groupImageURL, as in the page field table', { ...group, groupImageURL: 'https://example.test/a.png' }],
  ])('accepts a group response spelling the image field %s', (_spelling, body) => {
    const check = validatorOf('GroupList');
    expect(check({ groups: [body] }), JSON.stringify(check.errors)).toBe(true);
  });

  it('accepts group ids that are not GUIDs (real ids carry an @n suffix)', () => {
    expect(validatorOf('Group')({ ...group, groupId: 'df91cb37-97bf-4ccd-a8c2-b2a3ba5eac62@1' })).toBe(true);
  });

  it('accepts fields the page does not document (the service adds some, e.g. isAddedAsSubGroup)', () => {
    expect(validatorOf('CreatedGroup')({ groupName: 'g', groupId: 'id', membersAdded: true, isAddedAsSubGroup: true, other: 1 })).toBe(true);
  });

  it('accepts up to 100 members and refuses 101 (Kaizala\'s Swagger: "maximum of 100 mobile numbers")', () => {
    const check = validatorOf('NewGroup');
    const numbers = (count: number) => Array.from({ length: count }, (_, index) => `+9110999${String(index).padStart(5, '0')}`);
    expect(check({ name: 'n', welcomeMessage: 'w', members: numbers(100) }), JSON.stringify(check.errors)).toBe(true);
    expect(check({ name: 'n', welcomeMessage: 'w', members: numbers(101) })).toBe(false);
  });

  it('accepts a group type in a response that the request enum does not list', () => {
    expect(validatorOf('Group')({ ...group, groupType: 'BroadcastGroup' })).toBe(true);
    expect(validatorOf('NewGroup')({ name: 'n', welcomeMessage: 'w', groupType: 'BroadcastGroup' })).toBe(false);
  });

  it('accepts members with a country code and refuses numbers without one', () => {
    const check = validatorOf('NewGroup');
    const body = { name: 'Kaizala Test group', welcomeMessage: 'Welcome' };
    expect(check({ ...body, members: ['+911099999999'] })).toBe(true);
    expect(check({ ...body, members: ['1099999999'] })).toBe(false);
  });
});
