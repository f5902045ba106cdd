// Reads a CV held in MDC block components' YAML props (Nuxt Content: "::cv-list" / "---" / title, items / "---" / "::") as front matter.
import { LEXICONS } from '../../model/lexicon/lexicons.js';
import { findComponentBlocks } from './find-component-blocks.js';
import { holdsCvKeys } from './holds-cv-keys.js';
import { parseFrontMatter } from './parse-front-matter.js';
import type { FrontMatterBlock } from './parse-types.js';
import { sectionOfTitle } from './section-of-title.js';
import { FRONT_MATTER_SECTION_KEYS } from './unwrap-front-matter-list.js';

/** Every lexicon: the language is not known yet when the source is read. */
const ALL = Object.values(LEXICONS);

/**
 * Where block components carry the CV as YAML props (a Nuxt Content page: "::cv-personal" with `name`,
 * `contacts`…, whose `title` is then the label; "::cv-list" with `title: Experiência Profissional` and `items: […]`), reads them into the
 * front matter's data: a component whose `title` names a section and that holds a list becomes that section's
 * key (`work: {title, items}`), one that holds a CV's own fields (name, email…) gives its keys to the top level
 * (a key the front matter already has is kept). The lines of the components read leave the body; the others
 * stay Markdown. Returns the front matter to use.
 * @param lines - the file's lines
 * @param body - the body's lines, blanked where a component was read
 * @param frontMatter - the front matter read so far
 */
export function readComponentCv(lines: readonly string[], body: string[], frontMatter: FrontMatterBlock | undefined): FrontMatterBlock | undefined {
  if (frontMatter?.data && holdsCvKeys(frontMatter.data)) return frontMatter;
  const data: Record<string, unknown> = {};
  const read = findComponentBlocks(lines, frontMatter ? frontMatter.endLine : 0).filter((span) => {
    const props = parseFrontMatter('yaml', lines.slice(span.yamlOpen + 1, span.yamlClose).join('\n'), span.yamlOpen + 2).data;
    return props !== undefined && addProps(data, props);
  });
  // (components that hold no CV stay Markdown: their lines are blanked only once the CV is taken from them)
  if (read.length === 0 || !holdsCvKeys(data)) return frontMatter;
  for (const span of read) for (let i = span.open; i <= span.close; i++) body[i] = '';
  const first = read[0]!.open;
  const last = read[read.length - 1]!.close;
  if (frontMatter) return { ...frontMatter, data: { ...(frontMatter.data ?? {}), ...data } };
  return { format: 'yaml', line: first + 1, endLine: last + 1, raw: lines.slice(first, last + 1).join('\n'), data };
}

/** Adds one component's props to `data` (see {@link readComponentCv}); false when they are neither a section nor a CV's fields. */
function addProps(data: Record<string, unknown>, props: Record<string, unknown>): boolean {
  const title = typeof props.title === 'string' ? props.title : undefined;
  const kind = title !== undefined && Object.values(props).some(Array.isArray) ? sectionOfTitle(title, ALL) : undefined;
  if (kind && kind in FRONT_MATTER_SECTION_KEYS && !(kind in data)) {
    data[kind] = props;
    return true;
  }
  if (!holdsCvKeys(props)) return false;
  // (the person's own component: its title is what they do, not the page's)
  const own = title !== undefined && typeof props.name === 'string' && props.label === undefined ? { ...props, label: title, title: undefined } : props;
  for (const [k, v] of Object.entries(own)) if (k !== '__proto__' && v !== undefined && !(k in data)) data[k] = v;
  return true;
}
