// Moves what a front matter's lists file under the wrong kind to the right one: studies listed as jobs, spoken languages listed as a skill group.
import type { Education, Language, Resume, Work } from '../../model/types.js';
import { classifyHeadingIn } from './classify-heading-in.js';
import type { ParseState } from './parse-types.js';
import { wordClasses } from './score-segment.js';
import { namesSpokenLanguage } from './names-spoken-language.js';
import { splitLanguageLevel } from './split-language-level.js';

/** A job that is a study: its role opens with a degree word and names no job, and its organisation names no company. */
function isStudy(state: ParseState, w: Work): boolean {
  if (typeof w.position !== 'string' || typeof w.name !== 'string') return false;
  const role = wordClasses(w.position, state);
  const first = wordClasses(w.position.trim().split(/\s+/)[0] ?? '', state);
  if (role.has('jobTitle') || !first.has('degree')) return false;
  return !wordClasses(w.name, state).has('organisation');
}

/** A job as the study it is: the organisation its school, the role its degree; every other field kept. */
function toStudy(w: Work): Education {
  const { name, position, ...rest } = w;
  return { institution: name, studyType: position, ...rest };
}

/** Each name of a skill group that a languages heading names ("اللغات", "Languages") and that names a spoken language, as a language. */
function languagesOf(state: ParseState, skill: Record<string, unknown>): Language[] | undefined {
  const name = typeof skill.name === 'string' ? skill.name : undefined;
  const words = Array.isArray(skill.keywords) ? skill.keywords.filter((k): k is string => typeof k === 'string' && k.trim() !== '') : [];
  if (!name || words.length === 0 || words.length !== (skill.keywords as unknown[]).length) return undefined;
  // (a group that names no spoken language lists programming languages: "Languages": ["TypeScript", "C#"] stays a skill)
  if (classifyHeadingIn(state, name)?.kind !== 'languages' || !words.some(namesSpokenLanguage)) return undefined;
  return words.map((w) => splitLanguageLevel(w, {}) as Language);
}

/**
 * Moves, in the front matter's résumé before it joins the model, each job whose role opens with a degree word
 * ("ماجستير في هندسة أنظمة التحكم", "Master of Science") and names no job, at an organisation that names no company,
 * to the schools (a CV whose `experience:` list runs on into its degrees), and each skill group a languages heading
 * names ("اللغات": ["الفرنسية", "الإنجليزية"], "Idiomas": ["Inglês (Avançado)"]) to the languages (a level written beside one its fluency), its name their heading in `titles` (the section
 * titles). Order within each list is kept.
 */
export function moveFrontMatterStudies(state: ParseState, resume: Resume, titles: Record<string, string>): void {
  const studies = (resume.work ?? []).filter((w) => isStudy(state, w));
  if (studies.length) {
    resume.work = resume.work!.filter((w) => !studies.includes(w));
    resume.education = [...(resume.education ?? []), ...studies.map(toStudy)];
  }
  const skills = (resume.skills ?? []) as Array<Record<string, unknown>>;
  const spoken = skills.map((s) => languagesOf(state, s));
  if (spoken.some(Boolean)) {
    // (the group's name is the languages' heading)
    const named = skills.find((_, k) => spoken[k])?.name;
    if (typeof named === 'string') titles.languages ??= named;
    resume.skills = skills.filter((_, k) => !spoken[k]) as Resume['skills'];
    resume.languages = [...(resume.languages ?? []), ...spoken.flatMap((l) => l ?? [])];
  }
}
