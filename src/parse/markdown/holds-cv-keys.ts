// Tells whether parsed data (front matter, a data block, a component's props) has a key of a CV's own fields.
import { FRONT_MATTER_SECTION_KEYS } from './unwrap-front-matter-list.js';
import { normalFrontMatterKey } from './normal-front-matter-key.js';

/** Keys of a CV's own fields (normalized): its name, contact, jobs or schools. */
const CV_KEYS = new Set(['name', 'fullname', 'firstname', 'email', 'phone', 'contact', 'basics', ...FRONT_MATTER_SECTION_KEYS.work, ...FRONT_MATTER_SECTION_KEYS.education]);

/** The data has a key of a CV's own fields (its name, contact, jobs or schools). */
export function holdsCvKeys(data: Record<string, unknown>): boolean {
  return Object.keys(data).some((k) => CV_KEYS.has(normalFrontMatterKey(k)));
}
