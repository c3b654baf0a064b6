import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, ForeignReferenceError, makeRedocPageOffline, withHashRouting, type LocalRedocScript } from '../src/offline-page.js';
import { runInNewContext } from 'node:vm';
import { findRedocScript, integrityOf, localizeRedocScript, toClassicScript, withoutOtherGroupSlug } from '../src/redoc-script.js';

const CDN = 'https://cdn.redocly.com/redoc/v3.0.1/bundles/redoc.standalone.js';
const script: LocalRedocScript = { href: 'assets/redoc.standalone.0123.js', originalIntegrity: 'sha384-original' };

/** The shape of a page `redocly build-docs` 2.x writes. */
function buildDocsOutput({ options = '{"jsonSamplesExpandLevel":"all","skipBundle":true,"disableTelemetry":true}', integrity = 'sha384-original', extra = '' } = {}) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf8" />
  <title>Kore.ai Get Groups API</title>
  <link rel="modulepreload" href="${CDN}" integrity="${integrity}" crossorigin="anonymous" /><style data-styled="true">.a{color:red}</style>
</head>
<body>
  <div id="redoc"><a href="https://developer.kore.ai/docs/bots/api-guide/get-groups-api/">Kore.ai documentation</a>${extra}</div>
  <script type="module">
  import { hydrate } from "${CDN}";
  const __redoc_definition = {"openapi":"3.1.0"};
  const __redoc_options = ${options};
  hydrate(__redoc_definition, __redoc_options, document.getElementById('redoc'));
  </script>
</body>
</html>`;
}

describe('makeRedocPageOffline', () => {
  it("loads Redoc from the site's copy as a deferred classic script and hydrates from its global", () => {
    const page = makeRedocPageOffline(buildDocsOutput(), script, 'kore-ai.html');
    expect(page).not.toContain('cdn.redocly.com');
    expect(page).not.toContain('modulepreload');
    expect(page).toContain('<script defer src="assets/redoc.standalone.0123.js"></script>\n</head>');
    expect(page).toContain('<script type="module">\n  const { hydrate } = globalThis.Redoc;\n  const __redoc_definition');
  });

  it('puts the Content-Security-Policy first in <head>, and the site icon', () => {
    const page = makeRedocPageOffline(buildDocsOutput(), script, 'kore-ai.html');
    expect(page).toContain(
      `<head>\n  <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />\n  <link rel="icon" type="image/svg+xml" href="assets/favicon.svg" />`,
    );
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
  });

  it('keeps links to the vendor page: they are clicked, not loaded', () => {
    const page = makeRedocPageOffline(buildDocsOutput(), script, 'kore-ai.html');
    expect(page).toContain('href="https://developer.kore.ai/docs/bots/api-guide/get-groups-api/"');
  });

  it('fails when anything else in the page still loads from another origin', () => {
    const withLogo = buildDocsOutput({ extra: '<img alt="redocly logo" src="https://cdn.redoc.ly/redoc/logo-mini.svg">' });
    expect(() => makeRedocPageOffline(withLogo, script, 'kore-ai.html')).toThrow(ForeignReferenceError);
    expect(() => makeRedocPageOffline(withLogo, script, 'kore-ai.html')).toThrow(
      'kore-ai.html would load from other origins:\n  <img> src: https://cdn.redoc.ly/redoc/logo-mini.svg',
    );
  });

  it('fails when build-docs stops importing Redoc the way it does today', () => {
    const changed = buildDocsOutput().replace(`import { hydrate } from "${CDN}";`, `import { render } from "${CDN}";`);
    expect(() => makeRedocPageOffline(changed, script, 'kore-ai.html')).toThrow(/build-docs output changed/);
  });

  it('fails when the page expects another Redoc than the one the CLI ships', () => {
    expect(() => makeRedocPageOffline(buildDocsOutput({ integrity: 'sha384-other' }), script, 'kore-ai.html')).toThrow(
      'kore-ai.html: the page expects Redoc with integrity sha384-other, but the CLI ships sha384-original',
    );
  });

  it('fails when Redoc telemetry is left on', () => {
    const telemetry = buildDocsOutput({ options: '{"skipBundle":true,"disableTelemetry":false}' });
    expect(() => makeRedocPageOffline(telemetry, script, 'kore-ai.html')).toThrow(/telemetry is not disabled/);
  });
});

describe('localizeRedocScript', () => {
  it('points the attribution logos at site assets', () => {
    const source = 'src:e?`https://cdn.redoc.ly/redoc/logo-mini-full.svg`:`https://cdn.redoc.ly/redoc/logo-mini.svg`';
    expect(localizeRedocScript(source)).toEqual({ source: 'src:e?`assets/redocly-logo-full.svg`:`assets/redocly-logo-mini.svg`', remaining: [] });
  });

  it('reports remote files it has no stand-in for, and ignores links to pages', () => {
    const source = 'a=`https://cdn.example.net/font.woff2`,b="//cdn.example.net/x.css",c=`https://redocly.com/docs/cli/`';
    expect(localizeRedocScript(source).remaining).toEqual(['https://cdn.example.net/font.woff2', '//cdn.example.net/x.css']);
  });

  it('leaves no remote file in the Redoc bundle of the installed CLI', () => {
    const original = readFileSync(findRedocScript(), 'utf8');
    expect(localizeRedocScript(original).remaining).toEqual([]);
  });

  it('computes integrity as build-docs does (sha384, base64)', () => {
    expect(integrityOf('abc')).toBe('sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn');
  });
});

describe('toClassicScript', () => {
  it('turns the trailing export into a global and import.meta into a stand-in, so it runs without module support', () => {
    const module = 'const{hydrate,init}=(()=>({hydrate:()=>"hydrated",init:()=>import.meta.url}))();export{hydrate,init as start};';
    const context: Record<string, unknown> = { document: { currentScript: { src: 'file:///site/assets/redoc.js' } }, location: { href: 'x' } };
    context.globalThis = context;
    runInNewContext(toClassicScript(module), context);
    const redoc = context.Redoc as { hydrate(): string; start(): string };
    expect(redoc.hydrate()).toBe('hydrated');
    expect(redoc.start()).toBe('file:///site/assets/redoc.js');
  });

  it('fails when the bundle no longer ends with its exports', () => {
    expect(() => toClassicScript('export default {};\nconst x = 1;')).toThrow(/no trailing `export \{...\}`/);
  });

  it('fails when anything else only a module can hold remains', () => {
    expect(() => toClassicScript('import x from "./x.js";\nexport{x};')).toThrow(/cannot run as a classic script/);
    expect(() => toClassicScript('const x = await Promise.resolve(1);\nexport{x};')).toThrow(/cannot run as a classic script/);
  });

  it('converts the Redoc bundle of the installed CLI', () => {
    const classic = toClassicScript(localizeRedocScript(readFileSync(findRedocScript(), 'utf8')).source);
    expect(classic).toMatch(/globalThis\.Redoc = \{ "RedocStandalone": RedocStandalone, "hydrate": hydrate, "init": init \};\n$/);
  });
});

describe('withHashRouting', () => {
  const ssr = buildDocsOutput({ extra: '<a href="/">Top</a><a href="/other/listgroups">List groups</a><a href="/section/source">Source</a><a href="//cdn.invalid/x">x</a>' });

  it('renders Redoc afresh into an emptied root, so its hash router writes every link', () => {
    const page = withHashRouting(ssr, 'kore-ai.html');
    expect(page).toContain("{ const root = document.getElementById('redoc'); root.replaceChildren(); hydrate(__redoc_definition, __redoc_options, root); }");
    expect(page).not.toContain("hydrate(__redoc_definition, __redoc_options, document.getElementById('redoc'));");
  });

  it('rewrites the server-rendered path links to the hash links a static host serves, without the "other" group', () => {
    const page = withHashRouting(ssr, 'kore-ai.html');
    expect(page).toContain('<a href="#/">Top</a><a href="#/listgroups">List groups</a><a href="#/section/source">Source</a><a href="//cdn.invalid/x">x</a>');
    expect(page).toContain('href="https://developer.kore.ai/docs/bots/api-guide/get-groups-api/"');
  });

  it('fails when build-docs no longer writes the hydrate call it rewrites', () => {
    expect(() => withHashRouting(ssr.replace("document.getElementById('redoc')", 'root'), 'kore-ai.html')).toThrow(/kore-ai.html: build-docs output changed/);
  });
});

describe('withoutOtherGroupSlug', () => {
  it("files untagged operations under their own slug in the installed CLI's bundle", () => {
    const bundle = readFileSync(findRedocScript(), 'utf8');
    expect(bundle).toMatch(/\(`other`,[\w$]+\(e\.operationId\)\)/);
    expect(withoutOtherGroupSlug(bundle)).not.toMatch(/\(`other`,[\w$]+\(e\.operationId\)\)/);
  });

  it('fails when the bundle no longer has exactly one such slug', () => {
    expect(() => withoutOtherGroupSlug('let a=1;')).toThrow(/expected one "other" slug .* found 0/);
  });
});
