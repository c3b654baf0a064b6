import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { judgePatternChange, matchesEverything } from '../src/diff/pattern.js';

describe('pattern judgement', () => {
  it.each(['.*', '^.*$', '^.*', '.*$', '[\\s\\S]*', '^[\\s\\S]*$', '(.*)', '(?:.*)', '', '^'])('%j accepts any string', (pattern) => {
    expect(matchesEverything(pattern)).toBe(true);
  });

  it.each(['.+', '^\\w*$', '^[a-z]*$', '\\d', '^(a+)+$', '[', '^$'])('%j does not (or is not run)', (pattern) => {
    expect(matchesEverything(pattern)).toBe(false);
  });

  it('proves a narrowing with a value the old pattern accepted, examples first', () => {
    expect(judgePatternChange('^[a-z0-9-]+$', '^[a-z-]+$', ['team-7'])).toEqual({ kind: 'narrowed', value: 'team-7' });
    expect(judgePatternChange('^[0-9a-f]+$', '^[0-9]+$', [])).toEqual({ kind: 'narrowed', value: 'a' });
  });

  it('says when it cannot decide', () => {
    expect(judgePatternChange('^[0-9]+$', '^[0-9]*$', [])).toEqual({ kind: 'undecided', reason: 'whether the new pattern accepts every value the old one did cannot be decided' });
    expect(judgePatternChange('^a', '(?i)^a', [])).toEqual({ kind: 'undecided', reason: 'the new pattern is not an ECMA-262 regular expression' });
  });

  it('does not run a pattern that could backtrack for ages', () => {
    // Running either pattern on that value would take minutes (the test's timeout fails it first).
    expect(judgePatternChange('^(x+x+)+y$', '^(x+x+)+z$', ['x'.repeat(40)])).toEqual({ kind: 'undecided', reason: 'a pattern with nested quantifiers is not evaluated (it could run for a very long time)' });
  });
});

describe('scripts/oasdiff-corpus.mjs', () => {
  it('skips cleanly without an oasdiff checkout', () => {
    const script = fileURLToPath(new URL('../scripts/oasdiff-corpus.mjs', import.meta.url));
    const output = execFileSync(process.execPath, [script, '/nonexistent/oasdiff'], { encoding: 'utf8' });
    expect(output).toBe('skipped: no oasdiff checkout at /nonexistent/oasdiff (expected <dir>/checker/rules.go)\n');
  });
});
