// Compares the model a PDF was made from with the model read back from its text: which fields a machine recovered.
import type { Resume, Work } from '../model/types.js';
import type { CheckMiss } from './check-types.js';

/** Strings compare case-insensitively after NFKC, without Markdown emphasis, with white space collapsed. */
const norm = (v: unknown): string =>
  v == null ? '' : String(v).normalize('NFKC').replace(/[*_`]/g, '').replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();
const digits = (v: unknown): string => String(v ?? '').replace(/\D/g, '');
/** A link without scheme, `www.`, `mailto:` or trailing slash. */
const link = (v: unknown): string => {
  const t = norm(v).replace(/^(?:https?:\/\/|mailto:)/, '').replace(/^www\./, '');
  let end = t.length;
  while (end > 0 && t[end - 1] === '/') end--;
  return t.slice(0, end);
};
const ONGOING = new Set(['', 'present', 'now', 'current', 'ongoing']);
/** The reference text is in `blob`, whole or word by word (`LEIC, FEUP` read as institution `FEUP` and degree `… LEIC`). */
const hasWords = (blob: string, expected: unknown): boolean => {
  const e = norm(expected);
  if (blob.includes(e)) return true;
  const words = e.split(/[^\p{L}\p{N}+#.]+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => blob.includes(w));
};

/** Dates match at the precision the reference gives (a parsed `2019-05` recovers an expected `2019`). */
function sameDate(expected: unknown, found: unknown): boolean {
  const e = norm(expected);
  const f = norm(found);
  if (ONGOING.has(e)) return ONGOING.has(f);
  return f.startsWith(e.slice(0, 7)) || (e.length > 4 && e.slice(0, 7) === f.slice(0, 7));
}

/** Counts checked and recovered fields and lists the misses. */
class Tally {
  checked = 0;
  recovered = 0;
  readonly misses: CheckMiss[] = [];
  check(ok: boolean, field: string, label: string, expected: unknown, found?: unknown): void {
    this.checked++;
    if (ok) this.recovered++;
    else this.misses.push({ field, label, expected: String(expected), ...(found !== undefined && found !== null && found !== '' ? { found: String(found) } : {}) });
  }
}

/** Contact fields: name, email, phone, and every link (website and profiles). */
function compareBasics(expected: Resume, parsed: Resume, t: Tally): void {
  const e = expected.basics ?? {};
  const p = parsed.basics ?? {};
  if (e.name) t.check(norm(e.name) === norm(p.name), '/basics/name', 'name', e.name, p.name);
  if (e.email) t.check(norm(e.email) === norm(p.email), '/basics/email', 'email', e.email, p.email);
  if (e.phone) t.check(digits(e.phone) !== '' && digits(p.phone).endsWith(digits(e.phone).slice(-9)), '/basics/phone', 'phone', e.phone, p.phone);
  const found = [p.url, ...(p.profiles ?? []).map((x) => x.url)].filter(Boolean).map(link);
  const want: Array<[string, string, unknown]> = [];
  if (e.url) want.push(['/basics/url', 'website', e.url]);
  (e.profiles ?? []).forEach((x, i) => {
    if (x.url) want.push([`/basics/profiles/${i}/url`, `${x.network ?? 'profile'} link`, x.url]);
  });
  for (const [field, label, url] of want) t.check(found.includes(link(url)), field, label, url);
}

/** The parsed entry that best matches an expected one (organisation, then title), each used once. */
function pickEntry<T>(want: T, candidates: T[], used: Set<number>, keys: Array<keyof T>): number {
  let best = -1;
  let bestScore = 0;
  candidates.forEach((c, i) => {
    if (used.has(i)) return;
    let s = 0;
    keys.forEach((k, rank) => {
      const w = norm(want[k]);
      if (w !== '' && norm(c[k]).includes(w)) s += keys.length - rank;
    });
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  });
  return best;
}

/** Each job: position, organisation, start and end dates. */
function compareWork(expected: Resume, parsed: Resume, t: Tally): void {
  const got = parsed.work ?? [];
  const used = new Set<number>();
  (expected.work ?? []).forEach((e: Work, i) => {
    const j = pickEntry(e, got, used, ['name', 'position']);
    if (j >= 0) used.add(j);
    const p: Work = j >= 0 ? got[j]! : {};
    const who = `work[${i}]${e.name ? ` (${e.name})` : e.position ? ` (${e.position})` : ''}`;
    const blob = `${norm(p.position)} | ${norm(p.name)}`;
    if (e.position) t.check(blob.includes(norm(e.position)), `/work/${i}/position`, `${who} position`, e.position, p.position);
    if (e.name) t.check(hasWords(blob, e.name), `/work/${i}/name`, `${who} organisation`, e.name, p.name);
    if (e.startDate) t.check(sameDate(e.startDate, p.startDate), `/work/${i}/startDate`, `${who} start date`, e.startDate, p.startDate);
    if (e.startDate || e.endDate) t.check(sameDate(e.endDate, p.endDate), `/work/${i}/endDate`, `${who} end date`, e.endDate ?? 'ongoing', p.endDate);
  });
}

/** Each degree: institution, and the degree with its field. */
function compareEducation(expected: Resume, parsed: Resume, t: Tally): void {
  const got = parsed.education ?? [];
  const used = new Set<number>();
  (expected.education ?? []).forEach((e, i) => {
    const j = pickEntry(e, got, used, ['institution', 'studyType', 'area']);
    if (j >= 0) used.add(j);
    const p = j >= 0 ? got[j]! : {};
    const who = `education[${i}]${e.institution ? ` (${e.institution})` : ''}`;
    const blob = [p.institution, p.studyType, p.area].map(norm).join(' | ');
    if (e.institution) t.check(hasWords(blob, e.institution), `/education/${i}/institution`, `${who} institution`, e.institution, p.institution);
    const degree = [e.studyType, e.area].filter(Boolean).join(', ');
    if (degree) t.check([e.studyType, e.area].every((x) => !x || blob.includes(norm(x))), `/education/${i}/studyType`, `${who} degree`, degree, [p.studyType, p.area].filter(Boolean).join(', '));
  });
}

/** Every skill keyword (or skill name when it has none) must be among the parsed skills. */
function compareSkills(expected: Resume, parsed: Resume, t: Tally): void {
  const found = (parsed.skills ?? []).flatMap((s) => [s.name, ...(s.keywords ?? [])]).map(norm).filter(Boolean).join(' | ');
  (expected.skills ?? []).forEach((s, i) => {
    const words = s.keywords?.length ? s.keywords : s.name ? [s.name] : [];
    words.forEach((w, k) => t.check(found.includes(norm(w)), s.keywords?.length ? `/skills/${i}/keywords/${k}` : `/skills/${i}/name`, `skill “${w}”`, w));
  });
}

/**
 * Compares the reference model (what the PDF was made from) with the model parsed from the PDF's text:
 * name, email, phone, each link, each job's position, organisation and dates, each degree, each skill.
 * Strings compare case-insensitively after NFKC; an organisation, title or institution is recovered when
 * the reference text is contained in the parsed one; phones compare digits; dates at the reference's precision.
 * @returns how many fields were checked and recovered, and each miss
 */
export function compareModels(expected: Resume, parsed: Resume): { checked: number; recovered: number; misses: CheckMiss[] } {
  const t = new Tally();
  compareBasics(expected, parsed, t);
  compareWork(expected, parsed, t);
  compareEducation(expected, parsed, t);
  compareSkills(expected, parsed, t);
  return { checked: t.checked, recovered: t.recovered, misses: t.misses };
}
