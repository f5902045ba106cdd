// Finds contact details (email, phone, links, profiles, location, time zone) in one line of a CV's header or contact section.
import type { Profile } from '../../model/types.js';
import { toPlainText } from './to-plain-text.js';

/** What one line told about how to reach the person. */
export interface ContactFind {
  /** Where each URL/profile was in the line, to keep them in reading order. */
  order?: number[];
  email?: string;
  phone?: string;
  urls: string[];
  profiles: Profile[];
  location?: string;
  timezone?: string;
  /** A phone label whose value is not a phone number ("Tel: Contact for info"). */
  notPhone?: string;
  /** The line's Markdown with every found detail removed; empty when the line held only contact details. */
  rest: string;
}

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}(?![\p{L}\p{N}])/u;
const PHONE =
  /(?:(?:\+|00)\s?\d[\d\s().\-/]{5,}\d|\(\+?\d{1,4}\)[\d\s.\-/]{5,}\d|(?<![\d.\-/])\d{3,4}[\s.\-/]\d{2,4}[\s.\-/]\d{2,4}(?:[\s.\-]\d{2,4})?(?![\d.\-/])|\(\d{2,4}\)\s?\d{3,4}[\s.\-]\d{3,4}|(?<![\d.])0\d(?:[\s.\-]\d{2}){4}(?![\d.]))/;
const URL_LINK = /\[([^\]]*)\]\(\s*((?:https?:\/\/|mailto:|www\.)[^)\s]+)\s*\)/i;
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^>\s]+)>/i;
const BARE_URL = /(?:https?:\/\/|www\.)[^\s<>()[\]"'|,]+[^\s<>()[\]"'|,.;:!?]/i;
const BARE_DOMAIN =
  /(?<![\p{L}\p{N}@./-])(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|me|de|pl|fr|es|pt|br|it|nl|ru|cn|eu|uk|co|info|app|tech|xyz|ch|at|be|se|no|dk|fi|cz|ca|us|page|site|blog|online)(?:\/[^\s<>()[\]"'|,]*[^\s<>()[\]"'|,.;:!?])?(?![\p{L}\p{N}])/iu;

const LABEL = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?([\p{L}][\p{L} .\-/()]{0,30}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(.*)$/u;
const EMAIL_LABEL = /^(?:e-?mail|mail|courriel|correo(?: electrónico)?|e-?mail address|email address|adres e-?mail|почта|邮箱|电子邮件|電郵)$/iu;
const PHONE_LABEL = /^(?:phone|tel|tel\.|telephone|mobile|mob|cell|cellphone|phone number|telefon|telefonnummer|handy|mobil|tél|tél\.|téléphone|telephone|portable|teléfono|telefono|móvil|celular|telefone|telemóvel|komórka|tel\. kom\.|cellulare|telefoon|mobiel|телефон|тел|моб|电话|手机|联系电话)$/iu;
const LOCATION_LABEL = /^(?:location|address|city|based in|residence|adresse|anschrift|wohnort|ort|standort|lieu|localisation|ville|dirección|ubicación|ciudad|endereço|localização|cidade|adres|miejscowość|lokalizacja|miasto|indirizzo|città|woonplaats|locatie|адрес|город|местоположение|地址|所在地|城市)$/iu;
const TZ_LABEL = /^(?:time ?zone|tz|zeitzone|fuseau horaire|zona horaria|fuso horário|strefa czasowa|fuso orario|tijdzone|часовой пояс|时区)$/iu;
const URL_LABEL = /^(?:website|web|homepage|home page|site|web site|blog|portfolio|url|webseite|internet|site web|sitio web|página web|strona|strona www|sito|sito web|сайт|网站|个人网站|主页)$/iu;
const NETWORK_LABEL = /^(github|gitlab|linkedin|twitter|x|mastodon|stack ?overflow|telegram|skype|xing|bitbucket|medium|dribbble|behance|kaggle|orcid|bluesky|wechat|微信|instagram|facebook|youtube|codeberg|sourcehut|keybase|discord|matrix)$/iu;

const NETWORKS: Array<[RegExp, string, number]> = [
  [/(?:^|\.)github\.com$/i, 'GitHub', 1],
  [/(?:^|\.)gitlab\.com$/i, 'GitLab', 1],
  [/(?:^|\.)linkedin\.com$/i, 'LinkedIn', 2],
  [/(?:^|\.)(?:twitter|x)\.com$/i, 'Twitter', 1],
  [/(?:^|\.)stackoverflow\.com$/i, 'Stack Overflow', 3],
  [/(?:^|\.)medium\.com$/i, 'Medium', 1],
  [/(?:^|\.)dribbble\.com$/i, 'Dribbble', 1],
  [/(?:^|\.)behance\.net$/i, 'Behance', 1],
  [/(?:^|\.)kaggle\.com$/i, 'Kaggle', 1],
  [/(?:^|\.)orcid\.org$/i, 'ORCID', 1],
  [/(?:^|\.)xing\.com$/i, 'XING', 2],
  [/(?:^|\.)bitbucket\.org$/i, 'Bitbucket', 1],
  [/(?:^|\.)codeberg\.org$/i, 'Codeberg', 1],
  [/^t\.me$/i, 'Telegram', 1],
  [/(?:^|\.)instagram\.com$/i, 'Instagram', 1],
  [/(?:^|\.)youtube\.com$/i, 'YouTube', 1],
  [/(?:^|\.)bsky\.app$/i, 'Bluesky', 2],
];

/** True when a text is only a contact-field label ("Email", "Phone", "LinkedIn") — e.g. a contact table's header cell. */
export function isContactLabel(text: string): boolean {
  const t = toPlainText(text).replace(/[:：]\s*$/, '').trim();
  return EMAIL_LABEL.test(t) || PHONE_LABEL.test(t) || LOCATION_LABEL.test(t) || TZ_LABEL.test(t) || URL_LABEL.test(t) || NETWORK_LABEL.test(t);
}

/** A profile when the URL is a known network's user page, else undefined. */
function toProfile(url: string): Profile | undefined {
  const m = /^(?:https?:\/\/)?(?:www\.)?([^/\s?#]+)((?:\/[^?#\s]*)?)/i.exec(url);
  if (!m) return undefined;
  const host = m[1] ?? '';
  const segs = (m[2] ?? '').split('/').filter(Boolean);
  for (const [re, network, maxSegs] of NETWORKS) {
    if (re.test(host) && segs.length >= 1 && segs.length <= maxSegs) {
      const username = (segs[segs.length === 1 ? 0 : 1] ?? '').replace(/^@/, '');
      return { network, username, url };
    }
  }
  return undefined;
}

/** A separator character: the two separator rewrites of {@link cleanRest} need one (and removing text adds none). */
const SEPARATOR = /[|·•,;/–—-]/;

function cleanRest(s: string): string {
  let t = s.includes('[') ? s.replace(/\[\s*\]\(\s*\)/g, '') : s;
  if (SEPARATOR.test(t)) {
    t = t.replace(/(?:\s*[|·•,;/–—-]\s*)+(?:\s*\.)?\s*$/u, '').replace(/\s*(?:[|·•,;/–—-]\s*){2,}/g, ' | ');
  }
  t = t.replace(/^[\s|·•,;:/–—\-.()<>]+|[\s|·•,;:/–—\-(<]+$/gu, '').trim();
  return /[\p{L}\p{N}]/u.test(toPlainText(t)) ? t : '';
}

const POS = new WeakMap<object, number>();
const URL_POS: Array<[string, number]> = [];

function addUrl(found: ContactFind, url: string, pos: number): void {
  if (/^mailto:/i.test(url)) {
    found.email ??= url.replace(/^mailto:/i, '');
    return;
  }
  const p = toProfile(url);
  if (p) {
    POS.set(p, pos);
    found.profiles.push(p);
  } else {
    found.urls.push(url);
    URL_POS.push([url, pos]);
  }
}

/** Puts the links of one line back in reading order. */
function sortFound(found: ContactFind): void {
  found.profiles.sort((a, b) => (POS.get(a) ?? 0) - (POS.get(b) ?? 0));
  const at = new Map(URL_POS);
  found.urls.sort((a, b) => (at.get(a) ?? 0) - (at.get(b) ?? 0));
  URL_POS.length = 0;
}

/**
 * Reads contact details out of one line (inline Markdown). Long lines (over 500
 * characters) are prose and are returned untouched.
 */
export function extractContacts(line: string): ContactFind {
  const found: ContactFind = { urls: [], profiles: [], rest: line };
  if (line.length > 500) return found;
  // "Phone: … | Email: … | City: …": several labelled details on one line
  const segs = line.split(/\s+[|·•]\s+|\s*[｜]\s*/u);
  if (segs.length > 1 && segs.filter((x) => LABEL.test(x)).length >= 2) {
    const rest: string[] = [];
    for (const seg of segs) {
      const f = extractContacts(seg);
      found.email ??= f.email;
      found.phone ??= f.phone;
      found.location ??= f.location;
      found.timezone ??= f.timezone;
      found.notPhone ??= f.notPhone;
      found.urls.push(...f.urls);
      found.profiles.push(...f.profiles);
      if (f.rest) rest.push(f.rest);
    }
    for (const k of ['email', 'phone', 'location', 'timezone', 'notPhone'] as const) if (found[k] === undefined) delete found[k];
    found.rest = rest.join(' · ');
    return found;
  }
  const lm = LABEL.exec(line);
  if (lm) {
    const label = (lm[1] ?? '').trim().replace(/\s+/g, ' ');
    const value = (lm[2] ?? '').trim();
    const plainValue = toPlainText(value);
    if (TZ_LABEL.test(label)) {
      found.timezone = plainValue;
      found.rest = '';
      return found;
    }
    if (LOCATION_LABEL.test(label)) {
      found.location = plainValue;
      found.rest = '';
      return found;
    }
    if (PHONE_LABEL.test(label)) {
      const pm = PHONE.exec(plainValue);
      if (pm && (pm[0].match(/\d/g) ?? []).length >= 6) {
        found.phone = pm[0].trim();
        found.rest = cleanRest(plainValue.replace(pm[0], ''));
      } else {
        found.notPhone = toPlainText(line);
        found.rest = line;
      }
      return found;
    }
    const netm = NETWORK_LABEL.exec(label);
    if (netm && plainValue && !/\s/.test(plainValue.trim())) {
      const urlm = URL_LINK.exec(value) ?? AUTOLINK.exec(value);
      const url = urlm ? (urlm[2] ?? urlm[1] ?? '') : plainValue;
      const prof = /[./]/.test(url) ? toProfile(url) : undefined;
      found.profiles.push(prof ?? { network: label, username: plainValue.replace(/^@/, ''), ...(/[./]/.test(url) ? { url } : {}) });
      found.rest = '';
      return found;
    }
    if (URL_LABEL.test(label) || EMAIL_LABEL.test(label)) {
      // fall through to the generic scan on the value only
      const inner = extractContacts(value);
      inner.rest = inner.rest ? `${label}: ${inner.rest}` : '';
      return inner;
    }
  }
  let rest = line;
  for (let guard = 0; guard < 20; guard++) {
    // (each pattern needs a character the guard looks for first)
    const m = (rest.includes('[') ? URL_LINK.exec(rest) : null) ?? (rest.includes('<') ? AUTOLINK.exec(rest) : null);
    if (!m) break;
    const url = m[2] ?? m[1] ?? '';
    addUrl(found, url, line.indexOf(m[0]));
    const text = m[2] !== undefined ? (m[1] ?? '') : '';
    // keep a link's own text only when it is not just the URL or a generic word
    const plainText = toPlainText(text);
    const keep =
      plainText && !EMAIL.test(plainText) && !/^(?:https?:\/\/|www\.)/i.test(plainText) && !/\.[a-z]{2,}(?:\/\S*)?$/i.test(plainText) && !NETWORK_LABEL.test(plainText)
        ? text
        : '';
    rest = rest.replace(m[0], keep ? ` ${keep} ` : ' ');
  }
  for (let guard = 0; guard < 10; guard++) {
    const m = rest.includes('@') ? EMAIL.exec(rest) : null;
    if (!m) break;
    found.email ??= m[0];
    rest = rest.replace(m[0], ' ');
  }
  for (let guard = 0; guard < 10; guard++) {
    const m = rest.includes(':') || rest.includes('.') ? BARE_URL.exec(rest) : null;
    if (!m) break;
    addUrl(found, m[0], line.indexOf(m[0]));
    rest = rest.replace(m[0], ' ');
  }
  for (let guard = 0; guard < 10; guard++) {
    const m = rest.includes('.') ? BARE_DOMAIN.exec(rest) : null;
    if (!m) break;
    addUrl(found, m[0], line.indexOf(m[0]));
    rest = rest.replace(m[0], ' ');
  }
  const pm = PHONE.exec(rest);
  if (pm && (pm[0].match(/\d/g) ?? []).length >= 7 && !/^\s*(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d\s*$/.test(pm[0])) {
    found.phone = pm[0].trim();
    rest = rest.replace(pm[0], ' ');
  }
  const loc = /(?:living in|based in|located in|lives in|live in|wohnhaft in|résidant à|basé à|basée à|residente en|residente em|mieszkam w|📍)\s*([\p{Lu}][\p{L}\-' ]{1,40}(?:,\s*[\p{Lu}][\p{L}\-' ]{1,40})?)/u.exec(toPlainText(rest));
  if (loc) found.location = (loc[1] ?? '').trim();
  found.rest = cleanRest(rest);
  sortFound(found);
  return found;
}
