// Whether an unknown front-matter key of a CV held in front matter is CV content (a list or a group of fields) rather than a site setting.
import { normalFrontMatterKey } from './normal-front-matter-key.js';

/** List-valued keys of static site generators and document tools that hold no CV words (tags, images, scripts…). */
const SITE_LISTS = new Set([
  'tags', 'categories', 'keywords', 'series', 'images', 'image', 'resources', 'scripts', 'styles', 'stylesheets',
  'includes', 'plugins', 'params', 'menus', 'translations', 'translationkey', 'authors', 'outputs', 'feature',
  'featured', 'banner', 'cover', 'thumbnail', 'gallery', 'seo', 'og', 'opengraph', 'twitter', 'analytics',
  'build', 'exclude', 'include', 'defaults', 'navigation', 'breadcrumbs', 'fonts', 'colors', 'colours', 'style',
  'bibliography', 'csl', 'csloptions', 'pdfoptions', 'htmlmeta', 'meta', 'custom', 'frontmatter', 'extra',
]);

/** Whether `v` holds some text: a non-empty string, a number, or a list or object holding one. */
function holdsText(v: unknown, depth = 0): boolean {
  if (typeof v === 'string') return v.trim() !== '';
  if (typeof v === 'number') return true;
  if (depth > 6 || v === null || typeof v !== 'object' || v instanceof Date) return false;
  return (Array.isArray(v) ? v : Object.values(v)).some((x) => holdsText(x, depth + 1));
}

/**
 * Whether the unknown key `key` of front matter that holds a CV is content to print (`organizations: [{name, url}]`,
 * `tools: [Docker, Kubernetes]`, a group of fields): a list or an object with some text, under a key that is not a
 * site generator's list (tags, images, scripts…). Scalars stay page settings (`description:`, `subtitle:`).
 * @param key - the key as written
 * @param value - its parsed value
 */
export function isFrontMatterContent(key: string, value: unknown): boolean {
  if (value === null || typeof value !== 'object' || value instanceof Date) return false;
  return !SITE_LISTS.has(normalFrontMatterKey(key)) && holdsText(value);
}
