// The form front-matter keys are compared in: lower case without `_`, `-` or spaces.

/**
 * `first_name`, `firstName`, `first-name` → `firstname`.
 * @param key - a front-matter key as written
 */
export function normalFrontMatterKey(key: string): string {
  return key.toLowerCase().replace(/[-_ ]/g, '');
}
