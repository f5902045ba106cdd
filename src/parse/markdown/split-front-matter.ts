// Splits YAML front matter (`---` … `---`) off a Markdown CV and parses it with the safe core schema.
import { checkExpandedSize } from '../check-expanded-size.js';
import { checkYamlScalars } from '../check-yaml-scalars.js';
import { loadYaml } from '../load-yaml.js';
import { MalformedError } from '../../model/errors.js';
import { createWarning, type CvWarning } from '../../model/warning.js';

/** The front matter's data, the Markdown body, how many source lines the front matter took, and warnings about it. */
export interface FrontMatter {
  data: Record<string, unknown> | undefined;
  body: string;
  lineOffset: number;
  /** Front matter that was meant but could not be read as such (never closed, a list): its lines stay Markdown. */
  warnings?: CvWarning[];
}

/** True when a line reads as a YAML `key: value` (or `key:`) line: the first colon comes after a name and before a space or the end. */
function isKeyLine(line: string): boolean {
  const t = line.trimStart();
  const body = t.startsWith('"') || t.startsWith("'") ? t.slice(1) : t;
  if (!/^[\p{L}\p{N}_$-]/u.test(body)) return false;
  const colon = body.indexOf(':');
  if (colon < 1) return false;
  const after = body[colon + 1];
  return after === undefined || /\s/.test(after);
}

/** Warnings for text that opens front matter on line 1 but is not read as front matter. */
function missedFrontMatter(text: string, file: string | undefined): CvWarning[] {
  const lines = text.split('\n', 200);
  if (!/^(?:\uFEFF)?---[ \t]*\r?$/.test(lines[0] ?? '')) return [];
  const first = lines.slice(1).find((l) => l.trim() !== '');
  if (first === undefined) return [];
  const closed = lines.slice(1).some((l) => /^(?:---|\.\.\.)[ \t]*\r?$/.test(l));
  if (!closed && isKeyLine(first)) {
    return [createWarning('front-matter-unclosed', 'line 1 opens front matter (---) that is never closed, so its lines are read as Markdown; add a line --- after the last key: value line.', 1, file)];
  }
  if (closed && /^\s*- /.test(first)) {
    return [createWarning('front-matter-list', 'the front matter (between the --- lines) is a YAML list, not key: value lines, so it is read as Markdown; write it as keys such as theme: classic.', 1, file)];
  }
  return [];
}

/**
 * Splits off front matter. Only the YAML core schema is accepted: custom tags
 * (`!!js/function`, `!foo`) and syntax errors throw {@link MalformedError} with the file and line.
 */
export function splitFrontMatter(text: string, file?: string): FrontMatter {
  const m = /^(?:\uFEFF)?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  const notFrontMatter = (): FrontMatter => {
    const warnings = missedFrontMatter(text, file);
    return { data: undefined, body: text, lineOffset: 0, ...(warnings.length ? { warnings } : {}) };
  };
  if (!m) return notFrontMatter();
  const yamlText = m[1] ?? '';
  // a thematic break (---) around Markdown is not front matter: front matter starts with a "key:" line
  const yamlLines = yamlText.split('\n');
  const firstLine = yamlLines.find((l) => l.trim() && !/^\s*#/.test(l));
  if (firstLine !== undefined && !isKeyLine(firstLine)) return notFrontMatter();
  if (firstLine === undefined && yamlLines.some((l) => /^\s*#\s/.test(l))) return { data: undefined, body: text, lineOffset: 0 };
  const lineOffset = m[0].split('\n').length - (m[0].endsWith('\n') ? 1 : 0);
  const body = text.slice(m[0].length);
  const where = (pos: number): number => yamlText.slice(0, pos).split('\n').length + 1;
  checkYamlScalars(yamlText, { ...(file !== undefined ? { file } : {}), what: 'The front matter', firstLine: 2 });
  const doc = loadYaml().parseDocument(yamlText, { schema: 'core', prettyErrors: false, uniqueKeys: true });
  const problem = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED' || /tag/i.test(w.message));
  if (problem) {
    throw new MalformedError('E_FRONT_MATTER', `the front matter is not valid YAML: ${problem.message.split('\n')[0]}`, {
      ...(file !== undefined ? { file } : {}),
      line: where(problem.pos[0]),
      hint: 'Fix the YAML between the two --- lines (plain keys and values only; custom tags such as !!js/function are not allowed).',
    });
  }
  let tagged: number | undefined;
  const visit = (node: unknown): void => {
    if (tagged !== undefined || !node || typeof node !== 'object') return;
    const n = node as { tag?: string; range?: [number, number, number]; items?: unknown[]; key?: unknown; value?: unknown };
    if (n.tag && !/^tag:yaml\.org,2002:(?:str|int|float|bool|null|map|seq)$/.test(n.tag)) tagged = n.range?.[0] ?? 0;
    if (Array.isArray(n.items)) n.items.forEach(visit);
    if ('key' in n) visit(n.key);
    if ('value' in n) visit(n.value);
  };
  visit(doc.contents);
  if (tagged !== undefined) {
    throw new MalformedError('E_FRONT_MATTER', 'the front matter uses a custom YAML tag', {
      ...(file !== undefined ? { file } : {}),
      line: where(tagged),
      hint: 'Remove the tag (such as !!js/function or !custom); only plain YAML values are allowed.',
    });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new MalformedError('E_FRONT_MATTER', `the front matter cannot be read: ${(e as Error).message}`, { ...(file !== undefined ? { file } : {}), line: 2, cause: e });
  }
  checkExpandedSize(data, { textLength: text.length, ...(file !== undefined ? { file } : {}), what: 'The front matter' });
  if (data === null || data === undefined) return { data: undefined, body, lineOffset };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new MalformedError('E_FRONT_MATTER', 'the front matter must be a YAML mapping (key: value lines)', { ...(file !== undefined ? { file } : {}), line: 2 });
  }
  return { data: data as Record<string, unknown>, body, lineOffset };
}
