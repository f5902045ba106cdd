// Finds the list of entries a front-matter section key holds: the list itself, or the one list inside an object with its title.
import type { FrontMatterSectionKey } from './read-front-matter-entries.js';

/** Front-matter keys of each section, compared lower case without `_`, `-` or spaces. */
export const FRONT_MATTER_SECTION_KEYS: Readonly<Record<FrontMatterSectionKey, readonly string[]>> = {
  work: ['work', 'experience', 'experiences', 'employment', 'jobs', 'positions', 'career', 'workexperience', 'professionalexperience', 'companies', 'employers', 'workhistory', 'employmenthistory', 'internships', 'appointments'],
  volunteer: ['volunteer', 'volunteering', 'volunteerwork', 'volunteerexperience'],
  education: ['education', 'educations', 'schools', 'studies', 'diplomas', 'degrees', 'schooling', 'academics', 'educationhistory', 'academicbackground'],
  skills: ['skills', 'skill', 'technicalskills', 'skillset', 'competencies'],
  languages: ['languages', 'spokenlanguages', 'languageskills'],
  interests: ['interests', 'hobbies', 'researchinterests'],
  awards: ['awards', 'honors', 'honours', 'prizes', 'achievements'],
  certificates: ['certificates', 'certifications', 'certs', 'licenses', 'othercertificates'],
  publications: ['publications', 'papers'],
  projects: ['projects', 'sideprojects'],
};
/** Sections whose entries are dated: the ones worth writing into the body as Markdown when the key readers cannot read them. */
export const DATED_FRONT_MATTER_SECTIONS: readonly FrontMatterSectionKey[] = ['work', 'education', 'volunteer'];
/** Keys of a list's own words beside it: its heading, not entries. */
const LABEL_KEYS = new Set(['title', 'name']);

/**
 * The items of a section value: a list; a list inside an object with its title (`{title, info: […]}`,
 * Wowchemy `{courses: […]}`, or the object's only list beside scalar settings: `{enable: true, title, education_list: […]}`);
 * or, for skills, languages and interests, a `{name: value}` map.
 */
export function unwrapFrontMatterList(kind: FrontMatterSectionKey, value: unknown): { items: unknown[]; title?: string; path: string } | undefined {
  if (Array.isArray(value)) return { items: value, path: '' };
  if (!value || typeof value !== 'object') return undefined;
  const obj = value as Record<string, unknown>;
  const title = typeof obj.title === 'string' ? obj.title : typeof obj.name === 'string' ? obj.name : undefined;
  for (const k of ['items', 'info', 'list', 'entries', 'data', 'content', 'courses', 'jobs', 'positions', 'schools']) {
    if (Array.isArray(obj[k])) return { items: obj[k] as unknown[], ...(title ? { title } : {}), path: `/${k}` };
  }
  const entries = Object.entries(obj).filter(([k]) => k !== '__proto__');
  // a theme's own name for the list, beside scalar settings (`{enable: true, title, education_list: […]}`)
  const lists = entries.filter(([, v]) => Array.isArray(v));
  if (lists.length === 1 && entries.every(([k, v]) => Array.isArray(v) || typeof v === 'boolean' || typeof v === 'number' || (typeof v === 'string' && LABEL_KEYS.has(k.toLowerCase())))) {
    const [k, v] = lists[0]!;
    return { items: v as unknown[], ...(title ? { title } : {}), path: `/${k}` };
  }
  if (kind === 'skills' && entries.every(([, v]) => Array.isArray(v) || typeof v === 'string')) {
    return { items: entries.map(([name, v]) => ({ name, keywords: Array.isArray(v) ? v : String(v).split(',').map((s) => s.trim()) })), path: '' };
  }
  if (kind === 'languages' && entries.every(([, v]) => typeof v === 'string')) {
    return { items: entries.map(([language, fluency]) => ({ language, fluency })), path: '' };
  }
  // Europass: `{mother_tongues: [Hungarian], other_languages: [{language: English, …}]}`
  if (kind === 'languages' && entries.length > 0 && entries.every(([, v]) => Array.isArray(v))) {
    return { items: entries.flatMap(([, v]) => v as unknown[]), path: '' };
  }
  if (kind === 'interests' && entries.every(([, v]) => Array.isArray(v) || typeof v === 'string')) {
    return { items: entries.map(([name, v]) => ({ name, keywords: Array.isArray(v) ? v : [String(v)] })), path: '' };
  }
  return undefined;
}

