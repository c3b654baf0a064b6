/**
 * The forms a secret can travel in: as is, URL-encoded, base64 and base64url (a Basic header, a JWT segment),
 * and JSON-escaped. A credential found in any of them has leaked.
 */
export function formsOf(secret: string): string[] {
  const forms = new Set([
    secret,
    encodeURIComponent(secret),
    Buffer.from(secret).toString('base64').replace(/=+$/, ''),
    Buffer.from(secret).toString('base64url'),
    JSON.stringify(secret).slice(1, -1),
  ]);
  // A JWT's signature alone identifies it (and is what a replay needs with the public header and claims).
  const parts = secret.split('.');
  if (parts.length === 3 && parts[2]) forms.add(parts[2]);
  return [...forms].filter((form) => form.length >= 8);
}

/** The secrets (by label) found in `text`, in any of their forms; an empty list when none is. */
export function secretsIn(text: string, secrets: Readonly<Record<string, string>>): string[] {
  const lower = text.toLowerCase();
  return Object.entries(secrets)
    .filter(([, secret]) => formsOf(secret).some((form) => lower.includes(form.toLowerCase())))
    .map(([label]) => label);
}
