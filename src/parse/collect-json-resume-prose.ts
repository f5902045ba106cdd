// Collects the prose of a JSON Resume (labels, summaries, highlights, degrees…), the text that tells its language.
import type { Resume } from '../model/types.js';

/**
 * The fields of each part of a JSON Resume that hold text written in the CV's language: not names of people,
 * organisations or places, addresses, links, e-mails, phones or dates (a Portuguese university's name in an
 * English CV says nothing of the CV's language), nor skills' keywords and publications' titles, most often
 * English whatever the CV's language. `sections` is cvpress's own extension.
 */
const PROSE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  basics: ['label', 'summary'],
  work: ['position', 'summary', 'description', 'highlights'],
  volunteer: ['position', 'summary', 'highlights'],
  education: ['studyType', 'area', 'summary', 'courses'],
  awards: ['title', 'summary'],
  publications: ['summary'],
  skills: ['name', 'level'],
  languages: ['language', 'fluency'],
  interests: ['name', 'keywords'],
  references: ['reference'],
  projects: ['description', 'highlights', 'roles'],
  sections: ['title', 'markdown', 'items'],
};

/** Top-level fields that hold no prose: the file's own settings, links, and the parts listed in {@link PROSE_FIELDS}. */
const NOT_PROSE = new Set(['$schema', 'meta', 'certificates', ...Object.keys(PROSE_FIELDS)]);

/** Collected text is read up to about this many characters (language detection reads no further). */
const MAX_CHARS = 20000;

/** Text that is more than a link, an e-mail address or an identifier: it holds a space, or none of / . @ : */
const isProse = (text: string): boolean => /\s/.test(text) || !/[/.@:]/.test(text);
/** Text of more than one word. */
const isWords = (text: string): boolean => /\s/.test(text);

/** What is collected, and how much of it. */
interface Collected {
  texts: string[];
  chars: number;
}

/** Adds the strings of `value` that `keep` accepts (a string, or strings in lists and objects a few levels down). */
function addStrings(out: Collected, value: unknown, keep: (text: string) => boolean, depth = 0): void {
  if (out.chars > MAX_CHARS || depth > 4) return;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text !== '' && keep(text)) {
      out.texts.push(text);
      out.chars += text.length;
    }
  } else if (Array.isArray(value)) for (const v of value) addStrings(out, v, keep, depth + 1);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) addStrings(out, v, keep, depth + 1);
}

/**
 * The prose of a JSON Resume, part by part in the schema's order: `basics.label` and `summary`, each entry's position, summary,
 * description and highlights, degrees and areas of study, award titles, skills' names and levels, languages and
 * fluencies, interests, references, projects' descriptions, highlights and roles, and the strings of top-level
 * fields the schema does not define that hold a space ("personal-statement"). Names of people and organisations,
 * places, links, dates and the `meta` object are left out. Reads about 20,000 characters at most.
 * @param resume - the normalized résumé (`normalizeJsonResume`'s output)
 * @returns the strings, one per field or list item
 */
export function collectJsonResumeProse(resume: Resume): string[] {
  const out: Collected = { texts: [], chars: 0 };
  for (const [part, fields] of Object.entries(PROSE_FIELDS)) {
    const value = resume[part];
    const entries = Array.isArray(value) ? value : [value];
    for (const entry of entries) {
      if (entry === null || typeof entry !== 'object') continue;
      for (const field of fields) addStrings(out, (entry as Record<string, unknown>)[field], isProse);
    }
  }
  // fields of its own the CV's author added ("personal-statement", "achievements"): only text that holds a space
  for (const [key, value] of Object.entries(resume)) if (!NOT_PROSE.has(key)) addStrings(out, value, isWords);
  return out.texts;
}
