function segments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(root: unknown, pointer: string): [Record<string, unknown>, string] {
  const path = segments(pointer);
  const last = path.pop()!;
  let node = root as Record<string, unknown>;
  for (const segment of path) node = node[segment] as Record<string, unknown>;
  if (!node || typeof node !== 'object' || !(last in node)) throw new Error(`test fixture: nothing at ${pointer}`);
  return [node, last];
}

export function setAt(root: unknown, pointer: string, value: unknown): void {
  const [parent, key] = parentOf(root, pointer);
  parent[key] = value;
}

export function deleteAt(root: unknown, pointer: string): void {
  const [parent, key] = parentOf(root, pointer);
  delete parent[key];
}
