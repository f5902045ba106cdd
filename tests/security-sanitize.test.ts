// Behaviour of the HTML allow-list sanitizer on hostile and ordinary fragments.
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../src/theme/sanitize-html.js';

describe('sanitizeHtml', () => {
  it('keeps formatting, tables, definition lists and safe links', () => {
    const html = '<p><strong>Bold</strong> <em>it</em> <a href="https://x.org/a?b=1">x</a> <a href="mailto:a@b.c">m</a> <a href="#s">rel</a></p>'
      + '<table><thead><tr><th colspan="2">H</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table><dl><dt>T</dt><dd>D</dd></dl>';
    const r = sanitizeHtml(html);
    expect(r.html).toBe(html);
    expect(r.warnings).toEqual([]);
  });

  it('drops scripts with their content and event handlers, and warns', () => {
    const r = sanitizeHtml('<p onclick="alert(1)">hi<script>document.body.textContent="PWNED"</script></p><img src="x.png" onerror="PWNED()">');
    expect(r.html).toBe('<p>hi</p><img src="x.png" />');
    expect(r.html).not.toContain('PWNED');
    expect(r.warnings.map((w) => w.code)).toContain('blocked-html');
  });

  it.each([
    ['<iframe src="http://evil/">t</iframe>', 'evil'],
    ['<object data="http://evil/x.swf"></object><embed src="http://evil/e">', 'evil'],
    ['<meta http-equiv="refresh" content="0;url=http://evil/">', 'evil'],
    ['<base href="http://evil/">', 'evil'],
    ['<link rel="stylesheet" href="http://evil/s.css">', 'evil'],
    ['<style>@import url(http://evil/s.css); body{background:url(http://evil/b)}</style>', 'evil'],
    ['<svg onload="x()"><script>PWNED</script><image href="http://evil/i"/></svg>', 'evil'],
    ['<a href="javascript:alert(1)">click</a>', 'javascript'],
    ['<a href=" jav&#x09;ascript:alert(1)">click</a>', 'ascript'],
    ['<a href="data:text/html,PWNED">click</a>', 'PWNED'],
    ['<p style="background:url(http://evil/x)">s</p>', 'evil'],
    ['<form action="http://evil/"><input name="q"></form>', 'evil'],
    ['<video poster="http://evil/p.png"><source src="http://evil/v.mp4"></video>', 'evil'],
    ['<img srcset="http://evil/a.png 2x" src="ok.png">', 'evil'],
    ['<img src="http://evil/a.png">', 'evil'],
    ['<img src="//evil/a.png">', 'evil'],
    ['<img src="file:///etc/passwd">', 'passwd'],
    ['<img src="data:image/png;base64,AAAA">', 'data:'],
    ['<img src="../../../../etc/passwd">', 'passwd'],
    ['<img src="img/%2e%2e/%2e%2e/etc/passwd">', 'passwd'],
    ['<img src="/etc/passwd">', 'passwd'],
    ['<img src="\\\\evil\\share\\a.png">', 'evil'],
  ])('removes %s', (input, needle) => {
    const r = sanitizeHtml(input);
    expect(r.html).not.toContain(needle);
    expect(r.html).not.toMatch(/<(script|iframe|object|embed|meta|base|link|style|svg|form|input|video|source)\b/i);
    expect(r.warnings.length).toBeGreaterThan(0);
  });

  it('keeps local relative images', () => {
    expect(sanitizeHtml('<img src="photo.jpg" alt="me">').html).toBe('<img src="photo.jpg" alt="me" />');
    expect(sanitizeHtml('<img src="img/logo%20x.png">').warnings).toEqual([]);
  });

  it('reports remote images as remote-image', () => {
    const r = sanitizeHtml('<img src="https://img.shields.io/badge/x-y-z">');
    expect(r.html).toBe('');
    expect(r.warnings[0]?.code).toBe('remote-image');
  });

  it('unwraps very deep nesting without throwing and keeps the text', () => {
    const deep = '<ul><li>'.repeat(5000) + 'bottom' + '</li></ul>'.repeat(5000);
    const r = sanitizeHtml(deep);
    expect(r.html).toContain('bottom');
  });
});
