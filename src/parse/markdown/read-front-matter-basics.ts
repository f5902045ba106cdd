// Reads who the person is from front matter: name (name, first/last name, author, a title that is a name), label, contacts, profiles, location.
import { findContactBlock } from './find-contact-block.js';
import type { Lexicon } from '../../model/lexicon/lexicon-types.js';
import type { Basics, Location, Profile } from '../../model/types.js';
import { NAME_THRESHOLD, scorePersonName } from './score-person-name.js';
import { readTitleName } from './read-title-name.js';
import { findPhones } from './read-contacts.js';

/** What the basics reader found, the top-level keys it used, and why it chose the name. */
export interface FrontMatterBasics {
  basics: Basics;
  /** Top-level keys read. */
  consumed: string[];
  /** The title (or R Markdown `pagetitle`, an `seoTitle`) when it is a document title rather than the person's name. */
  documentTitle?: string;
  /** JSON pointer → reasons. */
  why: Record<string, string[]>;
}

/** Front-matter keys of each basics field, compared lower case without `_`, `-` or spaces. */
const KEYS = {
  name: ['name', 'fullname', 'yourname'],
  first: ['firstname', 'givenname', 'forename'],
  last: ['lastname', 'familyname', 'surname'],
  author: ['author', 'authors'],
  title: ['title'],
  pagetitle: ['pagetitle', 'seotitle', 'metatitle', 'ogtitle', 'htmltitle'],
  label: ['label', 'role', 'headline', 'jobtitle', 'occupation', 'profession', 'position'],
  email: ['email', 'mail', 'emailaddress'],
  phone: ['phone', 'tel', 'telephone', 'mobile', 'cell', 'phonenumber', 'mobilephone', 'cellphone'],
  url: ['website', 'homepage', 'web', 'url', 'personalwebsite'],
  summary: ['summary', 'bio', 'about', 'aboutme', 'objective', 'profile', 'intro', 'introduction'],
  image: ['image', 'avatar', 'photo', 'picture', 'portrait'],
  profiles: ['profiles', 'social', 'socials', 'links', 'contacts', 'contact', 'networks', 'sociallinks'],
  timezone: ['timezone', 'tz'],
} as const;

/** Top-level keys that name a network, holding a user name, an address or a `{url, text}` link (`github: jdoe`, `linkedin: {url, text}`). */
const NETWORK_KEYS = ['github', 'gitlab', 'linkedin', 'twitter', 'mastodon', 'orcid', 'googlescholar', 'scholar', 'stackoverflow', 'bitbucket', 'kaggle', 'researchgate', 'medium', 'behance', 'dribbble'];

/**
 * Reads the basics. The name is, in this order: `name`; `first_name` + `last_name`; `author` (a string,
 * `{name}` or the first of a list) when it scores as a name; `title` when it, or a part of it, scores as a
 * name (see `readTitleName`: "Curriculum Vitae – X" → X). A `title` that is no name becomes the
 * `documentTitle`. Email from `email`, `author.email` or a `mailto:` link in the profiles/social/links
 * lists; phone from `phone`/`tel`/`mobile` or a `tel:` link; profiles from Wowchemy `profiles: [{icon,
 * url}]`, `social: [{icon, link}]`, JSON Resume `profiles`, or a `{network: user}` map. A nested JSON
 * Resume `basics:` object is read the same way and wins over top-level keys.
 * @param data - the front matter
 * @param keyOf - normalised key → the key as written
 * @param lexicons - for the name scorer
 */
export function readFrontMatterBasics(data: Record<string, unknown>, keyOf: ReadonlyMap<string, string>, lexicons: readonly Lexicon[]): FrontMatterBasics {
  const consumed: string[] = [];
  const why: Record<string, string[]> = {};
  const get = (names: readonly string[], accept: (v: unknown) => boolean = () => true): unknown => {
    for (const n of names) {
      const k = keyOf.get(n);
      if (k !== undefined && data[k] !== undefined && data[k] !== null && data[k] !== '' && accept(data[k])) {
        consumed.push(k);
        return data[k];
      }
    }
    return undefined;
  };
  const basics: Basics = {};
  const contacts = readContacts(get, basics);
  addBlockContacts(basics, findContactBlock(data));
  const emailBefore = basics.email;
  const nested = get(['basics'], (v) => typeof v === 'object' && !Array.isArray(v));
  if (nested && typeof nested === 'object' && !Array.isArray(nested)) mergeJsonResumeBasics(basics, nested as Record<string, unknown>);
  const header = keyOf.get('header');
  if (header !== undefined && Array.isArray(data[header])) addHeaderItems(basics, data[header] as unknown[]);
  else if (header !== undefined && data[header] && typeof data[header] === 'object') addHeaderInfos(basics, data[header] as Record<string, unknown>);
  const result: FrontMatterBasics = { basics, consumed, why };
  const fromAuthor = decideName(get, basics, contacts.author, lexicons, result);
  // an author that gave nothing (a site user name such as "admin") is left to the caller
  const authorKey = keyOf.get('author');
  if (authorKey !== undefined && !fromAuthor && !contacts.authorGave && emailBefore === basics.email) {
    result.consumed = consumed.filter((k) => k !== authorKey);
  }
  for (const k of Object.keys(why)) if (why[k]!.length === 0) delete why[k];
  return result;
}

/** The address of a string that is an email, with or without `mailto:` ("mailto:jo@x.org", "jo@x.org"); undefined otherwise. */
function bareEmail(x: unknown): string | undefined {
  const address = typeof x === 'string' ? x.trim().replace(/^mailto:/i, '') : '';
  return looksLikeEmail(address) ? address : undefined;
}

/** An email written as a link object (`email: {url: mailto:…, text: …}`, a Jekyll CV layout's contact): its address. */
function linkedEmail(v: unknown): string | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const { url, text } = v as Record<string, unknown>;
  return bareEmail(url) ?? bareEmail(text);
}

/** A web address written as a link object (`homepage: {url: https://…, text: …}`): the address. */
function linkUrl(v: unknown): string | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const { url } = v as Record<string, unknown>;
  return typeof url === 'string' && /^(?:https?:\/\/|www\.)/i.test(url.trim()) ? url.trim() : undefined;
}

/** `github: jdoe`, `linkedin: {url, text}`: top-level keys naming a network are profiles (see NETWORK_KEYS). */
function addNetworkKeys(get: Get, basics: Basics): void {
  const items: Array<Record<string, string>> = [];
  for (const key of NETWORK_KEYS) {
    const v = get([key], (x) => (typeof x === 'string' && x.trim() !== '' && !/\s/.test(x.trim())) || linkUrl(x) !== undefined);
    if (v === undefined) continue;
    items.push(typeof v === 'string' ? { network: key, value: v.trim() } : { network: key, url: linkUrl(v)! });
  }
  if (items.length) addProfiles(basics, items);
}

/** A landing page's contact block (`{block: contact, content: {email, phone}}`): the email and phone the top level did not give. */
function addBlockContacts(basics: Basics, block: Record<string, unknown> | undefined): void {
  if (!block) return;
  const email = bareEmail(block.email);
  if (!basics.email && email) basics.email = email;
  if (!basics.phone && isText(block.phone)) basics.phone = String(block.phone).trim().replace(/^tel:/i, '');
}

type Get = (names: readonly string[], accept?: (v: unknown) => boolean) => unknown;

/** A non-empty string or a number. */
function isText(v: unknown): boolean {
  return (typeof v === 'string' && v.trim() !== '') || typeof v === 'number';
}

/** One `@`, something before it, a dot after it, no spaces. */
function looksLikeEmail(s: string): boolean {
  const at = s.indexOf('@');
  return at > 0 && s.indexOf('@', at + 1) < 0 && s.indexOf('.', at + 2) > 0 && !/\s/.test(s);
}

/** Label, contacts, url, summary, image, time zone, location and profiles; returns the author value for the name. */
function readContacts(get: Get, basics: Basics): { author: unknown; authorGave: boolean } {
  const str = (names: readonly string[], accept: (v: string) => boolean = () => true): string | undefined => {
    const v = get(names, (x) => isText(x) && accept(String(x).trim()));
    return v === undefined ? undefined : String(v).trim();
  };
  const label = str(KEYS.label);
  if (label) basics.label = label;
  const email = str(KEYS.email) ?? linkedEmail(get(KEYS.email, (v) => linkedEmail(v) !== undefined));
  if (email) basics.email = email.replace(/^mailto:/i, '');
  const phone = str(KEYS.phone);
  if (phone) basics.phone = phone.replace(/^tel:/i, '');
  const url = str(KEYS.url, (u) => /^(?:https?:\/\/|www\.)/i.test(u)) ?? linkUrl(get(KEYS.url, (v) => linkUrl(v) !== undefined));
  if (url) basics.url = url;
  const summary = str(KEYS.summary);
  if (summary) basics.summary = summary;
  const image = str(KEYS.image, (u) => !/\s/.test(u));
  if (image) basics.image = image;
  const tz = str(KEYS.timezone);
  if (tz) basics.timezone = tz;
  const location = readLocation(get);
  if (location) basics.location = location;
  const author = get(KEYS.author);
  let authorGave = false;
  if (author && typeof author === 'object' && !Array.isArray(author)) {
    const a = author as Record<string, unknown>;
    if (!basics.email && typeof a.email === 'string') {
      basics.email = a.email.trim();
      authorGave = true;
    }
    if (!basics.url && typeof a.url === 'string' && /^https?:/i.test(a.url)) {
      basics.url = a.url.trim();
      authorGave = true;
    }
  }
  // (Quarto's about page keeps them in "about: {template, links: [{icon, text, href}]}")
  const about = get(['about'], (v) => !!v && typeof v === 'object' && !Array.isArray(v)) as Record<string, unknown> | undefined;
  const profiles = get(KEYS.profiles, (v) => typeof v === 'object') ?? (Array.isArray(about?.links) ? about.links : undefined);
  if (profiles !== undefined) addProfiles(basics, profiles);
  addNetworkKeys(get, basics);
  return { author, authorGave };
}

/** `location` (a string → city, or an object), `address`, `city`, `region`, `country`, `postal_code`. */
function readLocation(get: Get): Location | undefined {
  const loc: Location = {};
  const whole = get(['location'], (v) => isText(v) || (typeof v === 'object' && !Array.isArray(v)));
  // (`address: {text: "Rotterdam, Netherlands"}`, a Jekyll CV layout's contact line)
  const addressLink = get(['address'], (v) => !!v && typeof v === 'object' && !Array.isArray(v) && isText((v as Record<string, unknown>).text));
  if (addressLink && loc.address === undefined) loc.address = String((addressLink as Record<string, unknown>).text).trim();
  if (typeof whole === 'string' && whole.trim()) loc.city = whole.trim();
  else if (whole && typeof whole === 'object' && !Array.isArray(whole)) {
    for (const [k, v] of Object.entries(whole)) if (k !== '__proto__' && (typeof v === 'string' || typeof v === 'number')) loc[k] = String(v).trim();
  }
  const parts: Array<[keyof Location & string, readonly string[]]> = [
    ['address', ['address']], ['city', ['city']], ['region', ['region']], ['postalCode', ['postalcode', 'zip']], ['countryCode', ['countrycode']],
    ['country', ['country']],
  ];
  for (const [field, names] of parts) {
    if (loc[field] !== undefined) continue;
    const v = get(names, isText);
    if (v !== undefined) loc[field] = String(v).trim();
  }
  return Object.keys(loc).length ? loc : undefined;
}

/** Profiles from a list (strings, `{icon, url}`, `{network, username, url}`, Nuxt's `{label, to}`) or a `{network: user}` map; `mailto:`/`tel:` become contacts. */
function addProfiles(basics: Basics, value: unknown): void {
  const items: unknown[] = Array.isArray(value)
    ? value
    : value && typeof value === 'object'
      ? Object.entries(value).filter(([k]) => k !== '__proto__').map(([network, v]) => (typeof v === 'string' ? { network, value: v } : v))
      : [value];
  const profiles: Profile[] = basics.profiles ?? [];
  for (const item of items) {
    const o: Record<string, unknown> = typeof item === 'string' ? { value: item } : item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
    const pick = (...names: string[]): string | undefined => {
      for (const n of names) if (typeof o[n] === 'string' && (o[n] as string).trim()) return (o[n] as string).trim();
      return undefined;
    };
    const target = pick('url', 'link', 'href', 'to', 'value');
    const network = pick('network', 'name', 'label', 'title', 'platform') ?? iconName(pick('icon'));
    const email = target && /^mailto:/i.test(target) ? target.slice(7).split('?')[0]! : target && looksLikeEmail(target) && !/^[a-z][a-z0-9+.-]*:/i.test(target) ? target : undefined;
    const phone = target && /^tel:/i.test(target) ? target.slice(4) : undefined;
    // the first email and phone are the contacts; another one stays a profile (nothing is lost)
    if (email && (basics.email === undefined || basics.email === email)) {
      basics.email = email;
      continue;
    }
    if (phone && (basics.phone === undefined || basics.phone === phone)) {
      basics.phone = phone;
      continue;
    }
    const profile: Profile = {};
    if (network) profile.network = network;
    const username = pick('username', 'user', 'handle');
    if (username) profile.username = username;
    if (email) profile.url = `mailto:${email}`;
    else if (target && /^(?:[a-z][a-z0-9+.-]*:|\/|www\.)/i.test(target)) profile.url = target;
    else if (target && !username) profile.username = target;
    if (profile.url || profile.username) profiles.push(profile);
  }
  if (profiles.length) basics.profiles = profiles;
}

/**
 * oh-my-cv's `header: [{text, link}]` (the line under the name): its links and the texts that are an email or a phone
 * number are contacts and profiles, its other texts the label (where the front matter gives none). The key stays unread: the
 * metadata keeps it as written.
 */
function addHeaderItems(basics: Basics, items: readonly unknown[]): void {
  const links: Array<{ link: string }> = [];
  const notes: string[] = [];
  for (const item of items) {
    const o = item && typeof item === 'object' ? (item as Record<string, unknown>) : { text: item };
    const text = typeof o.text === 'string' ? o.text.replace(/<[^<>]*>/g, ' ').replace(/\s+/g, ' ').trim() : '';
    const link = typeof o.link === 'string' ? o.link.trim() : '';
    if (link) links.push({ link });
    else if (looksLikeEmail(text)) links.push({ link: `mailto:${text}` });
    // (a text that is one phone number as the body's contact reader finds them: "(+212) 644397973")
    else if (findPhones(text)[0] === text) links.push({ link: `tel:${text}` });
    else if (text) notes.push(text);
  }
  if (links.length) addProfiles(basics, links);
  // ("Applying for: Software Engineer": the header's other texts say who the person is, as a label does)
  if (notes.length && basics.label === undefined) basics.label = notes.join(' · ');
}

/** "academicons/orcid" → "orcid", "fab fa-github" → "github", "brands/linkedin" → "linkedin". */
function iconName(icon: string | undefined): string | undefined {
  if (!icon) return undefined;
  const last = icon.split(/[\s/]/).pop() ?? icon;
  return last.startsWith('fa-') ? last.slice(3) : last;
}

/** A JSON Resume `basics` object: its fields win; its profiles are read like the others. */
function mergeJsonResumeBasics(basics: Basics, b: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(b)) {
    if (k === '__proto__' || v === null || v === undefined || v === '') continue;
    if (k === 'profiles') addProfiles(basics, v);
    else basics[k] = v;
  }
}

/** Keys of a page header's `infos` map → the basics field each fills. */
const INFO_FIELDS: Readonly<Record<string, 'name' | 'email' | 'phone' | 'url' | 'address'>> = {
  name: 'name', email: 'email', mail: 'email', phone: 'phone', tel: 'phone', mobile: 'phone', website: 'url', url: 'url', homepage: 'url', addr: 'address', address: 'address', location: 'address',
};

/**
 * A Hugo resume theme's `header: {image, infos: {name, email, phone, website, addr}}`: the person's details,
 * each filling a field that is still empty (the address as the location's `address`).
 */
function addHeaderInfos(basics: Basics, header: Record<string, unknown>): void {
  const infos = header.infos ?? header.info;
  if (!infos || typeof infos !== 'object' || Array.isArray(infos)) return;
  for (const [k, v] of Object.entries(infos as Record<string, unknown>)) {
    const field = INFO_FIELDS[k.toLowerCase()];
    if (!field || !isText(v)) continue;
    const text = String(v).trim();
    if (field === 'address') basics.location ??= { address: text };
    else if (field === 'url') basics.url ??= text;
    else basics[field] ??= field === 'email' ? text.replace(/^mailto:/i, '') : text;
  }
}

/** Chooses the name (see readFrontMatterBasics) and notes why; true when it came from `author`. */
function decideName(get: Get, basics: Basics, author: unknown, lexicons: readonly Lexicon[], out: FrontMatterBasics): boolean {
  let fromAuthor = false;
  const reasons: string[] = [];
  const first = get(KEYS.first, isText);
  const last = get(KEYS.last, isText);
  const parts = [first, last].filter((p): p is string => typeof p === 'string' && p.trim() !== '').map((p) => p.trim());
  const hints = { parts, ...(basics.email ? { email: basics.email } : {}) };
  const named = get(KEYS.name, isText);
  if (typeof basics.name === 'string' && basics.name.trim()) reasons.push('front matter basics.name');
  else if (typeof named === 'string' && named.trim()) {
    // ("name: Matthias" beside "surname: Grenié", as R's vitae writes it: the given name and the family name)
    const family = parts.length === 1 && typeof last === 'string' ? last.trim() : '';
    basics.name = family && !named.includes(family) ? `${named.trim()} ${family}` : named.trim();
    reasons.push(basics.name === named.trim() ? 'front matter "name"' : 'front matter "name" and family name');
  } else if (parts.length === 2) {
    basics.name = parts.join(' ');
    reasons.push('front matter first and last name');
  } else if (parts.length === 1 && typeof last === 'string' && /\S\s\S/.test(last) && scorePersonName(last.trim(), lexicons, hints).score >= NAME_THRESHOLD - 2) {
    // ("surname: Daniel Franzani Cerda" with no given name: R's vitae shows the whole name)
    basics.name = last.trim();
    reasons.push('front matter family name, a whole name');
  }
  const authorName = typeof author === 'string' ? author : Array.isArray(author) && typeof author[0] === 'string' ? author[0] : (author as { name?: unknown } | undefined)?.name;
  if (!basics.name && typeof authorName === 'string') {
    const s = scorePersonName(authorName, lexicons, hints);
    if (s.score >= NAME_THRESHOLD - 2) {
      basics.name = authorName.trim();
      fromAuthor = true;
      reasons.push(`front matter "author": ${s.why.join(', ')}`);
    }
  }
  const title = get(KEYS.title, isText);
  const pagetitle = get(KEYS.pagetitle, isText);
  if (typeof title === 'string' && title.trim()) {
    const t = readTitleName(title, lexicons, hints);
    if (!basics.name && t.name) {
      basics.name = t.name;
      reasons.push(...t.why);
      if (t.label && !basics.label) basics.label = t.label;
    }
    if (t.documentTitle) out.documentTitle = t.documentTitle;
  }
  if (typeof pagetitle === 'string' && pagetitle.trim()) {
    // a page's own title ("seoTitle: Ivan Luminaria | Data Warehouse Architect") may name the person where `title` did not
    const t = basics.name ? undefined : readTitleName(pagetitle, lexicons, hints);
    if (t?.name) {
      basics.name = t.name;
      reasons.push(...t.why.map((w) => `${w} (a page title)`));
    }
    if (!out.documentTitle) out.documentTitle = pagetitle.trim();
  }
  if (basics.name) out.why['/basics/name'] = reasons;
  return fromAuthor;
}
