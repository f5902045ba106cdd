// The linear rewrites of patterns the ReDoS check flagged give exactly what the old regular expressions gave.
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unlinkMarkdown } from '../src/stamp/unlink-markdown.js';
import { enDashRanges } from '../src/theme/en-dash-ranges.js';
import { keepLangRules } from '../src/theme/keep-lang-rules.js';
import { readUnicodeRanges } from '../src/theme/read-unicode-ranges.js';
import { stripTags } from '../src/theme/strip-tags.js';

const from = (chars: string, maxLength = 40) => fc.string({ unit: fc.constantFrom(...chars.split('')), maxLength });
const runs = { numRuns: 3000 };

describe('linear rewrites', () => {
  it('stripTags removes what /<[^>]+>/g and /<[^>]*>/g removed', () => {
    fc.assert(fc.property(from('<>a b/"'), (s) => {
      expect(stripTags(s)).toBe(s.replace(/<[^>]+>/g, ''));
      expect(stripTags(s, true)).toBe(s.replace(/<[^>]*>/g, ''));
    }), runs);
  });

  it('unlinkMarkdown keeps what /!?\\[([^\\]]*)\\]\\([^)]*\\)/g kept', () => {
    fc.assert(fc.property(from('![]()a ', 30), (s) => {
      expect(unlinkMarkdown(s, true)).toBe(s.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1'));
      expect(unlinkMarkdown(s, false)).toBe(s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
    }), runs);
  });

  it('enDashRanges gives what the old date-dash pattern gave', () => {
    const old = (t: string) => t.replace(/\s*(?:---|--|[-–—])\s*(?=\D|\d{4})/g, (m) => (/\s/.test(m) ? '\u2009\u2013\u2009' : '\u2013'));
    fc.assert(fc.property(from(' \t-–—0129a.', 30), (s) => {
      expect(enDashRanges(s)).toBe(old(s));
    }), runs);
    for (const s of ['2024.03 - onward', '2019-2021', '2019-05', 'May 2019 -- now', 'October 2019 --- Current', '2019---5', '2019 —2021', '2019-', '-2019', '  -  ']) expect(enDashRanges(s)).toBe(old(s));
  });

  it('keepLangRules drops the same rules as the old :lang() pattern, on the themes\' stylesheets and generated rule lists', () => {
    const old = (css: string, primary: string) => css.replace(/[^{}]*:lang\(([^)]*)\)[^{}]*\{[^}]*\}/g, (rule, l: string) => (l.trim().toLowerCase().split('-')[0] === primary ? rule : ''));
    const themes = path.resolve(__dirname, '../themes');
    const sheets = readdirSync(themes, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css')).map((f) => readFileSync(path.join(themes, f), 'utf8'));
    expect(sheets.length).toBeGreaterThan(0);
    for (const css of sheets) for (const lang of ['en', 'zh', 'ja', 'de']) expect(keepLangRules(css, lang)).toBe(old(css, lang));
    const rule = fc.tuple(fc.constantFrom('p', 'h1 ', '.a:lang(zh) b', ':lang(en-GB) p', 'x:lang(ja)', '@media print '), fc.constantFrom('{color:red}', '{}', '{a:b;c:d}\n'));
    fc.assert(fc.property(fc.array(rule, { maxLength: 8 }), fc.constantFrom('en', 'zh', 'ja'), (rules, lang) => {
      const css = rules.map(([sel, body]) => sel + body).join('');
      expect(keepLangRules(css, lang)).toBe(old(css, lang));
    }), runs);
  });

  it('readUnicodeRanges reads the same @font-face rules as /@font-face\\s*\\{[^}]*\\}/gi', () => {
    const face = fc.tuple(fc.constantFrom('@font-face', '@FONT-FACE', '@font-face ', '@font-fac', 'x'), fc.constantFrom('{unicode-range:U+0-7F}', '{unicode-range: U+4E00-9FFF, U+3000}', '{src:url(a)}', '{', '}'));
    fc.assert(fc.property(fc.array(face, { maxLength: 6 }), (parts) => {
      const css = parts.map(([a, b]) => a + b).join('\n');
      const faces = css.match(/@font-face\s*\{[^}]*\}/gi) ?? [];
      // The old reader, on the faces the old pattern found.
      const expected = faces.length === 0 ? undefined : readUnicodeRanges(faces.join('\n'));
      expect(readUnicodeRanges(css)).toEqual(expected);
    }), runs);
  });
});
