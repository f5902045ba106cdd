// Every fixture CV under tests/fixtures/parse/<case>/input.md parses into (at least) its expected.json, losing no word; known parser bugs are listed below.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { findLostWords } from '../src/parse/find-lost-words.js';
import { blankFieldLabels } from '../src/parse/markdown/blank-field-labels.js';
import { blankPageFurniture } from '../src/parse/markdown/blank-page-furniture.js';
import { dropShortcodes } from '../src/parse/markdown/drop-shortcodes.js';
import { findComponentBlocks } from '../src/parse/markdown/find-component-blocks.js';
import { unglueFieldLabels } from '../src/parse/markdown/unglue-field-labels.js';
import { findFrontMatter } from '../src/parse/markdown/find-front-matter.js';
import { findEmbeddedDataBlocks } from '../src/parse/markdown/find-embedded-data-blocks.js';
import { readMetadataHeader } from '../src/parse/markdown/read-metadata-header.js';
import { readKirbyFields } from '../src/parse/markdown/read-kirby-fields.js';
import { readMarkdownSource } from '../src/parse/markdown/read-markdown-source.js';
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { parseMarkdown } from '../src/parse/parse-markdown.js';
import { matchExpected, matchWarnings, modelStrings } from './fixtures/parse/match-expected.js';

const DIR = path.resolve(__dirname, 'fixtures/parse');
const cases = readdirSync(DIR).filter((d) => existsSync(path.join(DIR, d, 'input.md'))).sort();

/** Parser bugs the known failures below come from (reported to the lead; each has a small case in tests/fixtures/parse-passes). */
const BUG = {
  label: 'no pass reads the headline under the name (basics.label)',
  place: 'an unlabelled place in the contact line ("📍 Kraków, Poland ·", "| Berlin, Germany", "San Francisco, CA ·") is not read as basics.location',
  cjkSpaces: 'space-separated CJK head parts ("复旦大学 统计学 本科") are not split into school, field and degree',
  labelRun: '"手机：138… | 邮箱：… | 城市：上海": 城市 is no place label, and the place 上海 reaches no field (a lost-words warning)',
  highlights: 'a list after a paragraph becomes a Markdown summary instead of highlights',
  defSkills: 'definition-list skill groups ("Backend" / ": Java, Kotlin") are not read as groups; only a term that is a field label somewhere ("Data") is joined into "Data: …" and read',
  links: 'a LinkedIn link becomes basics.url although the line has a personal site; a bare github.com/user is no profile',
  orgRoles: 'a second bold role line under an organisation heading starts no entry (it lands in the first role\'s summary)',
  campus: '"University of California, Berkeley" is cut into the institution and a place (debatable: the campus is part of the name)',
  colonProject: '"**Pomace**: CLI for juice metrics": a colon after the bold name separates nothing',
  reversed: '"2021 – 2019" is read as the single date 2021 (no range, so no reversed-date warning)',
  unreadableDate: 'an unreadable date line ("Q3/19 – Q1/21") gives no warning (the line joins the summary)',
} as const;

/**
 * Cases the parser still reads wrongly: the bugs, and the expected fields that do not match yet. A listed case must
 * still fail, and only on these fields (a new mismatch fails the test): when it passes, take it off this list.
 * `lostWords`: the words the model still loses; `warnings`: the warnings still differ from the expected ones.
 */
const KNOWN_FAILURES: Readonly<Record<string, { bugs: ReadonlyArray<keyof typeof BUG>; fields: readonly string[]; lostWords?: readonly string[]; warnings?: true }>> = {
  'chinese-table-labelled-header': { bugs: ['labelRun', 'cjkSpaces'], lostWords: ['上', '海'], warnings: true, fields: ['/basics/location', '/education/0/studyType', '/education/0/area'] },
  'definition-lists': { bugs: ['defSkills'], fields: ['/skills/0/name', '/skills/0/keywords', '/skills/0/keywords/0', '/skills/0/keywords/1', '/skills/0/keywords/2'] },
  'french-pipe-lines': { bugs: ['label'], fields: ['/basics/label'] },
  german: { bugs: ['label'], fields: ['/basics/label'] },
  'german-date-first-lists': { bugs: ['label', 'place'], fields: ['/basics/label', '/basics/location'] },
  'icons-italic-lines': { bugs: ['label', 'place'], fields: ['/basics/label', '/basics/location'] },
  'no-heading-name-profiles': { bugs: ['label', 'links'], fields: ['/basics/label', '/basics/url', '/basics/profiles', '/basics/profiles/0/network', '/basics/profiles/1'] },
  'org-heading-multiple-roles': {
    bugs: ['label', 'place', 'orgRoles', 'campus', 'colonProject'],
    fields: ['/basics/label', '/basics/location', '/work', '/work/0/highlights', '/work/1/position', '/work/1/name', '/work/1/startDate', '/work/1/endDate', '/work/2', '/education/0/institution', '/projects/1/description'],
  },
  'reversed-overlapping-dates': { bugs: ['reversed'], fields: ['/work/0/startDate', '/work/0/endDate'], warnings: true },
  'tidy-english-headings': { bugs: ['label', 'highlights'], fields: ['/basics/label', '/work/0/highlights'] },
  'unreadable-dates': { bugs: ['unreadableDate'], fields: [], warnings: true },
};

/** The model paths a list of matchExpected messages names. */
const pathsOf = (messages: readonly string[]): string[] => [...new Set(messages.map((m) => m.slice(0, m.indexOf(': '))))];

/** The lines of R chunks ("```{r …}" … "```") that hold a `tribble(` call, are never shown (`include=FALSE`) or that the source reader rewrote (`taken`, its lines). */
function vitaeChunkLines(lines: readonly string[], taken: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*```+\s*\{r\b/.test(lines[i]!)) continue;
    let close = i + 1;
    while (close < lines.length && !/^\s*```/.test(lines[close]!)) close++;
    // (hidden, a table of vitae, or a chunk the reader rewrote: its opening fence is no longer there)
    if (/\binclude\s*=\s*F(?:ALSE)?\b/.test(lines[i]!) || lines.slice(i, close).some((l) => l.includes('tribble(')) || taken[i] !== lines[i]) for (let k = i; k <= close; k++) out.add(k);
    i = close;
  }
  return out;
}

describe('Markdown fixtures (tests/fixtures/parse)', () => {
  it('has at least 25 cases, and every known failure names one of them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    for (const k of Object.keys(KNOWN_FAILURES)) expect(cases, `KNOWN_FAILURES.${k}`).toContain(k);
  });
  for (const c of cases) {
    const known = KNOWN_FAILURES[c];
    describe(known ? `${c} (known failure: ${known.bugs.map((b) => BUG[b]).join('; ')})` : c, () => {
      const written = readFileSync(path.join(DIR, c, 'input.md'), 'utf8');
      const expected = JSON.parse(readFileSync(path.join(DIR, c, 'expected.json'), 'utf8')) as Record<string, unknown>;
      const result = parseMarkdown(written, { file: `${c}/input.md` });

      it('holds every expected field', () => {
        const misses = matchExpected(result.resume, expected);
        if (!known || known.fields.length === 0) {
          expect(misses).toEqual([]);
          return;
        }
        expect(misses.length, `${c} now holds every expected field: take it off KNOWN_FAILURES`).toBeGreaterThan(0);
        const unexpected = pathsOf(misses).filter((p) => !known.fields.includes(p));
        expect(unexpected, `${c}: fields that no longer match (not in KNOWN_FAILURES): ${misses.join(' | ')}`).toEqual([]);
      });

      it('warns as expected', () => {
        const want = expected.warnings as string[] | undefined;
        if (want === undefined) return;
        const misses = want.length === 0 ? result.warnings.map((w) => `unexpected warning: ${w.message}`) : matchWarnings(result.warnings, want);
        if (known?.warnings) expect(misses, `${c} now warns as expected: drop "warnings" from KNOWN_FAILURES`).not.toEqual([]);
        else expect(misses).toEqual([]);
      });

      it('keeps every source word in the model', () => {
        // field labels of the body ("Tehtävänimike: …", "| Nimi | …") are layout, as the parser's own check counts them
        const lang = String((result.resume.meta as Record<string, unknown> | undefined)?.detectedLang ?? 'en');
        // (a Kirby content file's short fields the parser read as front matter are checked as one; its long fields are the
        // body, their keys blanked, a blocks field's items as the Markdown they show)
        const kirbyBody = written.split('\n');
        const kirby = readKirbyFields(written.split('\n'), kirbyBody);
        // (so is a Pelican metadata header, where the file is no Kirby content file)
        const header = kirby ? undefined : readMetadataHeader(written.split('\n'), written.split('\n'));
        const asFront = (data: Record<string, unknown> | undefined): string => `---\n${Object.entries(data ?? {}).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---\n`;
        const text = header ? `${asFront(header.data)}${written.split('\n').slice(header.endLine).join('\n')}` : kirby ? `${asFront(kirby.data)}${kirbyBody.join('\n')}` : written;
        // (a fenced YAML block the parser read as the CV's front matter, at the top or below headings, is checked as one)
        const lines = text.split('\n');
        const span = findFrontMatter(text, lines);
        const fenced = span?.fenced ? span : undefined;
        const fm = fenced ? '' : (/^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)?.[0] ?? '');
        // (front matter written as a JSON object is checked as the YAML it is read as: its keys are no words)
        const fmBody = fm.replace(/^---\r?\n/, '').replace(/\r?\n---[ \t]*(?:\r?\n)?$/, '');
        const head = fenced ? `---\n${lines.slice(fenced.open + 1, fenced.close).join('\n')}\n---\n` : /^\s*\{/.test(fmBody) ? `---\n${stringify(parse(fmBody))}---\n` : fm;
        const rest = fenced ? [...lines.slice(0, fenced.open), ...lines.slice(fenced.close + 1)].join('\n') : text.slice(fm.length);
        // (page footers of a PDF export and back-to-top links are page furniture, blanked as the parser blanks them; labels
        // glued to their values are read apart, as the parser reads them)
        // (so is a code block of JSON or YAML the parser read as the CV's data: its lines leave the body, its values are checked)
        const restLines = rest.split('\n');
        const taken = readMarkdownSource(rest).body.split('\n');
        // (and Nuxt components whose YAML props the parser read as the CV's data: only their props are checked)
        const components = findComponentBlocks(restLines, 0).filter((b) => taken[b.open] === '').map((b) => ({ open: b.yamlOpen, close: b.yamlClose, from: b.open, to: b.close }));
        const data = [...findEmbeddedDataBlocks(restLines, 0).filter((b) => taken[b.open] === '' && taken[b.close] === '' && restLines[b.open]!.trim() !== '').map((b) => ({ ...b, from: b.open, to: b.close })), ...components];
        // (a line with a template tag, a Kirby tag, a theme's icon shortcode (":(fas fa-trophy):"), a pandoc span ("[Role]{style=…}") or a link's attributes ("[Insee](…){target=…}") is checked as the source reader leaves it: tags blanked or made links, a
        // tag's fields made a head line, which tests/fixtures/parse-source checks)
        // (so is an R chunk of vitae's entries: its rows made list items, its code blanked; and a line with a LaTeX command, "\hfill\mdseries", rewritten)
        const vitae = rest.includes('```{r') ? vitaeChunkLines(restLines, taken) : new Set<number>();
        const body = restLines.map((l, i) => (data.some((b) => i >= b.from && i <= b.to) ? '' : vitae.has(i) || /\{\{|\{%|[\])]\{|\((?:link|email|tel|file|image):|:\(fa|\\[a-z]{2,}/.test(l) ? (taken[i] ?? l) : l));
        const dataYaml = data.map((b) => stringify(parse(restLines.slice(b.open + 1, b.close).join('\n')))).join('');
        blankPageFurniture(body, new Uint8Array(body.length));
        unglueFieldLabels(body, new Uint8Array(body.length));
        // (checked as one front matter: the page's own keys and the block's, as the parser reads them)
        const front = dataYaml ? (head ? head.replace(/---[ \t]*\r?\n?$/, `${dataYaml}---\n`) : `---\n${dataYaml}---\n`) : head;
        // (Hugo shortcode tags in front-matter text, "{{< boxmd >}}", are a site's boxes, dropped as the parser drops them)
        const source = front.replace(/\{\{[<%][^{}\n]{0,200}[>%]\}\}/g, ' ') + blankFieldLabels({ langs: [lang, 'en'] } as unknown as ParseState, dropShortcodes(body.join('\n')));
        expect(findLostWords(source, modelStrings(result.resume))).toEqual(known?.lostWords ?? []);
      });
    });
  }
});
