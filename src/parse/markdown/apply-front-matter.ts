// Pass: puts what the front matter says into the model: basics it names, the sections it holds (before the body's), render options and unknown keys in meta.
import type { Basics, Meta, Resume } from '../../model/types.js';
import { noteField } from './note-field.js';
import type { ParseState } from './parse-types.js';
import { readFrontMatterCv } from './read-front-matter-cv.js';
import { swapFrontMatterRoles } from './swap-front-matter-roles.js';
import { moveFrontMatterStudies } from './move-front-matter-studies.js';
import { isFrontMatterContent } from './is-front-matter-content.js';
import { emailInFrontMatterText } from './email-in-front-matter-text.js';

const LISTS = ['work', 'volunteer', 'education', 'skills', 'languages', 'interests', 'awards', 'certificates', 'publications', 'projects'] as const;

/** `full` is `name` with nothing else but the honorifics the basics already keep ("Hendrik Erz, PhD" of "Hendrik Erz" and "PhD"). */
function honorificsOnly(full: string, name: string, basics: Basics): boolean {
  if (full === name || !full.includes(name)) return false;
  const rest = full.replace(name, ' ').replace(/[\s,;]+/g, ' ').trim();
  return [basics.honorificPrefix, basics.honorificSuffix].some((p) => typeof p === 'string' && p.trim() === rest);
}

/**
 * Pass: merges the front matter's CV into the model. Its basics win over what the body suggested (the
 * author wrote them as fields), the body's value being kept in `meta.overridden`; its sections come first;
 * render options and site settings go to `meta`; in front matter that holds a CV, an unknown list or group of
 * fields (`tools:`, `organizations:`) becomes a top-level key of the résumé, which themes print as a section. No value is lost.
 */
export function applyFrontMatter(state: ParseState): void {
  const fm = state.source.frontMatter;
  if (!fm?.data) return;
  const data = fm.unfolded ? Object.fromEntries(Object.entries(fm.data).filter(([k]) => !fm.unfolded!.includes(k))) : fm.data;
  const cv = readFrontMatterCv(data, state.lexicons);
  swapFrontMatterRoles(state, cv.resume.work);
  const where = { line: fm.line, endLine: fm.endLine };
  const r: Resume = state.resume;
  const meta: Meta = (r.meta ??= {});
  const basics = (r.basics ??= {});
  for (const [k, v] of Object.entries(cv.resume.basics ?? {})) {
    const had = basics[k];
    // ("title: Daniel Høyer Bjørnskovs CV" over "# Daniel Høyer Bjørnskov": the title's name is the body's in the genitive)
    if (k === 'name' && typeof had === 'string' && typeof v === 'string' && /^(?:s|'s|’s)$/.test(v.slice(had.length)) && v.startsWith(had)) continue;
    // ("name: Hendrik Erz, PhD": the name the header read, its title kept apart as honorificSuffix, stays as read)
    if (k === 'name' && typeof had === 'string' && typeof v === 'string' && honorificsOnly(v, had, basics)) continue;
    if (had !== undefined && JSON.stringify(had) !== JSON.stringify(v)) ((meta.overridden ??= {}) as Record<string, unknown>)[k] = had;
    basics[k] = v;
    noteField(state, `/basics/${k}`, where, cv.why[`/basics/${k}`] ?? [`front matter "${k}"`]);
  }
  moveFrontMatterStudies(state, cv.resume, (cv.meta.sectionTitles ??= {}) as Record<string, string>);
  if (Object.keys(cv.meta.sectionTitles as object).length === 0) delete cv.meta.sectionTitles;
  for (const key of LISTS) {
    const items = cv.resume[key] as unknown[] | undefined;
    if (!items?.length) continue;
    const list = ((r as Record<string, unknown>)[key] ??= []) as unknown[];
    list.unshift(...items);
    // (the body's parts of this list now start further on: the front matter's entries join the first part)
    for (const part of meta.sectionParts ?? []) if (part.key === key && part.from > 0) part.from += items.length;
    noteField(state, `/${key}`, where, ['a list in the front matter']);
  }
  const { sectionTitles, ...rest } = cv.meta;
  Object.assign(meta, rest);
  if (sectionTitles) meta.sectionTitles = { ...(sectionTitles as Record<string, string>), ...((meta.sectionTitles as Record<string, string> | undefined) ?? {}) };
  // (in front matter that holds a CV, an unknown list is content: the résumé keeps it and themes print it as a section)
  const holdsCv = Object.keys(cv.resume).length > 0;
  for (const [k, v] of Object.entries(cv.rest)) {
    if (holdsCv && !(k in r) && isFrontMatterContent(k, v)) r[k] = v;
    else if (!(k in meta)) meta[k] = v;
  }
  if (cv.unread.length) meta.unread = cv.unread;
  // ("left-column: ['Email: [contact@x.com](mailto:contact@x.com)']": an email in the front matter's free text, where none was found)
  const email = basics.email === undefined ? emailInFrontMatterText(cv.rest) : undefined;
  if (email) {
    basics.email = email;
    noteField(state, '/basics/email', where, ['an email address in the front matter\'s text']);
  }
}
