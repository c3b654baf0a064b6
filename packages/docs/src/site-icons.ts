// The site's icon, and stand-ins for the Redocly logos the Redoc sidebar loads from cdn.redoc.ly ("API docs by
// attribution stays, drawn as text so nothing is fetched.

export const REDOCLY_LOGO_FULL = `<svg xmlns="http://www.w3.org/2000/svg" width="52" height="12" viewBox="0 0 52 12" role="img" aria-label="Redocly">
  <text x="0" y="10" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="11" font-weight="700" fill="#0044d4">Redocly</text>
</svg>
`;

export const REDOCLY_LOGO_MINI = `<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" viewBox="0 0 14 14" role="img" aria-label="Redocly">
  <circle cx="7" cy="7" r="7" fill="#0044d4"/>
  <text x="7" y="10.5" text-anchor="middle" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="10" font-weight="700" fill="#fff">R</text>
</svg>
`;

export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="7" fill="#0b57d0"/>
  <text x="16" y="21.5" text-anchor="middle" font-family="ui-monospace, Menlo, Consolas, monospace" font-size="15" font-weight="700" fill="#fff">{ }</text>
</svg>
`;
