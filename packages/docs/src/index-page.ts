import type { ApiSummary } from './api-summary.js';
import type { ClientSnippet } from './client-snippet.js';
import { escapeHtml as e } from './html.js';
import { withSiteHead } from './offline-page.js';

export interface IndexEntry {
  summary: ApiSummary;
  snippet: ClientSnippet;
  /** Site-relative URL of the API's reference page. */
  page: string;
}

const STYLE = `
  :root { color-scheme: light dark; --fg: #1a1a1a; --muted: #5c5c66; --bg: #fff; --panel: #f5f6f8; --line: #dcdfe4; --accent: #0b57d0; }
  @media (prefers-color-scheme: dark) { :root { --fg: #e8e8ea; --muted: #a4a6ad; --bg: #15171a; --panel: #1f2227; --line: #34383f; --accent: #8ab4f8; } }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
  header, main { max-width: 72rem; margin: 0 auto; padding: 0 1.5rem; }
  header { padding-top: 2.5rem; }
  h1 { margin: 0 0 .5rem; font-size: 2rem; }
  header p { margin: 0; color: var(--muted); max-width: 48rem; }
  a { color: var(--accent); }
  table { width: 100%; border-collapse: collapse; margin: 2rem 0; font-size: .95rem; }
  th, td { text-align: left; padding: .6rem .75rem; border-bottom: 1px solid var(--line); vertical-align: top; }
  th { font-weight: 600; color: var(--muted); }
  td.count { text-align: right; }
  td code { white-space: nowrap; }
  .apis { display: grid; gap: 1.25rem; grid-template-columns: repeat(auto-fit, minmax(30rem, 1fr)); padding-bottom: 3rem; }
  .api { border: 1px solid var(--line); border-radius: .5rem; padding: 1.25rem 1.5rem; background: var(--panel); min-width: 0; }
  .api h2 { margin: 0 0 .25rem; font-size: 1.25rem; }
  .api p { margin: .25rem 0 .75rem; color: var(--muted); }
  .api ul { margin: 0 0 1rem; padding-left: 1.1rem; }
  .method { display: inline-block; min-width: 3.5rem; font-weight: 600; }
  code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85rem; }
  /* Code never wraps mid-word (a package name split as "@group-\napis/testmo" cannot be copied): it scrolls instead. */
  pre { margin: 0 0 .75rem; padding: .75rem 1rem; background: var(--bg); border: 1px solid var(--line); border-radius: .375rem; white-space: pre; overflow-x: auto; }
  .snippet-label { margin: 0 0 .35rem; font-size: .85rem; color: var(--muted); }
  .snippet-note { margin: -.25rem 0 .75rem; font-size: .8rem; }
  @media (max-width: 40rem) {
    header, main { padding: 0 1rem; }
    .apis { grid-template-columns: minmax(0, 1fr); }
    /* The cards below say it all on a phone: the table keeps the API, its package and nothing else. */
    th:nth-child(2), td:nth-child(2), th:nth-child(3), td:nth-child(3), th:nth-child(4), td:nth-child(4), th:nth-child(5), td:nth-child(5) { display: none; }
  }
`;

function operationCount(summary: ApiSummary): string {
  const count = summary.operations.length;
  return `${count} operation${count === 1 ? '' : 's'}`;
}

function tableRow({ summary, snippet, page }: IndexEntry): string {
  return `
        <tr>
          <td><a href="${e(page)}">${e(summary.title)}</a></td>
          <td>${e(summary.vendor)}</td>
          <td>${e(summary.version)}</td>
          <td class="count">${summary.operations.length}</td>
          <td><a href="${e(summary.vendorPage.url)}" rel="noopener noreferrer" target="_blank">${e(summary.vendorPage.description)}</a></td>
          <td><code>${e(snippet.packageName)}</code></td>
        </tr>`;
}

function apiCard({ summary, snippet, page }: IndexEntry): string {
  const operations = summary.operations
    .map((operation) => `<li><span class="method">${e(operation.method.toUpperCase())}</span> <code>${e(operation.path)}</code>: ${e(operation.heading)}</li>`)
    .join('\n          ');
  return `
      <section class="api" id="${e(summary.name)}" aria-labelledby="${e(summary.name)}-title">
        <h2 id="${e(summary.name)}-title"><a href="${e(page)}">${e(summary.title)}</a></h2>
        <p>${e(summary.vendor)} · version ${e(summary.version)} · ${operationCount(summary)}${summary.summary ? ` · ${e(summary.summary)}` : ''}</p>
        <ul>
          ${operations}
        </ul>
        <p class="snippet-label">Install</p>
        <pre class="install"><code>${e(snippet.install)}</code></pre>
        <p class="snippet-note">Not on the npm registry yet: <code>npm run pack</code> in a group-apis checkout prints the line that installs it from tarballs.</p>
        <p class="snippet-label">Call</p>
        <pre class="call"><code>${e(snippet.call)}</code></pre>
      </section>`;
}

/** The site's front page: every API with its vendor, version, operations, vendor page, package and snippet. */
export function indexPage(entries: readonly IndexEntry[]): string {
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>group-apis: API reference</title>
  <style>${STYLE}</style>
</head>
<body>
  <header>
    <h1>API reference</h1>
    <p>Typed TypeScript clients for the vendors' groups APIs, each generated from a hand-written OpenAPI 3.1 spec.
    Every reference page shows the spec's operations and the vendor's samples, and where the spec differs from the
    vendor's page. Nothing on this site is loaded from the internet.</p>
  </header>
  <main>
    <table>
      <thead>
        <tr><th>API</th><th>Vendor</th><th>Version</th><th class="count">Operations</th><th>Vendor's page</th><th>Client package</th></tr>
      </thead>
      <tbody>${entries.map(tableRow).join('')}
      </tbody>
    </table>
    <div class="apis">${entries.map(apiCard).join('')}
    </div>
  </main>
</body>
</html>
`;
  return withSiteHead(html);
}
