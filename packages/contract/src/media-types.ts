import type { MediaTypeObject, ResponseObject } from '@group-apis/spec';

/** "application/json" from "Application/JSON; charset=utf-8". */
export function mediaTypeEssence(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The declared media type a response's Content-Type falls under: exact, then `type/*`, then `*\/*`. */
export function findMediaType(content: Record<string, MediaTypeObject> | undefined, contentType: string | undefined): [string, MediaTypeObject] | undefined {
  const actual = mediaTypeEssence(contentType);
  const entries = Object.entries(content ?? {});
  const byEssence = (wanted: string) => entries.find(([declared]) => mediaTypeEssence(declared) === wanted);
  return byEssence(actual) ?? byEssence(`${actual.split('/')[0]}/*`) ?? byEssence('*/*');
}

/** The response object that documents `status`: exact code, then a range such as `4XX`, then `default`. */
export function findResponse(responses: Record<string, ResponseObject> | undefined, status: number): [string, ResponseObject] | undefined {
  const entries = Object.entries(responses ?? {});
  const code = String(status);
  return (
    entries.find(([key]) => key === code) ??
    entries.find(([key]) => key.toUpperCase() === `${code[0]}XX`) ??
    entries.find(([key]) => key === 'default')
  );
}
