// JSON Resume theme packages as cvpress themes, without a browser: where they are found, name clashes, loading, offline HTML.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findJsonResumeTheme } from '../src/theme/find-json-resume-theme.js';
import { listJsonResumeThemes } from '../src/theme/list-json-resume-themes.js';
import { loadTheme } from '../src/theme/load-theme.js';
import { localizeThemeHtml } from '../src/theme/localize-theme-html.js';
import { renderJsonResumeTheme } from '../src/theme/render-json-resume-theme.js';

const PACKAGES = path.resolve(__dirname, 'fixtures/json/theme-packages');
const ROOT = path.resolve(__dirname, '..');

describe('finding JSON Resume theme packages', () => {
  it('finds the dev-dependency themes by short and full name from the project folder', () => {
    expect(findJsonResumeTheme('even', { themeDirs: [], cwd: ROOT })?.packageName).toBe('jsonresume-theme-even');
    expect(findJsonResumeTheme('jsonresume-theme-macchiato', { themeDirs: [], cwd: path.join(ROOT, 'src', 'theme') })?.packageName).toBe('jsonresume-theme-macchiato');
    expect(findJsonResumeTheme('nonexistent', { themeDirs: [], cwd: ROOT })).toBeUndefined();
  });

  it('finds packages in the config\'s theme folders, and lists them marked with their short names', () => {
    expect(findJsonResumeTheme('canary', { themeDirs: [PACKAGES], cwd: os.tmpdir() })?.dir).toBe(path.join(PACKAGES, 'jsonresume-theme-canary'));
    const listed = listJsonResumeThemes({ themeDirs: [PACKAGES], cwd: ROOT }).map((t) => [t.name, t.short]);
    expect(listed).toEqual(expect.arrayContaining([['jsonresume-theme-canary', 'canary'], ['jsonresume-theme-even', 'even'], ['jsonresume-theme-stackoverflow', 'stackoverflow']]));
  });

  it('never looks next to a CV: only the working folder and the config\'s folders are searched', () => {
    const cvDir = mkdtempSync(path.join(os.tmpdir(), 'cvpress-cvdir-'));
    const pkg = path.join(cvDir, 'node_modules', 'jsonresume-theme-evil');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(path.join(pkg, 'package.json'), '{"name":"jsonresume-theme-evil","main":"index.js"}');
    expect(findJsonResumeTheme('evil', { themeDirs: [], cwd: ROOT })).toBeUndefined();
  });

  it('cvpress\'s own theme wins on a name clash; the full package name still selects the package', async () => {
    expect((await loadTheme('classic', { themeDirs: [PACKAGES], cwd: ROOT })).jsonResume).toBeUndefined();
    const pkg = await loadTheme('jsonresume-theme-classic', { themeDirs: [PACKAGES], cwd: ROOT });
    expect(pkg.jsonResume?.packageName).toBe('jsonresume-theme-classic');
    const { html } = await renderJsonResumeTheme({ basics: { name: 'Ada' } }, pkg, { lang: 'en' });
    expect(html).toContain('CLASH Ada');
  });

  it('an unknown theme names the install command', async () => {
    await expect(loadTheme('kendall', { themeDirs: [], cwd: ROOT })).rejects.toMatchObject({ code: 'E_THEME_UNKNOWN', message: expect.stringContaining('npm install jsonresume-theme-kendall') });
  });
});

describe('a JSON Resume theme\'s HTML made to print offline', () => {
  it('removes what it asks from the network (listed once), its scripts, and points relative URLs into the package', async () => {
    const theme = await loadTheme('canary', { themeDirs: [PACKAGES], cwd: ROOT });
    const r = await renderJsonResumeTheme(
      { basics: { name: 'Ada <b>Quill</b><script>x()</script>', image: 'photo.png', label: 'Engineer' }, meta: { canary: 'http://127.0.0.1:1' } },
      theme,
      { lang: 'de' },
    );
    expect(r.html).not.toMatch(/127\.0\.0\.1|<script|PWNED|gstatic/);
    expect(r.html).toContain('<base href="https://cvpress.invalid/theme/">');
    expect(r.html).toContain('src="https://cvpress.invalid/cv/photo.png"');
    expect(r.html).toMatch(/\.name \{ font-family: "Fancy Serif", Georgia, "cvpress-serif", serif;/);
    expect(r.html).toContain('url("https://cvpress.invalid/theme/logo.svg")');
    expect(r.html).toMatch(/font-family: "Fancy Serif";[\s\S]*?source-serif-4/);
    expect(r.html).toMatch(/font-family: "Lato";[\s\S]*?source-sans-3/);
    expect(r.html, 'code has a font where the browser\'s monospace has none').toContain('pre, code, kbd, samp, tt { font-family: "cvpress-sans", monospace; }');
    expect(r.html).toContain('<html lang="de">');
    expect(r.html).toContain('Ada &lt;b&gt;Quill&lt;/b&gt;');
    const remote = r.warnings.filter((w) => w.code === 'theme-remote');
    expect(remote).toHaveLength(1);
    expect(remote[0]!.message).toMatch(/asks for 8 remote files/);
    expect(r.warnings.map((w) => w.code)).toContain('theme-script');
  });

  it('leaves icon fonts and fonts the theme ships alone, and adds CJK faces only for characters the Latin fonts lack', () => {
    const html = '<html><head><style>@font-face { font-family: Own; src: url(own.woff2); } .i { font-family: FontAwesome } p { font-family: Own, Inter }</style></head><body><p>東京</p></body></html>';
    const r = localizeThemeHtml(html, { themeDir: PACKAGES });
    expect(r.aliased).toEqual(['Inter']);
    expect(r.html).toContain('noto-sans-sc');
    expect(localizeThemeHtml(html.replace('東京', 'Tokyo'), { themeDir: PACKAGES }).html).not.toContain('noto-sans-sc');
  });
});
