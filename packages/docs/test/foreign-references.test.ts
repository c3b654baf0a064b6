import { describe, expect, it } from 'vitest';
import { foreignResourceReferences, isForeignUrl } from '../src/foreign-references.js';

const urls = (html: string) => foreignResourceReferences(html).map((reference) => reference.url);

describe('isForeignUrl', () => {
  it('treats absolute and protocol-relative URLs as other origins', () => {
    expect(isForeignUrl('https://cdn.example.net/x.js')).toBe(true);
    expect(isForeignUrl('http://example.net')).toBe(true);
    expect(isForeignUrl('//cdn.example.net/x.js')).toBe(true);
    expect(isForeignUrl('file:///etc/passwd')).toBe(true);
  });

  it('treats relative, data and blob URLs as the page own', () => {
    for (const url of ['./assets/redoc.js', 'assets/logo.svg', '/index.html', '#/groups', 'data:image/svg+xml,<svg/>', 'blob:abc']) {
      expect(isForeignUrl(url), url).toBe(false);
    }
  });
});

describe('foreignResourceReferences', () => {
  it('finds scripts, stylesheets, preloads, images and frames from other origins', () => {
    const html = `<html><head>
      <script src="https://cdn.example.net/a.js"></script>
      <link rel="stylesheet" href="https://fonts.example.net/a.css">
      <link rel="modulepreload" href='//cdn.example.net/b.js' integrity="sha384-x" crossorigin="anonymous" />
      <link rel="dns-prefetch" href="https://telemetry.example.net">
      </head><body>
      <img alt="logo" src=https://cdn.example.net/logo.svg>
      <img srcset="./a.png 1x, https://cdn.example.net/b.png 2x">
      <iframe src="https://embed.example.net/"></iframe>
      <svg><use href="https://icons.example.net/sprite.svg#x"></use></svg>
      </body></html>`;
    expect(urls(html)).toEqual([
      'https://cdn.example.net/a.js',
      'https://fonts.example.net/a.css',
      '//cdn.example.net/b.js',
      'https://telemetry.example.net',
      'https://cdn.example.net/logo.svg',
      'https://cdn.example.net/b.png',
      'https://embed.example.net/',
      'https://icons.example.net/sprite.svg#x',
    ]);
  });

  it('finds module imports in inline scripts, static and dynamic', () => {
    const html = `<script type="module">
      import { hydrate } from "https://cdn.example.net/redoc.standalone.js";
      import "https://cdn.example.net/side-effect.js";
      const later = await import('https://cdn.example.net/lazy.js');
      export { x } from "https://cdn.example.net/re-export.js";
      import { local } from "./assets/local.js";
    </script>`;
    expect(urls(html)).toEqual([
      'https://cdn.example.net/redoc.standalone.js',
      'https://cdn.example.net/side-effect.js',
      'https://cdn.example.net/lazy.js',
      'https://cdn.example.net/re-export.js',
    ]);
  });

  it('finds url() and @import in style elements and style attributes', () => {
    const html = `<style>@import "https://fonts.example.net/f.css"; .a { background: url(https://cdn.example.net/bg.png) }
      .b { mask: url('data:image/svg+xml,<svg/>') } .c { background: url("./local.png") }</style>
      <div style="background-image: url(&quot;https://cdn.example.net/inline.png&quot;)"></div>`;
    expect(urls(html)).toEqual(['https://fonts.example.net/f.css', 'https://cdn.example.net/bg.png', 'https://cdn.example.net/inline.png']);
  });

  it('finds a meta refresh to another origin', () => {
    expect(urls('<meta http-equiv="refresh" content="0; url=https://elsewhere.example.net/">')).toEqual(['https://elsewhere.example.net/']);
  });

  it('allows links the reader clicks, XML namespaces and everything local', () => {
    const html = `<a href="https://developer.kore.ai/docs/" target="_blank">vendor page</a>
      <area href="https://example.net/map">
      <svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>
      <script type="module">import { hydrate } from "./assets/redoc.standalone.js";
        const __redoc_definition = {"servers":[{"url":"https://{host}/api/public"}]};</script>
      <img src="assets/logo.svg"><link rel="modulepreload" href="./assets/redoc.standalone.js">`;
    expect(foreignResourceReferences(html)).toEqual([]);
  });

  it('says where each reference was found', () => {
    expect(foreignResourceReferences('<img src="https://cdn.example.net/x.svg">')).toEqual([
      { url: 'https://cdn.example.net/x.svg', where: '<img> src' },
    ]);
  });
});
