// Reads contact details out of one line: emails, phone numbers, web links and profiles, from text, links, badges and labels.
import { decodeUriSafely } from './decode-uri-safely.js';
import { pushAll } from './push-all.js';
import type { Profile } from '../../model/types.js';
import type { Line } from './parse-types.js';
import { trimChars } from './trim-chars.js';

/** What one line says about how to reach the person. */
export interface LineContacts {
  emails: string[];
  phones: string[];
  urls: string[];
  profiles: Profile[];
}

const LOCAL = /[A-Za-z0-9._%+\-]/;
const DOMAIN = /[A-Za-z0-9.\-]/;

/** Email addresses in a text, found around each "@" (linear: each character is read at most twice). */
export function findEmails(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', from)) {
    let a = at;
    while (a > 0 && a > at - 64 && LOCAL.test(text[a - 1]!)) a--;
    let b = at + 1;
    while (b < text.length && b < at + 254 && DOMAIN.test(text[b]!)) b++;
    from = Math.max(at + 1, b);
    let domain = text.slice(at + 1, b);
    while (domain.endsWith('.') || domain.endsWith('-')) domain = domain.slice(0, -1);
    const local = text.slice(a, at).replace(/^[.]+/, '');
    const dot = domain.lastIndexOf('.');
    if (!local || dot <= 0 || !/^[A-Za-z]{2,}$/.test(domain.slice(dot + 1))) continue;
    out.push(`${local}@${domain}`);
  }
  return out;
}

/** "{at}", "[at]", "(at)" as written in place of an email's "@" to keep it from harvesters. */
const MASKED_AT = /[[{(] ?at ?[\]})]/i;

/** "sabdovic {at} mefhr {dot} org" → "sabdovic@mefhr.org": the brackets' words back to "@" and ".". */
function unmaskEmail(text: string): string {
  return text.replace(/ ?[[{(] ?at ?[\]})] ?/gi, '@').replace(/ ?[[{(] ?dot ?[\]})] ?/gi, '.');
}

/** Decodes a shields.io badge path ("Email-jinl%40tongji.edu.cn-E4A0B7") into its words. */
function badgeText(src: string): string {
  const i = src.indexOf('/badge/');
  if (i < 0) return '';
  let part = src.slice(i + 7).split(/[?#]/)[0] ?? '';
  try {
    part = decodeURIComponent(part.replace(/--/g, '\u0000').replace(/__/g, '\u0001'));
  } catch {
    return '';
  }
  return part.split('-').map((s) => s.replace(/\u0000/g, '-').replace(/_/g, ' ').replace(/\u0001/g, '_')).join(' ');
}

const PHONE_CHARS = /[0-9+()\-./\s\u00a0]/;

/** A run of phone characters with 7–15 digits, not a date or a range of years. */
function phoneCandidate(run: string): string | undefined {
  let t = trimChars(run, ' \t\n\u00a0-./');
  // "(as of 03/12/2020)": a bracket the run does not open or close is the sentence's
  if (t.endsWith(')') && !t.includes('(')) t = trimChars(t.slice(0, -1), ' \t\n\u00a0-./');
  if (t.startsWith('(') && !t.includes(')')) t = trimChars(t.slice(1), ' \t\n\u00a0-./');
  // "1) +49 0162 5638824": an enumeration's number is no part of the phone
  const enumerated = /^\d{1,2}[).]\s+/.exec(t);
  if (enumerated) t = t.slice(enumerated[0].length);
  const digits = t.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return undefined;
  // "1592461618000(1)" (a file name, a timestamp): a long unbroken run that no "+" or "0" opens is no phone
  if (digits.length > 11 && /^[1-9]\d+(?:\(\d\))?$/.test(t)) return undefined;
  const groups = t.split(/[^\d]+/).filter(Boolean);
  if (groups.length >= 2 && groups.every((g) => g.length === 4 && /^(?:19|20)/.test(g))) return undefined;
  // "09/2021 - 08/2023", "03.2019 – 11.2020": months and years, a range of dates
  if (/[./]/.test(t) && groups.some((g) => g.length === 4) && groups.every((g) => (g.length === 4 && /^(?:19|20)/.test(g)) || (g.length <= 2 && Number(g) >= 1 && Number(g) <= 31))) return undefined;
  // "07.19-12.19", "06/22 – 09/24": two months with two-digit years, a range of dates
  const short = /^(\d{2})([./])\d{2}\s*-\s*(\d{2})\2\d{2}$/.exec(t);
  if (short && Number(short[1]) >= 1 && Number(short[1]) <= 12 && Number(short[3]) >= 1 && Number(short[3]) <= 12) return undefined;
  if (/^\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?$/.test(t) || /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(t)) return undefined;
  if (!t.startsWith('+') && !t.startsWith('(') && !t.startsWith('0') && groups.length > 1 && groups[0]!.length === 4 && /^(?:19|20)/.test(groups[0]!)) return undefined;
  return t;
}

/**
 * A run cut at " / " into the numbers it holds ("652 096 865 / 985 253 740"); a piece of fewer than seven digits is
 * an area code, kept with what follows it ("+49 171 / 6015233", "0171 / 601 52 33": one number, as German CVs write it).
 */
function slashNumbers(run: string): string[] {
  const out: string[] = [];
  let open = '';
  for (const piece of run.split(' / ')) {
    const joined = open ? `${open} / ${piece}` : piece;
    if (joined.replace(/\D/g, '').length < 7) open = joined;
    else {
      out.push(joined);
      open = '';
    }
  }
  if (open) out.push(open);
  return out;
}

/** Phone numbers in a text: runs of digits and phone punctuation (linear scan). */
export function findPhones(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (!(c === '+' || c === '(' || (c >= '0' && c <= '9'))) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && PHONE_CHARS.test(text[j]!)) j++;
    // "(62) 3190-1939 (Corporativo)": the bracket and space that open the note after the number are no part of it
    let k = j;
    while (k > i && (text[k - 1] === ' ' || text[k - 1] === '(')) k--;
    if (k < j && text[k] === ' ' && text[j - 1] === '(') j = k;
    // "(469) 382-9361 80% travel preferred": a figure of a percentage after the number is no part of it
    if (text[j] === '%') j = Math.max(i, text.lastIndexOf(' ', j - 1));
    const before = text[i - 1];
    // ("(+61) 0435556028        hauser@…": white space the run took in before the next word parts it from that word)
    const after = /\s/.test(text[j - 1] ?? '') ? ' ' : text[j];
    // "〒254-0065" (a Japanese postal code), "…/qq_37808895": digits glued to a word or a name in a link are no phone
    const inWord = (before !== undefined && /[\p{L}\d〒_]/u.test(before)) || (after !== undefined && /\p{L}/u.test(after));
    // "652 096 865 / 985 253 740": two numbers in one run ("Muhsamstrasse 72` `+4917660838867": a "+" after a space opens another)
    if (!inWord) for (const part of slashNumbers(text.slice(i, j)).flatMap((p) => p.split(/ (?=\+)/))) {
      const cand = phoneCandidate(part);
      if (cand) out.push(cand);
    }
    i = j + 1;
  }
  return out;
}

const NETWORKS: ReadonlyArray<[RegExp, string]> = [
  [/github\.com/i, 'GitHub'], [/gitlab\.com/i, 'GitLab'], [/linkedin\.com/i, 'LinkedIn'], [/(?:twitter|x)\.com/i, 'Twitter'],
  [/stackoverflow\.com/i, 'Stack Overflow'], [/orcid\.org/i, 'ORCID'], [/scholar\.google/i, 'Google Scholar'],
  [/facebook\.com/i, 'Facebook'], [/instagram\.com/i, 'Instagram'], [/youtube\.com/i, 'YouTube'], [/medium\.com/i, 'Medium'],
  [/behance\.net/i, 'Behance'], [/dribbble\.com/i, 'Dribbble'], [/t\.me\//i, 'Telegram'], [/bitbucket\.org/i, 'Bitbucket'],
  [/kaggle\.com/i, 'Kaggle'], [/hackerrank\.com/i, 'HackerRank'], [/researchgate\.net/i, 'ResearchGate'], [/twitch\.tv/i, 'Twitch'],
  [/velog\.io/i, 'Velog'], [/zhihu\.com/i, 'Zhihu'], [/qiita\.com/i, 'Qiita'], [/zenn\.dev/i, 'Zenn'], [/vk\.com/i, 'VK'],
];

/** A profile for a URL on a known network, else undefined. */
export function profileOf(url: string): Profile | undefined {
  for (const [re, network] of NETWORKS) {
    if (!re.test(url)) continue;
    let end = url.length;
    while (end > 0 && url[end - 1] === '/') end--;
    const user = url.slice(0, end).split('/').pop() ?? '';
    return { network, url, ...(user && !user.includes('.') ? { username: user.replace(/^@/, '') } : {}) };
  }
  return undefined;
}

const TLDS = new Set(['com', 'net', 'org', 'io', 'dev', 'me', 'info', 'co', 'app', 'ai', 'xyz', 'tech', 'site', 'page', 'blog', 'de', 'fr', 'es', 'it', 'pl', 'nl', 'be', 'ch', 'at', 'uk', 'cz', 'sk', 'ro', 'ru', 'ua', 'jp', 'kr', 'cn', 'tw', 'br', 'pt', 'in', 'ca', 'us', 'eu', 'se', 'no', 'dk', 'fi', 'hu', 'gr', 'tr', 'il', 'ir', 'vn', 'th', 'id']);

/** Bare domain names ("bultrowicz.com", "jcubic.pl") in a text, as written. */
export function findDomains(text: string): string[] {
  const out: string[] = [];
  // every domain has a dot
  if (!text.includes('.')) return out;
  for (const tok of text.split(/[\s,;|·•()<>]+/)) {
    const t = trimChars(tok, '.:');
    if (t.includes('@') || t.includes('/') || !t.includes('.')) continue;
    const parts = t.split('.');
    const tld = parts[parts.length - 1]!.toLowerCase();
    if (parts.length >= 2 && TLDS.has(tld) && parts.every((p) => /^[a-z0-9-]+$/i.test(p)) && /[a-z]/i.test(parts[0]!)) out.push(t);
  }
  return out;
}

/** Plain-text URLs (http(s)://… or www.…) in a text. */
function findUrls(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:https?:\/\/|www\.)[^\s<>()"'，、]+/giu)) out.push(trimChars(m[0], '.,;:!?)]'));
  return out;
}

/** Reads every contact detail of a line: its text, its links (mailto:, tel:, http) and its badges. */
export function readContacts(line: Line): LineContacts {
  const found: LineContacts = { emails: [], phones: [], urls: [], profiles: [] };
  const text = line.plain;
  for (const l of line.links) {
    const href = l.href.trim();
    // ("[jane@example.com](mailto:jroe@company.org)": the address the reader sees is the one the CV gives)
    if (/^mailto:/i.test(href)) {
      const shown = findEmails(l.text);
      pushAll(found.emails, shown.length ? shown : findEmails(href.slice(7)));
    } else if (/^tel:/i.test(href)) {
      // (as for emails, the number the reader sees: "[+49 176 42987761](tel:004917642987761)")
      const shown = findPhones(l.text);
      found.phones.push(shown[0] ?? decodeUriSafely(href.slice(4).replace(/^\/\//, '')));
    }
    else if (/^https?:\/\//i.test(href)) found.urls.push(href);
  }
  for (const img of line.images) {
    const words = `${img.alt} ${badgeText(img.src)}`;
    pushAll(found.emails, findEmails(words));
    pushAll(found.phones, findPhones(img.alt));
  }
  pushAll(found.emails, findEmails(MASKED_AT.test(text) ? unmaskEmail(text) : text));
  if (/\d/.test(text)) pushAll(found.phones, findPhones(blankEmailWords(text)));
  if (text.includes('.')) for (const u of findUrls(text)) if (!found.urls.some((x) => x.includes(u.replace(/^https?:\/\//, '')))) found.urls.push(/^www\./i.test(u) ? `https://${u}` : u);
  found.emails = [...new Set(found.emails.map((e) => e.replace(/^mailto:/i, '')))];
  found.phones = [...new Set(found.phones.map((p) => p.trim()).filter(Boolean))];
  for (const u of found.urls) {
    const p = profileOf(u);
    if (p) found.profiles.push(p);
  }
  for (const p of labelledHandles(text)) if (!found.profiles.some((q) => q.network === p.network)) found.profiles.push(p);
  return found;
}

/** Networks a handle is given on by its label ("Telegram: @MoldyDanya"), by the label in lower case. */
const HANDLE_NETWORKS: Readonly<Record<string, string>> = {
  telegram: 'Telegram', twitter: 'Twitter', github: 'GitHub', gitlab: 'GitLab', instagram: 'Instagram', skype: 'Skype', discord: 'Discord', mastodon: 'Mastodon', threads: 'Threads', bluesky: 'Bluesky',
};

/** "Telegram: @MoldyDanya", "**Skype:** jane.doe": a handle after a network's name and a colon, at the line's start or after a separator, as a profile. */
const HANDLE = /(?:^|[|·•,;]\s*)([A-Za-z]{5,9})\s*[:：]\s*@?([A-Za-z0-9_.]{2,40})(?=\s|$|[|·•,;])/g;

/** The profiles that labelled handles of a text give (no web address: the CV wrote none). */
function labelledHandles(text: string): Profile[] {
  if (!text.includes(':') && !text.includes('：')) return [];
  const out: Profile[] = [];
  for (const m of text.matchAll(HANDLE)) {
    const network = HANDLE_NETWORKS[m[1]!.toLowerCase()];
    if (network && !/^https?$/i.test(m[2]!)) out.push({ network, username: m[2]! });
  }
  return out;
}


/** The text with every word that holds an inner `@` (an address) blanked: as `/\S+@\S+/g` did, in linear time. */
function blankEmailWords(text: string): string {
  if (!text.includes('@')) return text;
  return text.replace(/\S+/g, (w) => {
    const at = w.indexOf('@', 1);
    return at > 0 && at < w.length - 1 ? ' ' : w;
  });
}
