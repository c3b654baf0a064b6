// Judges a change of a `pattern` instead of assuming every change narrows it. Regular-expression inclusion
// is not decided here (it is expensive in general and ECMA-262 regexes are not regular); what is decided:
// a pattern that accepts every probe string accepts everything, and a value the old spec showed as valid
// (an example, default, enum or const value, or a probe the old pattern accepted) that the new pattern
// refuses proves the change narrows. Anything else is undecided, and said so.

/** Single-line strings of many shapes; a pattern that accepts all of them is taken to accept anything. */
const PROBES = [
  '',
  ' ',
  'a',
  'Z',
  '0',
  '42',
  '-1.5e3',
  'abc',
  'Hello, World!',
  'user@example.com',
  'https://example.com/a?b=c#d',
  '2026-12-05T01:02:03Z',
  '550e8400-e29b-41d4-a716-446655440000',
  '_-.~!*\'();:@&=+$,/?%#[]',
  '"quoted" \\ back\tslash',
  '{"json":[1,2]}',
  'ünïcødé ✓ 漢字',
  'x'.repeat(64),
];

/** Nested quantifiers (`(a+)+`, `(x|xy)*`...) can backtrack for ages on a crafted probe: such patterns are not run. */
function mayBacktrack(pattern: string): boolean {
  return /\([^()]*[+*}][^()]*\)[+*{]/.test(pattern) || /\([^()]*\|[^()]*\)[+*{]/.test(pattern);
}

function compile(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    try {
      return new RegExp(pattern);
    } catch {
      return undefined;
    }
  }
}

/** Whether `pattern` accepts every string (`.*`, `^.*$`, `[\s\S]*`, ...), judged on the probe strings. */
export function matchesEverything(pattern: string): boolean {
  if (mayBacktrack(pattern)) return false;
  const regex = compile(pattern);
  return !!regex && PROBES.every((probe) => regex.test(probe));
}

export type PatternVerdict =
  | { kind: 'generalized' }
  | { kind: 'added' }
  | { kind: 'narrowed'; value: string }
  | { kind: 'undecided'; reason: string };

/** What replacing `before` with `after` does to the strings accepted; `known` are values valid before. */
export function judgePatternChange(before: string, after: string, known: string[]): PatternVerdict {
  if (matchesEverything(after)) return { kind: 'generalized' };
  if (matchesEverything(before)) return { kind: 'added' };
  if (mayBacktrack(before) || mayBacktrack(after)) return { kind: 'undecided', reason: 'a pattern with nested quantifiers is not evaluated (it could run for a very long time)' };
  const old = compile(before);
  const next = compile(after);
  if (!old || !next) return { kind: 'undecided', reason: `${old ? 'the new' : 'the old'} pattern is not an ECMA-262 regular expression` };
  const refused = [...known.filter((value) => value.length <= 256), ...PROBES].find((value) => old.test(value) && !next.test(value));
  if (refused !== undefined) return { kind: 'narrowed', value: refused };
  return { kind: 'undecided', reason: 'whether the new pattern accepts every value the old one did cannot be decided' };
}
