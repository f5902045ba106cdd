// Classifies a section heading ("## SKILLS", "# **Berufserfahrung**", "💼 Experience") into a section kind and language.
import { SECTION_SYNONYMS, type SectionKind } from './section-synonyms.js';

/** A classified heading: its kind and the language its synonym belongs to. */
export interface SectionClass {
  kind: SectionKind;
  lang: string;
}

/** Lower-cases, strips Markdown decoration, emoji, punctuation and extra spaces. */
function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[^\p{L}\p{N}'&+\-\s]/gu, ' ')
    .replace(/\s+&\s+|\s+and\s+|\s+und\s+|\s+et\s+|\s+y\s+|\s+e\s+|\s+i\s+|\s+en\s+|\s+и\s+/gu, ' & ')
    .replace(/\s+/g, ' ')
    .trim();
}

const EXACT = new Map<string, SectionClass>();
const PHRASES: Array<[string, SectionClass]> = [];
for (const [kind, lang, words] of SECTION_SYNONYMS) {
  for (const w of words) {
    const n = normalise(w);
    if (!EXACT.has(n)) EXACT.set(n, { kind, lang });
    PHRASES.push([n, { kind, lang }]);
  }
}
PHRASES.sort((a, b) => b[0].length - a[0].length);
const CJK = /[\u3400-\u9fff]/u;

/**
 * Classifies a heading text. An exact synonym wins; else the longest synonym
 * contained as whole words ("Notable talks", "Computer skills", "Work experience & internships").
 * Headings longer than five words, with digits or "at" are never sections.
 * @returns the kind and language, or undefined for an unknown heading
 */
export function classifySection(heading: string): SectionClass | undefined {
  if (heading.length > 200) return undefined;
  if (CACHE.has(heading)) return CACHE.get(heading);
  const r = classify(heading);
  if (CACHE.size > 2000) CACHE.clear();
  CACHE.set(heading, r);
  return r;
}

const CACHE = new Map<string, SectionClass | undefined>();

function classify(heading: string): SectionClass | undefined {
  const n = normalise(heading);
  if (!n || n.length > 80) return undefined;
  const exact = EXACT.get(n) ?? EXACT.get(n.replace(/:$/, ''));
  if (exact) return exact;
  if (n.split(' ').length > 5 || /\d|\s(?:at|bei|chez|@)\s/u.test(n)) return undefined;
  const padded = ` ${n} `;
  for (const [p, c] of PHRASES) {
    if (p.length < 3) continue;
    if (CJK.test(p) ? n.includes(p) : padded.includes(` ${p} `)) return c;
  }
  return undefined;
}
