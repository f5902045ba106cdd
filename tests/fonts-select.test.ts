// Font selection without a browser: coverage from cmaps, the language's script and Han variant first, missing glyphs with their lines.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectScriptLang } from '../src/model/detect-script-lang.js';
import { resolveLang } from '../src/model/resolve-lang.js';
import { resolveOptions } from '../src/model/resolve-options.js';
import { findLexicon } from '../src/model/lexicon/find-lexicon.js';
import { convertWoffToSfnt } from '../src/print/convert-woff-to-sfnt.js';
import { describeMissingGlyphs } from '../src/theme/describe-missing-glyphs.js';
import { formatDate } from '../src/theme/format-date.js';
import { formatDateRange } from '../src/theme/format-date-range.js';
import { loadTheme } from '../src/theme/load-theme.js';
import { readFontCmap } from '../src/theme/read-font-cmap.js';
import { renderHtml } from '../src/theme/render-html.js';
import { selectFonts } from '../src/theme/select-fonts.js';
import { translateLabel } from '../src/theme/translate-label.js';
import type { Theme } from '../src/theme/theme-types.js';

const ROOT = path.resolve(__dirname, '..');
const FONTS = path.join(ROOT, 'node_modules/@fontsource');
const THEMES = ['classic', 'modern', 'compact', 'ats'] as const;
const themes = new Map<string, Theme>();
const theme = async (name: string): Promise<Theme> => {
  if (!themes.has(name)) themes.set(name, await loadTheme(name, { themeDirs: [] }));
  return themes.get(name)!;
};
/** The packages a selection links, e.g. `noto-serif-jp`. */
const packages = (stylesheets: string[]): string[] => [...new Set(stylesheets.map((s) => s.split('/')[1]!))];

describe('font coverage is read from the font files', () => {
  const file = (name: string) => path.join(FONTS, name);
  const has = (ranges: Array<[number, number]>, cp: number) => ranges.some(([a, b]) => cp >= a && cp <= b);

  it('reads the same cmap from WOFF, WOFF2 and the unpacked TrueType', () => {
    for (const base of ['source-serif-4/files/source-serif-4-latin-400-normal', 'noto-sans-jp/files/noto-sans-jp-0-400-normal']) {
      const woff = readFontCmap(readFileSync(file(`${base}.woff`)));
      expect(woff!.length).toBeGreaterThan(0);
      expect(readFontCmap(readFileSync(file(`${base}.woff2`)))).toEqual(woff);
      expect(readFontCmap(convertWoffToSfnt(readFileSync(file(`${base}.woff`))))).toEqual(woff);
    }
    expect(readFontCmap(Buffer.from('not a font at all'))).toBeUndefined();
  });

  it('knows that a range is only a promise: Noto Sans Symbols claims all of Latin-1 but lacks letters of it', () => {
    const cmap = readFontCmap(readFileSync(file('noto-sans-symbols/files/noto-sans-symbols-latin-400-normal.woff')))!;
    expect(readFileSync(file('noto-sans-symbols/400.css'), 'utf8')).toMatch(/U\+0000-00FF/);
    const lacking = Array.from({ length: 0x60 }, (_, i) => 0xa0 + i).filter((cp) => !has(cmap, cp));
    expect(lacking.length).toBeGreaterThan(0);
  });
});

describe('selectFonts: a family is linked only when the text needs it, in the order the language wants', () => {
  const pick = async (name: string, text: string, lang: string) => {
    const t = await theme(name);
    return selectFonts(t.fontCoverage!, text, lang);
  };

  it('a Latin, Greek, Cyrillic or Vietnamese CV needs no script font', async () => {
    for (const name of THEMES) {
      for (const [text, lang] of [['Zoë Łukasik — café, naïve, 2019–2021 “quoted” • ½ € £', 'pl'], ['Γιώργος Παπαδόπουλος', 'el'], ['Олена Коваленко, Їжак', 'uk'], ['Nguyễn Thị Hương, Kỹ sư', 'vi']] as const) {
        expect(await pick(name, `<p>${text}</p>`, lang), `${name} ${lang}`).toEqual({ stylesheets: [], families: [], missing: [] });
      }
    }
  });

  it('Han characters take the Japanese, Korean, Simplified or Traditional font of the language', async () => {
    // Characters every variant has, each drawn in its own way (直 骨 角 differ between Japan, Korea, China, Taiwan).
    const han = '<p>直骨角 道人生</p>';
    const cases: Array<[string, string, string]> = [
      ['ja', 'noto-serif-jp', 'noto-sans-jp'], ['ko', 'noto-serif-kr', 'noto-sans-kr'], ['zh-Hans', 'noto-serif-sc', 'noto-sans-sc'],
      ['zh-CN', 'noto-serif-sc', 'noto-sans-sc'], ['zh-Hant', 'noto-serif-tc', 'noto-sans-tc'], ['zh-TW', 'noto-serif-tc', 'noto-sans-tc'],
      ['zh-HK', 'noto-serif-tc', 'noto-sans-tc'],
    ];
    for (const [lang, serif, sans] of cases) {
      expect(packages((await pick('classic', han, lang)).stylesheets), lang).toEqual([serif]);
      expect(packages((await pick('modern', han, lang)).stylesheets), lang).toEqual([sans]);
      expect((await pick('classic', han, lang)).families).toEqual([{ 'noto-serif-jp': 'Noto Serif JP', 'noto-serif-kr': 'Noto Serif KR', 'noto-serif-sc': 'Noto Serif SC', 'noto-serif-tc': 'Noto Serif TC' }[serif]]);
    }
  });

  it('without a CJK language, the CJK characters choose: kana ⇒ Japanese, Hangul ⇒ Korean, Traditional forms ⇒ Traditional', async () => {
    expect(packages((await pick('classic', '<p>Worked at 株式会社ペイテック in Tokyo</p>', 'en')).stylesheets)).toEqual(['noto-serif-jp']);
    expect(packages((await pick('classic', '<p>Worked at 카카오 in Seoul</p>', 'en')).stylesheets)).toEqual(['noto-serif-kr']);
    expect(packages((await pick('classic', '<p>Studied at 國立臺灣大學 資訊工程學系</p>', 'en')).stylesheets)).toEqual(['noto-serif-tc']);
    expect(packages((await pick('classic', '<p>Worked at 数据科技有限公司</p>', 'en')).stylesheets)).toEqual(['noto-serif-sc']);
    // `zh` alone: the characters decide too.
    expect(packages((await pick('classic', '<p>資深軟體工程師 負責設計與開發</p>', 'zh')).stylesheets)).toEqual(['noto-serif-tc']);
  });

  it('each script takes the theme\'s companion: serif for classic, sans for the others', async () => {
    const text = '<p>ليلى حسن سارا احمدی נועה לוי प्रिया शर्मा สมชาย ใจดี</p>';
    expect(packages((await pick('classic', text, 'en')).stylesheets)).toEqual(['noto-naskh-arabic', 'noto-serif-hebrew', 'noto-serif-devanagari', 'noto-serif-thai']);
    // Noto Sans (the sans themes' Latin fallback) has Devanagari itself; a Hindi CV puts Noto Sans Devanagari first.
    for (const name of ['modern', 'compact', 'ats']) {
      expect(packages((await pick(name, text, 'en')).stylesheets), name).toEqual(['noto-sans', 'noto-sans-arabic', 'noto-sans-hebrew', 'noto-sans-thai']);
    }
    expect(packages((await pick('modern', '<p>प्रिया शर्मा</p>', 'hi')).stylesheets)).toEqual(['noto-sans-devanagari']);
  });

  it('symbols come from the symbol fonts (not from a CJK font), emoji from Noto Emoji, whole sequences included', async () => {
    const r = await pick('classic', '<p>✓ ★★★☆☆ → ⇒ ≥ ≈ 🚀 👩‍💻 👍🏽 🇵🇹</p>', 'en');
    expect(packages(r.stylesheets)).toEqual(['noto-sans-symbols-2', 'noto-sans-symbols', 'dejavu-serif', 'noto-emoji']);
    expect(r.missing).toEqual([]);
    expect(packages((await pick('modern', '<p>≥ ⇒</p>', 'en')).stylesheets)).toEqual(['dejavu-sans']);
  });

  it('the language\'s own script goes first: a Japanese CV takes its arrows and stars from the Japanese font', async () => {
    const r = await pick('classic', '<p>経歴 → ★</p>', 'ja');
    expect(packages(r.stylesheets)).toEqual(['noto-serif-jp']);
  });

  it('reports the characters no font draws, and reads character references and CSS escapes', async () => {
    const r = await pick('classic', '<p>Hieroglyph 𓀀 and private use \uE000 and &#x1F680;</p><style>.x::before { content: "\\2605"; }</style>', 'en');
    expect(r.missing).toEqual(['𓀀', '\uE000']);
    expect(packages(r.stylesheets)).toEqual(['noto-sans-symbols-2', 'noto-emoji']);
    // A backslash outside a style sheet is text, not an escape (LaTeX in a CV: \def, \frac).
    expect((await pick('classic', '<p>\\def\\frac</p>', 'en')).missing).toEqual([]);
  });
});

describe('missing glyphs are warnings that name the characters and their line', () => {
  it('groups the characters by the first source line holding them', () => {
    const w = describeMissingGlyphs(['𓀀', '\uE000', '☃'], '# Name\n\nSkills: 𓀀 and \uE000\nEnd', 'classic');
    expect(w.map((x) => [x.code, x.line])).toEqual([['missing-glyph', undefined], ['missing-glyph', 3]]);
    expect(w[1]!.message).toContain('"𓀀" (U+13000)');
    expect(w[1]!.message).toContain('(U+E000)');
    expect(w[0]!.message).toContain('in text cvpress adds');
  });

  it('renderHtml returns them with the line of the CV', async () => {
    const { warnings } = renderHtml({ basics: { name: 'Ada', summary: 'Loves 𓀀 hieroglyphs' } }, await theme('classic'), { lang: 'en', format: 'A4', source: 'name: Ada\nsummary: Loves 𓀀 hieroglyphs\n' });
    expect(warnings.filter((w) => w.code === 'missing-glyph').map((w) => w.line)).toEqual([2]);
  });

  it('a theme that declares no font gets one warning for the theme, not one per line; a theme with a font keeps them per line', async () => {
    const bare = await loadTheme(path.join(ROOT, 'tests/fixtures/themes-nofonts/bare'), { themeDirs: [] });
    const source = 'name: Ada Quill\nsummary: Builds compilers\nwork:\n  - name: Acme\n    summary: Wrote the parser, café\n  - name: Initech\n    summary: Kept the lights on\n';
    const resume = { basics: { name: 'Ada Quill', summary: 'Builds compilers' }, work: [{ name: 'Acme', summary: 'Wrote the parser, café' }, { name: 'Initech', summary: 'Kept the lights on' }] };
    const glyphs = (t: Theme) => renderHtml(resume, t, { lang: 'en', format: 'A4', source }).warnings.filter((w) => w.code === 'missing-glyph');
    const warned = glyphs(bare);
    expect(warned).toHaveLength(1);
    expect(warned[0]!.line).toBeUndefined();
    expect(warned[0]!.message).toMatch(/^The theme "bare" declares no font \(its theme\.json lists no "fonts" or "scriptFonts" and its CSS no @font-face\).*empty boxes \((\d+) different characters\)\. Fix: list installed @fontsource stylesheets/);
    expect(Number(/\((\d+) different/.exec(warned[0]!.message)![1])).toBeGreaterThan(20);
    expect(warned[0]!.message).not.toMatch(/U\+/);
    // The same theme with a face in its CSS declares a font: the characters are named line by line, as for any theme.
    const faced = glyphs({ ...bare, styleText: `${bare.styleText}\n@font-face { font-family: "Own"; src: url(own.woff2); }` });
    expect(faced.length).toBeGreaterThan(1);
    expect(faced.map((w) => w.line)).toContain(5);
    expect(faced.every((w) => /^No font of the theme "bare" draws the characters? "/.test(w.message))).toBe(true);
  });
});

describe('the language of a CV', () => {
  it('is read from the writing system when the text shows it', () => {
    const cases: Array<[string, string | undefined]> = [
      ['大規模な決済システムの設計と運用に携わってきました。', 'ja'],
      ['대규모 트래픽을 처리하는 결제 시스템을 설계했습니다.', 'ko'],
      ['負責設計與開發雲端服務架構，帶領團隊。', 'zh-Hant'],
      ['负责设计和开发分布式数据处理平台，服务用户。', 'zh-Hans'],
      ['بیش از هفت سال تجربه در طراحی سیستم‌های توزیع‌شده', 'fa'],
      ['أعمل في تطوير الأنظمة الموزعة باستخدام', 'ar'],
      ['מפתחת מערכות ענן עם ניסיון רב', 'he'],
      ['मैंने बड़े पैमाने की वेब सेवाएँ बनाई हैं', 'hi'],
      ['มีประสบการณ์พัฒนาระบบชำระเงินออนไลน์', 'th'],
      ['Σχεδιάζω συστήματα πληρωμών', 'el'],
      ['Працюю з розподіленими системами, їжак', 'uk'],
      ['Работаю с распределёнными системами, это интересно', 'ru'],
      ['Hơn sáu năm kinh nghiệm phát triển hệ thống thanh toán trực tuyến', 'vi'],
      ['Ten years of backend work, team lead at 株式会社', undefined],
    ];
    for (const [text, lang] of cases) expect(detectScriptLang(text), text).toBe(lang);
  });

  it('is the one given, else the script\'s, else the parser\'s guess, else English', () => {
    expect(resolveLang('de', 'en', 'Hallo')).toBe('de');
    expect(resolveLang('zh', undefined, '負責設計與開發雲端服務架構')).toBe('zh-Hant');
    expect(resolveLang(undefined, 'zh', '負責設計與開發雲端服務架構')).toBe('zh-Hant');
    expect(resolveLang(undefined, 'zh', '大規模な決済システムの設計と運用')).toBe('ja');
    expect(resolveLang(undefined, 'ru', 'Працюю з розподіленими системами, їжак')).toBe('uk');
    expect(resolveLang(undefined, 'fr', 'Je travaille à Paris depuis longtemps')).toBe('fr');
    expect(resolveLang(undefined, undefined, 'Plain English text here')).toBe('en');
  });

  it('keeps C++ and C# whole inside right-to-left Markdown (a left-to-right mark after the signs)', async () => {
    const t = await theme('classic');
    const summary = 'מומחה ב-C++ וב-C#, גם a+b';
    expect(renderHtml({ basics: { name: 'A', summary } }, t, { lang: 'he', format: 'A4' }).html).toContain('C++\u200e וב-C#\u200e, גם a+b');
    expect(renderHtml({ basics: { name: 'A', summary } }, t, { lang: 'en', format: 'A4' }).html).not.toContain('\u200e');
  });

  it('sets the direction: rtl for ar, fa, he (and the CV\'s own dir wins)', async () => {
    const t = await theme('classic');
    const dirOf = (lang: string, dir?: 'ltr' | 'rtl') => /<html lang="([^"]*)" dir="([^"]*)"/.exec(renderHtml({ basics: { name: 'A' } }, t, { lang, format: 'A4', ...(dir ? { dir } : {}) }).html)!.slice(1);
    expect(dirOf('fa')).toEqual(['fa', 'rtl']);
    expect(dirOf('ar-EG')).toEqual(['ar-EG', 'rtl']);
    expect(dirOf('he')).toEqual(['he', 'rtl']);
    expect(dirOf('ur')).toEqual(['ur', 'rtl']);
    expect(dirOf('ja')).toEqual(['ja', 'ltr']);
    expect(dirOf('en', 'rtl')).toEqual(['en', 'rtl']);
    expect(resolveOptions({ meta: { dir: 'RTL' } }).dir).toBe('rtl');
    // a CV's own bad value is ignored with a warning; the same value on the command line is an error
    const warnings: Array<{ message: string }> = [];
    expect(resolveOptions({ meta: { dir: 'sideways' }, warnings: warnings as never }).dir).toBeUndefined();
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/Ignored "dir".*Invalid text direction/)]);
    expect(() => resolveOptions({ flags: { dir: 'sideways' as never } })).toThrow(/Invalid text direction/);
  });
});

describe('headings and dates in 30 languages, from one lexicon per language', () => {
  const TAGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'sk', 'ro', 'hu', 'el', 'sv', 'no', 'da', 'fi', 'tr', 'ru', 'uk', 'ja', 'ko', 'zh-Hans', 'zh-Hant', 'ar', 'he', 'fa', 'hi', 'th', 'vi'];

  it('every language prints its own headings and "Present" (English only for English)', () => {
    for (const tag of TAGS) {
      expect(findLexicon(tag).tag, tag).toBe(tag.toLowerCase());
      for (const key of ['work', 'education', 'skills', 'present'] as const) {
        expect(translateLabel(key, tag), `${tag} ${key}`).toBe(findLexicon(tag).labels[key]);
        if (tag !== 'en') expect(translateLabel(key, tag), `${tag} ${key}`).not.toBe(translateLabel(key, 'en'));
      }
      expect(formatDateRange('2019-04', undefined, tag), tag).toContain(translateLabel('present', tag));
    }
  });

  it('a rendered CV shows them', async () => {
    const t = await theme('ats');
    const html = renderHtml({ work: [{ name: 'X', position: 'Y', startDate: '2020-01' }] }, t, { lang: 'th', format: 'A4' }).html;
    expect(html).toContain(translateLabel('work', 'th'));
    expect(html).toContain(translateLabel('present', 'th'));
  });

  it('dates go through Intl in the language, in the Gregorian calendar the date is written in', () => {
    expect(formatDate('2021-03', 'fa')).toBe('مارس ۲۰۲۱');
    expect(formatDate('2021', 'fa')).toBe('۲۰۲۱');
    expect(formatDate('2021-03', 'th')).toBe('มี.ค. 2021');
    expect(formatDate('2021-03', 'ja')).toBe('2021年3月');
    expect(formatDate('2021-03', 'uk')).toBe('бер. 2021');
    expect(formatDate('2021-03', 'he')).toBe('מרץ 2021');
    // An end written "present" in any language is the word of the CV's language.
    expect(formatDateRange('2019', 'heute', 'ja')).toBe(`2019\u2009\u2013\u2009${translateLabel('present', 'ja')}`);
  });
});

describe('themes declare their fonts per script', () => {
  it('every built-in theme covers every script the issue names, from installed packages', async () => {
    for (const name of THEMES) {
      const m = (await theme(name)).manifest;
      expect(Object.keys(m.scriptFonts ?? {}).sort(), name).toEqual(['Arab', 'Deva', 'Hans', 'Hant', 'Hebr', 'Jpan', 'Kore', 'Latn', 'Thai', 'Zmth', 'Zsye', 'Zsym']);
      for (const href of Object.values(m.scriptFonts ?? {}).flat()) expect(existsSync(path.join(ROOT, 'node_modules', href)), href).toBe(true);
    }
  });

  it('a theme naming a font that is not installed, or a bad script key, fails with the file and line', async () => {
    const { mkdtempSync, writeFileSync, cpSync } = await import('node:fs');
    const os = await import('node:os');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cvpress-theme-fonts-'));
    cpSync(path.join(ROOT, 'themes/classic'), dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(path.join(dir, 'theme.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(dir, 'theme.json'), JSON.stringify({ ...manifest, scriptFonts: { Arab: ['@fontsource/not-installed-font/400.css'] } }, null, 2));
    await expect(loadTheme(dir, { themeDirs: [] })).rejects.toMatchObject({ code: 'E_THEME_INVALID', line: expect.any(Number), hint: expect.stringContaining('npm install @fontsource/not-installed-font') });
    writeFileSync(path.join(dir, 'theme.json'), JSON.stringify({ ...manifest, scriptFonts: { arabic: ['@fontsource/noto-naskh-arabic/400.css'] } }, null, 2));
    await expect(loadTheme(dir, { themeDirs: [] })).rejects.toMatchObject({ code: 'E_THEME_INVALID', message: expect.stringContaining('ISO 15924') });
  });
});
