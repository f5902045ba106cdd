// Splits YAML front matter (`---` … `---`) off a Markdown CV and parses it with the safe core schema.
import { loadYaml } from '../load-yaml.js';
import { MalformedError } from '../../model/errors.js';

/** The front matter's data, the Markdown body and how many source lines the front matter took. */
export interface FrontMatter {
  data: Record<string, unknown> | undefined;
  body: string;
  lineOffset: number;
}

/**
 * Splits off front matter. Only the YAML core schema is accepted: custom tags
 * (`!!js/function`, `!foo`) and syntax errors throw {@link MalformedError} with the file and line.
 */
export function splitFrontMatter(text: string, file?: string): FrontMatter {
  const m = /^(?:\uFEFF)?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { data: undefined, body: text, lineOffset: 0 };
  const yamlText = m[1] ?? '';
  // a thematic break (---) around Markdown is not front matter: front matter starts with a "key:" line
  const firstLine = yamlText.split('\n').find((l) => l.trim() && !/^\s*#/.test(l));
  if (firstLine !== undefined && !/^\s*["']?[\p{L}\p{N}_$-][^:]*["']?\s*:(?:\s|$)/u.test(firstLine)) return { data: undefined, body: text, lineOffset: 0 };
  if (firstLine === undefined && /^\s*#\s/m.test(yamlText)) return { data: undefined, body: text, lineOffset: 0 };
  const lineOffset = m[0].split('\n').length - (m[0].endsWith('\n') ? 1 : 0);
  const body = text.slice(m[0].length);
  const where = (pos: number): number => yamlText.slice(0, pos).split('\n').length + 1;
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
  if (data === null || data === undefined) return { data: undefined, body, lineOffset };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new MalformedError('E_FRONT_MATTER', 'the front matter must be a YAML mapping (key: value lines)', { ...(file !== undefined ? { file } : {}), line: 2 });
  }
  return { data: data as Record<string, unknown>, body, lineOffset };
}
