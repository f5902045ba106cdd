// Unit tests of the theme system: every theme renders every field, escapes, translates, loads, fails clearly.
import { mkdtemp as mkdtempRaw, mkdir, readFile, writeFile, cp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Resume } from '../src/model/types.js';
import { ThemeError } from '../src/model/errors.js';
import { loadTheme } from '../src/theme/load-theme.js';
import { listThemes } from '../src/theme/list-themes.js';
import { renderHtml } from '../src/theme/render-html.js';
import { renderMarkdown } from '../src/theme/render-markdown.js';
import { readUnicodeRanges } from '../src/theme/read-unicode-ranges.js';
import { initTheme } from '../src/theme/init-theme.js';
import { formatDate } from '../src/theme/format-date.js';
import { formatDateRange } from '../src/theme/format-date-range.js';
import { translateLabel } from '../src/theme/translate-label.js';

const ROOT = path.resolve(__dirname, '..');
const TEMP_DIRS: string[] = [];
/** A temporary folder removed after the tests. */
const mkdtemp = async (prefix: string): Promise<string> => {
  const d = await mkdtempRaw(prefix);
  TEMP_DIRS.push(d);
  return d;
};
afterAll(async () => {
  await Promise.all(TEMP_DIRS.map((d) => rm(d, { recursive: true, force: true })));
});
const FIX = path.join(ROOT, 'tests/fixtures/themes');
const THEMES = ['classic', 'modern', 'compact', 'ats'];
const readJson = (f: string): Resume => JSON.parse(readFileSync(f, 'utf8')) as Resume;
const SAMPLES: Array<[string, Resume, string]> = [
  ['john-smith.json', readJson(path.join(ROOT, 'input/john-smith.json')), 'en'],
  ['ru', readJson(path.join(FIX, 'ru/resume.json')), 'ru'],
  ['zh', readJson(path.join(FIX, 'zh/resume.json')), 'zh'],
  ['short', readJson(path.join(FIX, 'short/resume.json')), 'pl'],
  ['every-field', readJson(path.join(FIX, 'every-field/resume.json')), 'en'],
  // fields the schema does not define, nested (objects, lists of objects holding lists): shown, not dropped
  ['nested-extras', readJson(path.join(FIX, 'nested-extras/resume.json')), 'en'],
];

/** The visible text of an HTML document's body: tags dropped, entities decoded, spaces collapsed. */
function bodyText(html: string): string {
  const body = html.slice(html.indexOf('<body'));
  return body
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&#x3D;/g, '=').replace(/&#x60;/g, '`').replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** Every string leaf of the model that a reader must find, in the form a theme shows it. */
function expectedStrings(resume: Resume): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key: string): void => {
    if (typeof v === 'string') {
      if (/date$/i.test(key) || key === 'image' || key === '$schema' || key === 'order') return;
      let s = v.replace(/\*\*|__|`/g, '').replace(/\s+/g, ' ').trim();
      if (/url$/i.test(key)) s = s.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');
      if (s) out.push(s);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'meta') walk(x, k);
  };
  walk(resume, '');
  return out;
}

describe('every theme renders every field of every sample', () => {
  for (const name of THEMES) {
    for (const [sample, resume, lang] of SAMPLES) {
      it(`${name} × ${sample}`, async () => {
        const theme = await loadTheme(name, { themeDirs: [] });
        const { html } = renderHtml(resume, theme, { lang, format: 'A4' });
        expect(html).toMatch(/^<!doctype html>/i);
        expect(html).toContain('<meta charset="utf-8">');
        expect(html).toContain(`<html lang="${lang}"`);
        const text = bodyText(html);
        const words = new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
        const missing = expectedStrings(resume).filter((s) => !text.includes(s) && !(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).every((w) => words.has(w)));
        expect(missing).toEqual([]);
      });
    }
  }
});

describe('entry extras', () => {
  it("prints an entry's unknown fields but not a page builder's identifiers and colours", async () => {
    const theme = await loadTheme('classic', { themeDirs: [] });
    const job = { name: 'Startups', position: 'Web Developer', startDate: '2014', id: 'ljfmw9xe', bg_color: '#eef5fa', team: 'Platform' };
    const { html } = renderHtml({ basics: { name: 'A' }, work: [job] } as Resume, theme, { lang: 'en', format: 'A4' });
    expect(html).toContain('Platform');
    expect(html).not.toContain('ljfmw9xe');
    expect(html).not.toContain('#eef5fa');
  });
});

describe('asset references', () => {
  it('only /theme/, /fonts/ and /cv/ are requested by the document', async () => {
    for (const name of THEMES) {
      const theme = await loadTheme(name, { themeDirs: [] });
      const resume: Resume = { ...SAMPLES[0]![1], basics: { ...SAMPLES[0]![1].basics, image: 'photo.jpg' } };
      const { html } = renderHtml(resume, theme, { lang: 'en', format: 'A4' });
      const refs = [...html.matchAll(/<(?:link|img|script|iframe)\b[^>]*?(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
      expect(refs.length).toBeGreaterThan(1);
      for (const r of refs) expect(r).toMatch(/^\/(theme|fonts|cv)\//);
      expect(refs, name).toContain('/cv/photo.jpg');
      for (const f of refs.filter((r) => r.startsWith('/fonts/'))) {
        const file = path.join(ROOT, 'node_modules', f.slice('/fonts/'.length));
        expect(readFileSync(file, 'utf8')).toContain('@font-face');
      }
      expect(html).not.toMatch(/url\((?!\.\/files)[^)]*\)/);
    }
  });

  it('drops remote photos and photos outside the CV folder with a warning', async () => {
    const theme = await loadTheme('classic', { themeDirs: [] });
    for (const image of ['https://example.com/me.jpg', '../../etc/photo.png']) {
      const { html, warnings } = renderHtml({ basics: { name: 'A', image } }, theme, { lang: 'en', format: 'A4' });
      expect(html).not.toContain('<img');
      expect(warnings.length).toBe(1);
    }
  });
});

describe('fallback fonts', () => {
  it('reads the code points a font stylesheet covers from its unicode-range descriptors', () => {
    const css = '@font-face { font-family: A; unicode-range: U+0041-005A, U+0061; }\n@font-face { font-family: A; unicode-range: U+0050-0060,U+4E??; }';
    expect(readUnicodeRanges(css)).toEqual([[0x41, 0x61], [0x4e00, 0x4eff]]);
    expect(readUnicodeRanges('@font-face { font-family: A; src: url(a.woff2); }')).toBeUndefined();
  });

  it('links the Simplified Chinese script fonts only when the page shows characters the main fonts lack', async () => {
    for (const name of THEMES) {
      const theme = await loadTheme(name, { themeDirs: [] });
      const hans = theme.manifest.scriptFonts?.Hans ?? [];
      expect(hans.length, name).toBeGreaterThan(0);
      const linked = (html: string): string[] => hans.filter((f) => html.includes(`/fonts/${f}`));
      for (const [sample, resume, lang] of SAMPLES) {
        const html = renderHtml(resume, theme, { lang, format: 'A4' }).html;
        expect(linked(html), `${name} ${sample}`).toEqual(sample === 'zh' ? hans : []);
        // the main fonts are always linked
        for (const f of theme.manifest.fonts ?? []) expect(html).toContain(`/fonts/${f}`);
      }
    }
  });
});

describe('escaping', () => {
  const evil = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
  const resume: Resume = {
    basics: { name: `Eve ${evil}`, label: evil, email: `e@x.com"${evil}`, summary: `Hi ${evil} <iframe src="https://evil"></iframe>`, location: { city: evil } },
    work: [{ name: evil, position: '</style><script>x()</script>', highlights: [`**bold** ${evil}`], summary: '[click](javascript:alert(3))' }],
    skills: [{ name: evil, keywords: [evil] }],
    sections: [{ title: evil, markdown: `text ${evil}` }],
  };
  for (const name of THEMES) {
    it(`${name}: CV strings cannot inject markup, script or CSS`, async () => {
      const theme = await loadTheme(name, { themeDirs: [] });
      const { html } = renderHtml(resume, theme, { lang: 'en', format: 'A4' });
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<iframe/i);
      expect(html).not.toMatch(/<img[^>]*onerror/i);
      expect(html).not.toMatch(/href="javascript:/i);
      expect(html).toContain('&lt;script&gt;');
      // The footer name lives in a CSS string: `</style>` cannot close the style element early.
      expect(html.match(/<\/style>/g)?.length).toBe(2);
      expect(html).toContain('<strong>bold</strong>');
    });
  }
});

describe('a list the CV gives under several headings', () => {
  const resume: Resume = {
    work: [
      { name: 'Flutterwave', position: 'Data Analyst', startDate: '2021' },
      { name: 'Paystack', position: 'Intern', endDate: '2020' },
      { name: 'University of Lagos', position: 'Teaching Assistant', startDate: '2019', endDate: '2020' },
    ],
    education: [{ institution: 'University of Ibadan', studyType: 'B.Sc. Statistics' }],
    meta: {
      sectionTitles: { work: 'Professional Experience / Teaching Experience', education: 'Studies' },
      sectionOrder: ['work', 'education'],
      sectionParts: [
        { key: 'work', title: 'Professional Experience', from: 0, after: '' },
        { key: 'work', title: 'Teaching Experience', from: 2, after: 'education' },
      ],
    },
  };
  const at = (text: string, w: string): number => {
    const i = text.indexOf(w);
    expect(i, w).toBeGreaterThanOrEqual(0);
    return i;
  };
  for (const name of THEMES) {
    it(`${name}: each part under its own heading, where the CV has it`, async () => {
      const text = bodyText(renderHtml(resume, await loadTheme(name, { themeDirs: [] }), { lang: 'en', format: 'A4' }).html);
      expect(text).not.toContain('Professional Experience / Teaching Experience');
      const order = ['Professional Experience', 'Flutterwave', 'Paystack', 'University of Ibadan', 'Teaching Experience', 'Teaching Assistant'].map((w) => at(text, w));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    });
  }
  it('parts a JSON file gives wrong (an index past the list, not a number) are ignored: one section with every entry', async () => {
    const bad: Resume = { ...resume, meta: { sectionTitles: { work: 'Jobs' }, sectionParts: [{ key: 'work', title: 'A', from: 0, after: '' }, { key: 'work', title: 'B', from: 9, after: '' }, { key: 'work', title: 'C', from: '1' as unknown as number, after: '' }] } };
    const text = bodyText(renderHtml(bad, await loadTheme('classic', { themeDirs: [] }), { lang: 'en', format: 'A4' }).html);
    for (const w of ['Jobs', 'Flutterwave', 'Paystack', 'Teaching Assistant']) at(text, w);
    for (const w of [' A ', ' B ', ' C ']) expect(text).not.toContain(w);
  });
});

describe('translations and dates', () => {
  it('section headings are translated for en, de, fr, es, pt, pl (and ru, zh, it, nl)', async () => {
    const theme = await loadTheme('ats', { themeDirs: [] });
    const resume: Resume = { work: [{ name: 'X', position: 'Y', startDate: '2020-01' }], education: [{ institution: 'U' }], skills: [{ name: 'S' }] };
    const expected: Record<string, string[]> = {
      en: ['Work Experience', 'Education', 'Skills', 'Present'],
      de: ['Berufserfahrung', 'Ausbildung', 'Kenntnisse', 'heute'],
      fr: ['Expérience professionnelle', 'Formation', 'Compétences', "aujourd'hui"],
      es: ['Experiencia laboral', 'Formación', 'Habilidades', 'actualidad'],
      pt: ['Experiência profissional', 'Formação acadêmica', 'Competências', 'atual'],
      'pt-BR': ['Experiência profissional', 'Formação acadêmica'],
      pl: ['Doświadczenie zawodowe', 'Wykształcenie', 'Umiejętności', 'obecnie'],
      ru: ['Опыт работы', 'Образование', 'Навыки'],
      zh: ['工作经历', '教育背景', '专业技能', '至今'],
      it: ['Esperienza lavorativa', 'Istruzione'],
      nl: ['Werkervaring', 'Opleiding'],
    };
    for (const [lang, words] of Object.entries(expected)) {
      const text = bodyText(renderHtml(resume, theme, { lang, format: 'A4' }).html);
      for (const w of words) expect(text, lang).toContain(w);
    }
    // One lexicon per language; European Portuguese takes the Portuguese lexicon's regionLabels.
    expect(translateLabel('education', 'pt-PT')).toBe('Formação académica');
    expect(translateLabel('work', 'pt-PT')).toBe(translateLabel('work', 'pt'));
    expect(translateLabel('work', 'xx')).toBe('Work Experience');
  });

  it('dates are formatted with Intl for the language', () => {
    expect(formatDate('2021-03', 'en')).toBe('Mar 2021');
    expect(formatDate('2021-03', 'de')).toBe('März 2021');
    expect(formatDate('2021-03', 'fr')).toBe('mars 2021');
    expect(formatDate('2021-03', 'pl')).toBe('mar 2021');
    expect(formatDate('2021-03', 'zh')).toBe('2021年3月');
    expect(formatDate('2021-03', 'ru')).toBe('март 2021');
    expect(formatDate('2021-03-05', 'en')).toBe('Mar 5, 2021');
    expect(formatDate('2021', 'de')).toBe('2021');
    expect(formatDate('summer 2019', 'en')).toBe('summer 2019');
    expect(formatDate('2021-03', 'not a language!')).toBe('Mar 2021');
  });

  it('ranges use an en dash and a translated Present', () => {
    expect(formatDateRange('2019', '2021', 'en')).toBe('2019\u20132021');
    expect(formatDateRange('2019-04', '2021-01', 'en')).toBe('Apr 2019\u2009\u2013\u2009Jan 2021');
    expect(formatDateRange('2019-04', undefined, 'de')).toBe('Apr. 2019\u2009\u2013\u2009heute');
    expect(formatDateRange('2019-04', 'present', 'fr')).toBe("avr. 2019\u2009\u2013\u2009aujourd'hui");
    expect(formatDateRange(undefined, '2012', 'en')).toBe('2012');
    expect(formatDateRange('2012', '2012', 'en')).toBe('2012');
    expect(formatDateRange(undefined, undefined, 'en')).toBe('');
  });
});

describe('markdown', () => {
  it('renders Markdown through the sanitizer, inline or as blocks', () => {
    expect(renderMarkdown('**a** and https://example.com', { inline: true }).html).toBe('<strong>a</strong> and <a href="https://example.com">https://example.com</a>');
    expect(renderMarkdown('para\n\n- x\n- y').html).toMatch(/<p>para<\/p>\s*<ul>\s*<li>x<\/li>/);
    const r = renderMarkdown('<script>alert(1)</script><img src="https://evil/x.png"> ok');
    expect(r.html).not.toContain('script');
    expect(r.html).not.toContain('evil');
    expect(r.warnings.length).toBeGreaterThan(0);
  });
});

describe('density', () => {
  it('interpolates the manifest fit bounds', async () => {
    const theme = await loadTheme('compact', { themeDirs: [] });
    const fit = theme.manifest.fit!;
    const at = (density: number): string => renderHtml({ basics: { name: 'A' } }, theme, { lang: 'en', format: 'A4', density }).html;
    expect(at(0)).toContain(`--cv-font-size: ${fit.fontSize[0]}pt`);
    expect(at(1)).toContain(`--cv-font-size: ${fit.fontSize[1]}pt`);
    expect(at(1)).toContain(`--cv-line-height: ${fit.lineHeight[1]}`);
    const half = (fit.fontSize[0] + fit.fontSize[1]) / 2;
    expect(at(0.5)).toContain(`--cv-font-size: ${Math.round(half * 1000) / 1000}pt`);
  });

  it('the footer can be turned off by the manifest', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cvpress-theme-'));
    const t = await initTheme('nofooter', { dir });
    const m = JSON.parse(await readFile(path.join(t, 'theme.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(path.join(t, 'theme.json'), JSON.stringify({ ...m, footer: false }));
    const off = renderHtml({ basics: { name: 'A' } }, await loadTheme(t, { themeDirs: [] }), { lang: 'en', format: 'A4' }).html;
    const on = renderHtml({ basics: { name: 'A' } }, await loadTheme('classic', { themeDirs: [] }), { lang: 'en', format: 'A4' }).html;
    expect(on).toContain('counter(pages)');
    expect(off).not.toContain('counter(pages)');
  });
});

describe('loading themes', () => {
  it('lists the four built-in themes with descriptions', async () => {
    const list = await listThemes({ themeDirs: [] });
    expect(list.map((t) => t.name)).toEqual(expect.arrayContaining(THEMES));
    for (const t of list) expect(t.description.length).toBeGreaterThan(10);
    expect(list.some((t) => t.name.startsWith('_'))).toBe(false);
  });

  it('an unknown theme fails with E_THEME_UNKNOWN listing the available themes', async () => {
    const err = await loadTheme('fancy', { themeDirs: [] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ThemeError);
    expect((err as ThemeError).code).toBe('E_THEME_UNKNOWN');
    for (const t of THEMES) expect((err as Error).message).toContain(t);
  });

  it('names are matched case-insensitively; the shared base is not a theme', async () => {
    expect((await loadTheme('Modern', { themeDirs: [] })).name).toBe('modern');
    await expect(loadTheme('_base', { themeDirs: [] })).rejects.toMatchObject({ code: 'E_THEME_UNKNOWN' });
  });

  it('a missing theme folder path fails with E_THEME_UNKNOWN', async () => {
    const err = await loadTheme('./no/such/theme', { themeDirs: [], cwd: os.tmpdir() }).catch((e: unknown) => e);
    expect((err as ThemeError).code).toBe('E_THEME_UNKNOWN');
  });

  it('a malformed theme.json fails with E_THEME_INVALID naming the file and line', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cvpress-theme-'));
    await mkdir(path.join(dir, 'broken'));
    await writeFile(path.join(dir, 'broken', 'theme.json'), '{\n  "name": "broken",\n  "description": "x"\n  "layout": "layout.hbs"\n}\n');
    const err = (await loadTheme('broken', { themeDirs: [dir] }).catch((e: unknown) => e)) as ThemeError;
    expect(err).toBeInstanceOf(ThemeError);
    expect(err.code).toBe('E_THEME_INVALID');
    expect(err.file).toBe(path.join(dir, 'broken', 'theme.json'));
    expect(err.line).toBe(4);
    expect(err.message).toContain('theme.json:4');
  });

  it('a wrong manifest field names its line', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cvpress-theme-'));
    await cp(path.join(ROOT, 'themes/classic'), path.join(dir, 'x'), { recursive: true });
    const m = JSON.parse(await readFile(path.join(dir, 'x/theme.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(path.join(dir, 'x/theme.json'), JSON.stringify({ ...m, fit: { fontSize: [10, 12], lineHeight: [1.3, 1.2], spacing: [1, 0.5] } }, null, 2));
    const err = (await loadTheme(path.join(dir, 'x'), { themeDirs: [] }).catch((e: unknown) => e)) as ThemeError;
    expect(err.code).toBe('E_THEME_INVALID');
    expect(err.line).toBeGreaterThan(1);
    expect(err.message).toContain('"fit"');
  });

  it('a template syntax error names the template file and line', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cvpress-theme-'));
    const t = await initTheme('bad', { dir });
    await writeFile(path.join(t, 'layout.hbs'), '<html>\n<body>\n{{#each main}}\n{{/if}}\n</body>\n');
    const err = (await loadTheme(t, { themeDirs: [] }).catch((e: unknown) => e)) as ThemeError;
    expect(err.code).toBe('E_THEME_INVALID');
    expect(err.file).toBe(path.join(t, 'layout.hbs'));
    expect(err.line).toBeGreaterThanOrEqual(3);
  });

  it('theme dirs are searched before the built-in themes', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cvpress-theme-'));
    const t = await initTheme('classic', { dir, from: 'modern' });
    const theme = await loadTheme('classic', { themeDirs: [dir] });
    expect(theme.dir).toBe(t);
    expect((await listThemes({ themeDirs: [dir] })).find((x) => x.name === 'classic')?.dir).toBe(t);
  });
});

describe('initTheme', () => {
  it('copies a built-in theme into a working, loadable custom theme', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cvpress-theme-'));
    for (const from of [undefined, ...THEMES]) {
      const name = `mine-${from ?? 'default'}`;
      const t = await initTheme(name, { dir, ...(from ? { from } : {}) });
      expect(t).toBe(path.join(dir, name));
      const theme = await loadTheme(t, { themeDirs: [] });
      expect(theme.name).toBe(name);
      const { html } = renderHtml(SAMPLES[0]![1], theme, { lang: 'en', format: 'Letter' });
      expect(bodyText(html)).toContain('Northwind Freight');
    }
  });

  it('refuses an existing folder, a bad name and an unknown source theme', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cvpress-theme-'));
    await initTheme('a', { dir });
    await expect(initTheme('a', { dir })).rejects.toMatchObject({ code: 'E_THEME_EXISTS' });
    await expect(initTheme('../evil', { dir })).rejects.toMatchObject({ code: 'E_THEME_NAME' });
    await expect(initTheme('b', { dir, from: 'nope' })).rejects.toMatchObject({ code: 'E_THEME_UNKNOWN' });
  });
});

describe('generic and extra content', () => {
  it('generic sections keep their order and unknown fields are shown', async () => {
    const theme = await loadTheme('classic', { themeDirs: [] });
    const resume: Resume = {
      basics: { name: 'A', nationality: 'Irish' },
      work: [{ name: 'Co', position: 'Dev', employmentType: 'Part-time', team: ['Core', 'Infra'] }],
      sections: [{ title: 'Second', markdown: 'two', order: 2 }, { title: 'First', items: ['one'], order: 1 }],
      hobbiesText: 'Chess',
    };
    const text = bodyText(renderHtml(resume, theme, { lang: 'en', format: 'A4' }).html);
    expect(text.indexOf('First')).toBeLessThan(text.indexOf('Second'));
    for (const s of ['Irish', 'Employment type', 'Part-time', 'Core, Infra', 'Chess']) expect(text).toContain(s);
  });
});

describe('what the parser kept from a Markdown CV', () => {
  const resume: Resume = {
    basics: { name: 'Ana', email: 'ana@example.com' },
    skills: [
      { name: 'Computer skills', keywords: ['expert in Python programming (including async)', 'building highly available (HA) and fault-tolerant back-ends, with tests'] },
      { name: 'Tools', keywords: ['Git', 'Docker'] },
    ],
    work: [
      { name: 'Hi Auto', position: 'Developer', startDate: '2024-03', dateText: '2024.03 - onward' },
      { name: 'Yelp', position: 'Engineer', startDate: '2013-10', endDate: '2016-07', dateText: 'Oct 2013 to Jul 2016' },
    ],
    education: [{ institution: 'UCL', courses: ['*Thesis* on trust'] }],
    interests: [{ name: 'sailing' }, { name: 'history' }],
    meta: { documentTitle: 'Curriculum Vitae', sectionTitles: { contact: 'Contact', skills: 'Skills & tools', work: 'Professional History', education: 'Studies' } },
  };

  it("keeps the CV's own headings, document title and section order; ats shows the standard name first", async () => {
    const classic = bodyText(renderHtml(resume, await loadTheme('classic', { themeDirs: [] }), { lang: 'en', format: 'A4' }).html);
    for (const s of ['Curriculum Vitae', 'Contact:', 'Skills & tools', 'Professional History', 'Studies']) expect(classic).toContain(s);
    expect(classic.indexOf('Skills & tools')).toBeLessThan(classic.indexOf('Professional History'));
    expect(classic.indexOf('Professional History')).toBeLessThan(classic.indexOf('Studies'));
    const ats = bodyText(renderHtml(resume, await loadTheme('ats', { themeDirs: [] }), { lang: 'en', format: 'A4' }).html);
    expect(ats).toMatch(/Work Experience\s+Professional History/);
    expect(ats).toContain('Curriculum Vitae');
  });

  it('places a section that had no heading of its own (jobs found without a "Work" heading) where the source had it', async () => {
    const unheaded = { ...resume, meta: { sectionTitles: { education: 'Studies', skills: 'Skills & tools' }, sectionOrder: ['work', 'education', 'skills'] } };
    const text = bodyText(renderHtml(unheaded, await loadTheme('classic', { themeDirs: [] }), { lang: 'en', format: 'A4' }).html);
    expect(text.indexOf('Hi Auto')).toBeGreaterThan(0);
    expect(text.indexOf('Hi Auto')).toBeLessThan(text.indexOf('Studies'));
    expect(text.indexOf('Studies')).toBeLessThan(text.indexOf('Skills & tools'));
  });

  it('formats dates with Intl unless that would lose the words of the original wording', async () => {
    const text = bodyText(renderHtml(resume, await loadTheme('classic', { themeDirs: [] }), { lang: 'en', format: 'A4' }).html);
    expect(text).toContain('2024.03 \u2013 onward');
    expect(text).toContain('Oct 2013 \u2013 Jul 2016');
    expect(text).not.toContain('Date text');
  });

  it('long skill phrases become a list and leave the sidebar; Markdown in courses is rendered', async () => {
    const modern = await loadTheme('modern', { themeDirs: [] });
    const html = renderHtml(resume, modern, { lang: 'en', format: 'A4' }).html;
    const aside = html.slice(html.indexOf('<aside'), html.indexOf('</aside>'));
    expect(aside).not.toContain('Computer skills');
    expect(aside).toContain('sailing');
    expect(html).toContain('<ul class="skill-list"><li>expert in Python programming (including async)</li>');
    expect(html).toContain('<em>Thesis</em> on trust');
    expect(html).toContain('class="interests inline-list"');
  });
});

describe('robustness', () => {
  it('renders any JSON-shaped model without throwing and without live markup from it', async () => {
    const fc = await import('fast-check');
    const themes = await Promise.all(THEMES.map((n) => loadTheme(n, { themeDirs: [] })));
    const text = fc.oneof(fc.string(), fc.constantFrom('<script>x()</script>', '<img src=x onerror=y>', '2021-13', '2021-02', 'javascript:alert(1)', '</style>'));
    const value = fc.letrec((tie) => ({
      v: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.constant(null), fc.boolean(), fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('name', 'title', 'summary', 'highlights', 'startDate', 'keywords', 'url', 'x'), tie('v'), { maxKeys: 4 })),
    })).v;
    const model = fc.dictionary(fc.constantFrom('basics', 'work', 'education', 'skills', 'sections', 'languages', 'meta', 'projects', 'references', 'other'), value, { maxKeys: 6 });
    fc.assert(
      fc.property(model, fc.integer({ min: 0, max: 3 }), (resume, i) => {
        const { html } = renderHtml(resume as Resume, themes[i]!, { lang: 'en', format: 'A4' });
        expect(html).not.toMatch(/<script|<[^>]*\bonerror=|href="javascript:/i);
        expect(html.match(/<\/style>/g)?.length).toBe(2);
      }),
      { numRuns: 150 },
    );
  });
});

describe('modern layout', () => {
  it('drops the sidebar column when there is nothing to put in it', async () => {
    const modern = await loadTheme('modern', { themeDirs: [] });
    expect(renderHtml({ basics: { name: 'A' }, work: [{ name: 'X' }] }, modern, { lang: 'en', format: 'A4' }).html).not.toContain('<aside');
    const both = renderHtml({ basics: { name: 'A', email: 'a@b.example' }, skills: [{ name: 'Go' }] }, modern, { lang: 'en', format: 'A4' }).html;
    expect(both.slice(both.indexOf('<aside'))).toContain('Go');
  });
});

describe('theme folder boundaries', () => {
  it('a layout, partials folder or style outside the theme folder is refused with its line', async () => {
    for (const [key, value] of [['layout', '../classic/layout.hbs'], ['partials', '../x'], ['styles', ['../../etc/passwd']], ['layout', 'missing.hbs']] as const) {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'cvpress-theme-'));
      const t = await initTheme('t', { dir });
      const m = JSON.parse(await readFile(path.join(t, 'theme.json'), 'utf8')) as Record<string, unknown>;
      await writeFile(path.join(t, 'theme.json'), JSON.stringify({ ...m, [key]: value }, null, 2));
      const err = (await loadTheme(t, { themeDirs: [] }).catch((e: unknown) => e)) as ThemeError;
      expect(err.code, `${key}=${String(value)}`).toBe('E_THEME_INVALID');
      expect(err.line, `${key}=${String(value)}`).toBeGreaterThan(1);
    }
  });
});

describe('headings inside CV Markdown', () => {
  it('are demoted below the section and entry levels', async () => {
    const html = renderHtml({ sections: [{ title: 'Notes', markdown: '# Big\n\ntext\n\n## Smaller' }] }, await loadTheme('classic', { themeDirs: [] }), { lang: 'en', format: 'A4' }).html;
    expect(html).toContain('<h4>Big</h4>');
    expect(html).toContain('<h5>Smaller</h5>');
    expect(html).not.toMatch(/<h1>Big/);
  });
});

describe('the address line', () => {
  it('prints a city the address already holds once, in every theme', async () => {
    const resume: Resume = { basics: { name: 'Viktor Hahn', location: { address: 'Struthweg 16, 57578 Elkenroth', city: 'Elkenroth' } } };
    for (const name of THEMES) {
      const theme = await loadTheme(name, { themeDirs: [] });
      const text = bodyText(renderHtml(resume, theme, { lang: 'de', format: 'A4' }).html);
      expect(text.split('Elkenroth').length - 1, name).toBe(1);
    }
  });
});
