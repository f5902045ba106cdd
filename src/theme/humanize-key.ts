// Turns a JSON field name into a label for an extra field or section (`employmentType` → `Employment type`).

/**
 * The label cvpress's themes show for a field the JSON Resume schema does not define.
 * @param key - the field's name as written (`employmentType`, `personal-statement`, `work_history`)
 * @returns the words of the name, the first capitalised (`Employment type`, `Personal statement`)
 */
export function humanizeKey(key: string): string {
  const words = key.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
