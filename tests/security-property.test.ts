// Property test: random and mutated CVs through the parsers and the theme renderer never crash, hang or emit active content.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CvpressError } from '../src/model/errors.js';
import type { Resume } from '../src/model/types.js';
import { parseResume } from '../src/parse/parse-resume.js';
import { loadTheme } from '../src/theme/load-theme.js';
import { renderHtml } from '../src/theme/render-html.js';
import { sanitizeHtml } from '../src/theme/sanitize-html.js';
import type { Theme } from '../src/theme/theme-types.js';

const ROOT = path.resolve(__dirname, '..');
const SEEDS = path.resolve(ROOT, '../shared/seeds');

/** Markdown and JSON CVs to mutate: the samples in input/ and the reference CVs when present. */
function corpus(): Array<{ text: string; kind: 'markdown' | 'json' }> {
  const out: Array<{ text: string; kind: 'markdown' | 'json' }> = [];
  for (const f of readdirSync(path.join(ROOT, 'input'))) {
    const text = readFileSync(path.join(ROOT, 'input', f), 'utf8');
    if (f.endsWith('.md')) out.push({ text, kind: 'markdown' });
    if (f.endsWith('.json')) out.push({ text, kind: 'json' });
  }
  try {
    for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt'))) out.push({ text: readFileSync(path.join(SEEDS, f), 'utf8'), kind: 'markdown' });
  } catch {
    console.warn(`security-property: ${SEEDS} not found; mutating only the samples in input/`);
  }
  return out;
}

/** Fragments an attacker would try, spliced into CVs. */
const HOSTILE = [
  '<script>document.body.textContent="PW"+"NED"</script>',
  '<img src=x onerror="alert(1)">',
  '<iframe src="http://127.0.0.1:9/x"></iframe>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '[x](javascript:alert(1))',
  '![x](http://127.0.0.1:9/x.png)',
  '<style>@import url(http://127.0.0.1:9/x.css)</style>',
  '<meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/">',
  '<base href="http://127.0.0.1:9/">',
  '{{constructor.constructor("return process")()}}',
  '{{{basics.name}}}',
  '---\nname: !!js/function "f"\n---\n',
  '\n---\n',
  '| a | b |\n|---|---|\n| <script>x</script> | 2 |\n',
  '::: {.danger}\n<object data=x></object>\n:::\n',
  '\u202e\u200b\ufeff\u0000',
  '- '.repeat(300),
  '> '.repeat(300),
  '#'.repeat(7) + ' h',
  '<!--',
  ']]>',
  '<',
  '`'.repeat(1000),
];

const ACTIVE = /<(script|iframe|object|embed|base|meta\s+http-equiv|form|svg)\b|<[^>]*\son[a-z]+\s*=|<[^>]*(href|src)\s*=\s*["']?\s*(javascript|vbscript|data:text)/i;

let theme: Theme;
const seeds = corpus();

/** Parses and renders one CV; only typed cvpress errors may escape. Returns the HTML or undefined. */
function pipeline(text: string, kind: 'markdown' | 'json' | 'yaml'): string | undefined {
  let resume: Resume;
  try {
    resume = parseResume({ text, file: `cv.${kind === 'markdown' ? 'md' : kind}`, kind }).resume;
  } catch (err) {
    if (err instanceof CvpressError) return undefined;
    throw err;
  }
  const { html } = renderHtml(resume, theme, { lang: 'en', format: 'A4' });
  return html;
}

/** The HTML of the body only (the theme's own head is trusted). */
function body(html: string): string {
  const i = html.search(/<body\b/i);
  return i === -1 ? html : html.slice(i);
}

describe('random and mutated CVs (parse → render HTML)', () => {
  beforeAll(async () => {
    theme = await loadTheme('classic', { themeDirs: [] });
  });

  it('mutated CVs with hostile fragments never crash and never produce active HTML', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: seeds.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE), fc.nat({ max: 40 })), { minLength: 1, maxLength: 6 }),
        (which, edits) => {
          const seed = seeds[which]!;
          let text = seed.text;
          for (const [pos, fragment, cut] of edits) {
            const at = pos % (text.length + 1);
            // JSON seeds get fragments inside string values, so they stay JSON often enough to reach the renderer.
            const piece = seed.kind === 'json' ? JSON.stringify(fragment).slice(1, -1) : fragment;
            const q = seed.kind === 'json' ? text.indexOf('"', at) : at;
            const p = q === -1 ? at : q + 1;
            text = text.slice(0, p) + piece + text.slice(p + (seed.kind === 'json' ? 0 : cut));
          }
          const html = pipeline(text, seed.kind);
          if (html !== undefined) expect(body(html)).not.toMatch(ACTIVE);
        },
      ),
      { numRuns: 150, interruptAfterTimeLimit: 25_000, seed: 20260601 },
    );
  });

  it('arbitrary text as Markdown never crashes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ maxLength: 200 }), (a, b) => {
        const html = pipeline(`${a}\n\n## ${b}\n\n- ${a}\n`, 'markdown');
        if (html !== undefined) expect(body(html)).not.toMatch(ACTIVE);
      }),
      { numRuns: 150, interruptAfterTimeLimit: 15_000, seed: 7 },
    );
  });

  it('arbitrary JSON and YAML documents end in a model or a typed error', () => {
    const hostileString = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...HOSTILE));
    const resumeLike = fc.record(
      {
        basics: fc.record({ name: hostileString, label: hostileString, summary: hostileString, url: fc.constantFrom('https://x.org', 'javascript:alert(1)', 'x') }, { requiredKeys: [] }),
        work: fc.array(fc.record({ name: hostileString, position: hostileString, startDate: fc.constantFrom('2020', '2020-01', 'soon'), highlights: fc.array(hostileString, { maxLength: 3 }) }, { requiredKeys: [] }), { maxLength: 3 }),
        skills: fc.array(fc.record({ name: hostileString, keywords: fc.array(hostileString, { maxLength: 3 }) }, { requiredKeys: [] }), { maxLength: 3 }),
        extra: fc.jsonValue({ maxDepth: 4 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(resumeLike, fc.jsonValue({ maxDepth: 6 })), fc.boolean(), (value, asYaml) => {
        const text = asYaml ? JSON.stringify(value, null, 1).replace(/^\{/, '').replace(/\}$/, '') || '{}' : JSON.stringify(value) ?? 'null';
        const html = pipeline(text, asYaml ? 'yaml' : 'json');
        if (html !== undefined) expect(body(html)).not.toMatch(ACTIVE);
      }),
      { numRuns: 200, interruptAfterTimeLimit: 15_000, seed: 42 },
    );
  });

  it('the sanitizer never lets active content through, whatever the markup', () => {
    const tag = fc.constantFrom('script', 'img', 'a', 'iframe', 'svg', 'style', 'p', 'div', 'object', 'math', 'base', 'meta', 'form', 'table', 'td');
    const attr = fc.constantFrom('onerror', 'onload', 'href', 'src', 'style', 'srcset', 'class', 'title', 'xlink:href', 'formaction');
    const val = fc.constantFrom('javascript:alert(1)', 'http://127.0.0.1:9/', 'x.png', '" onload="x', 'data:text/html,x', ' java\tscript:x', '//evil/x');
    const element = fc.tuple(tag, fc.array(fc.tuple(attr, val), { maxLength: 3 }), fc.string({ maxLength: 10 }), fc.boolean())
      .map(([t, attrs, text, close]) => `<${t}${attrs.map(([a, v]) => ` ${a}="${v}"`).join('')}>${text}${close ? `</${t}>` : ''}`);
    fc.assert(
      fc.property(fc.array(fc.oneof(element, fc.string({ maxLength: 8 })), { maxLength: 12 }), (parts) => {
        const out = sanitizeHtml(parts.join('')).html;
        expect(out).not.toMatch(ACTIVE);
        expect(out).not.toMatch(/<(style|link|iframe|img[^>]*src="(https?:|\/\/|data:))/i);
      }),
      { numRuns: 500, interruptAfterTimeLimit: 10_000, seed: 3 },
    );
  });
});
