// Splits a list of skills or interests into keywords: at commas, semicolons and bullets outside parentheses, else at spaces keeping known two-word names.
import { trimChars } from './trim-chars.js';

const CONTINUATIONS = new Set(['actions', 'ci', 'cd', 'cloud', 'studio', 'boot', 'compose', 'native', 'learning', 'server', 'services', 'code', 'pages', 'functions', 'framework', 'engine', 'analytics', 'workspace', 'office', 'query', 'shell', 'router', 'mvc', 'core', 'platform', 'pipelines', 'ops', 'vision', 'science', 'design', 'management', 'testing', 'js', 'db', 'lake', 'hub', 'suite', 'desktop', 'mobile', 'kit', 'sdk', 'api', 'apis', 'flow', 'stack', 'manager', 'directory']);
const LEADS = new Set(['google', 'amazon', 'microsoft', 'apple', 'visual', 'apache', 'azure', 'adobe', 'unreal', 'big']);
const SEPARATORS = new Set([',', ';', '·', '•', '|', '、', '，', '；']);

/** Splits at separators outside parentheses and brackets. */
function splitTop(t: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of t) {
    if (c === '(' || c === '[' || c === '（') depth++;
    else if ((c === ')' || c === ']' || c === '）') && depth > 0) depth--;
    if (depth === 0 && SEPARATORS.has(c)) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out.map(trimKeyword).filter(Boolean);
}

/** A keyword without the spaces and full stops around it, but for a dot that opens a name (".NET", ".htaccess"). */
function trimKeyword(s: string): string {
  const t = trimChars(s, ' .');
  const lead = s.trimStart();
  return t && lead.charCodeAt(0) === 0x2e && lead[1] === t[0] && /\p{L}/u.test(t[0]!) ? `.${t}` : t;
}

/** Words that join the words around them into a phrase, in the languages CVs are written in ("and", "of", "de", "и"). */
const JOINING = new Set(['and', 'of', 'for', 'und', 'für', 'et', 'de', 'des', 'du', 'la', 'y', 'e', 'i', 'a', 'en', 'og', 'och', 'és', 've', 'και', 'și', 'ja', 'di', 'da', 'del', 'della', 'do', 'dos', 'das', 'van', 'het', 'и', 'на', 'за', 'в', 'с', 'і', 'та', 'з', 'u', 'za', 'na', 'w', 'oraz']);

/** A letter of the Thai script. */
const THAI = /\p{Script=Thai}/u;

/** Splits a run of space-separated names, keeping "Github Actions", "Google Cloud" and "(notes)" together. */
function splitSpaces(t: string): string[] {
  const ws = t.split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const next = ws[i + 1];
    if (next && (CONTINUATIONS.has(next.toLowerCase()) || LEADS.has(w.toLowerCase())) && !/[()]/.test(w + next)) {
      out.push(`${w} ${next}`);
      i++;
    } else if (w.startsWith('(') && out.length) {
      let j = i;
      let acc = w;
      while (!acc.includes(')') && j + 1 < ws.length) acc += ` ${ws[++j]!}`;
      out[out.length - 1] += ` ${acc}`;
      i = j;
    } else out.push(w);
  }
  return out;
}

/**
 * Splits `text` (plain) into keywords: "Python, Go; Rust" → Python, Go, Rust; a run of single names
 * without separators ("Kubernetes Docker Jenkins Github Actions") at spaces, unless an ampersand joins them.
 */
export function splitKeywords(text: string): string[] {
  const t = trimKeyword(trimChars(text, ' ;,'));
  if (!t) return [];
  for (const c of t) if (SEPARATORS.has(c)) return splitTop(t);
  for (const sep of [' – ', ' — ', ' / ', ' - ']) if (t.includes(sep)) return t.split(sep).map((s) => s.trim()).filter(Boolean);
  // "เข้าใจพฤติกรรมผู้บริโภค งานระบบคลินิก และการทำงาน…": Thai writes no spaces between words, its spaces part phrases or
  // clauses: a run of it is one text, not names to cut at spaces
  if (THAI.test(t)) return [t];
  // ("Translating complex requirements into clear implementations.": a sentence, closed by its full stop, of three words or more, is one text)
  if (/[.!?。]\s*$/u.test(text) && t.split(' ').length >= 3 && /^\S+ \p{Ll}/u.test(t)) return [t];
  // "IT Leadership & Management": an ampersand joins the words around it into one name; so does a joining word
  // ("Програмни езици и инструменти", "Analyse de données")
  return t.includes(' ') && !t.includes(' & ') && !t.split(' ').some((w) => JOINING.has(w)) ? splitSpaces(t) : [t];
}
