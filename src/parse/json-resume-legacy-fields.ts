// The older JSON Resume schema's field names and the current field each one is read as (data only).

/**
 * Field renames from the older JSON Resume schemas, keyed by where the field sits (`basics`,
 * `basics.location`, `work[]` for an entry of `work`, `` for the top level). The value is the current
 * name; the old field is read as the new one (with a warning naming it) unless the new one is also
 * set. Sources: resume-schema v0.0.12–v0.0.16 (2014–2015, what resume-cli 0.x and most themes of that
 * time used), the 2016–2017 changes released as v0.0.17/v1.0.0, v0.1.x (2020, `gpa` → `score`), and the
 * 2014 drafts (v0.0.6–v0.0.11) that some early files still follow. docs/json-resume.md lists them.
 */
export const LEGACY_FIELDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '': { bio: 'basics', hobbies: 'interests' },
  basics: { picture: 'image', website: 'url' },
  'basics.location': { state: 'region' },
  'work[]': { company: 'name', website: 'url', companyDescription: 'description' },
  'volunteer[]': { website: 'url' },
  'education[]': { gpa: 'score' },
  'awards[]': { awardDate: 'date' },
  'publications[]': { website: 'url' },
  'projects[]': { website: 'url', summary: 'description', tech: 'keywords' },
  meta: { url: 'canonical' },
};
