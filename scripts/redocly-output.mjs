// What Redocly CLI prints that contradicts this project's lint policy is removed before it reaches the reader:
// the boxed "Node.js 20 support is ending" notice (Node 20.19 is a supported engine here) and the advice to run
// `--generate-ignore-file` (problems are fixed, never ignored).

const BOX_TOP = /^\s*╔/;
const BOX_BOTTOM = /^\s*╚/;

export function withoutPolicyNoise(text) {
  const kept = [];
  let inBox = false;
  let skipBlank = false;
  for (const line of text.split('\n')) {
    if (!inBox && BOX_TOP.test(line)) {
      inBox = true;
      continue;
    }
    if (inBox) {
      if (BOX_BOTTOM.test(line)) {
        inBox = false;
        skipBlank = true;
      }
      continue;
    }
    if (line.includes('--generate-ignore-file')) {
      skipBlank = true;
      continue;
    }
    if (skipBlank && line.trim() === '') {
      skipBlank = false;
      continue;
    }
    skipBlank = false;
    kept.push(line);
  }
  return kept.join('\n');
}
