// Turns keys written twice (JSON, YAML, front matter) into `duplicate-key` warnings that name the key and both lines.
import { createWarning, type CvWarning } from '../model/warning.js';
import type { DuplicateKey } from './find-duplicate-keys.js';

/**
 * One `duplicate-key` warning per repeated key: the last value is kept (as `JSON.parse` and the yaml package's
 * `toJS` do), the earlier one is ignored, and the message says which lines hold them and how to fix it.
 * @param duplicates - from `findDuplicateKeys` or `findYamlDuplicateKeys`
 * @param file - the CV file, for the warnings
 * @param opts - `lineOffset` added to every line (front matter: the lines before the block), `subject` that
 *   starts the message (e.g. `the front matter`; none: the file is the subject)
 */
export function toDuplicateKeyWarnings(duplicates: DuplicateKey[], file: string | undefined, opts: { lineOffset?: number; subject?: string } = {}): CvWarning[] {
  const offset = opts.lineOffset ?? 0;
  const subject = opts.subject ? `${opts.subject} ` : '';
  return duplicates.map((dup) => {
    const first = dup.firstLine + offset;
    const line = dup.line + offset;
    return createWarning(
      'duplicate-key',
      `${subject}has the key ${JSON.stringify(dup.key)} twice in one object (lines ${first} and ${line}); the value at line ${line} is used and the one at line ${first} is ignored. Fix: remove one of the two, or merge their values.`,
      line,
      file,
    );
  });
}
