// Parses a front-matter block (YAML with the safe core schema and bounds, or TOML) into data, or says what is wrong and where.
import type { Document } from 'yaml';
import type { DuplicateKey } from '../find-duplicate-keys.js';
import { findYamlDuplicateKeys } from '../find-yaml-duplicate-keys.js';
import { loadYaml } from '../load-yaml.js';
import { findDeepYamlNesting } from './find-deep-yaml-nesting.js';
import { loadToml } from './load-toml.js';
import { measureYamlExpansion } from './measure-yaml-expansion.js';
import { readPlainYaml, type PlainTag } from './read-plain-yaml.js';

/** Parsed front matter, or the problem that kept it from being read. */
export interface FrontMatterParse {
  data?: Record<string, unknown>;
  /** YAML keys written twice in one mapping (the last value is in `data`), with the file's lines. */
  duplicates?: DuplicateKey[];
  /** 1-based line of the file, a sentence saying what is wrong and how to fix it, and the YAML error's code. */
  problem?: { line: number; message: string; code?: string };
}

/** Deepest nesting allowed, as for JSON Resume files (SECURITY.md). */
const MAX_DEPTH = 64;
/** Aliases the yaml package may follow (SECURITY.md). */
const MAX_ALIASES = 100;
/** What the data may grow to through aliases, beyond twice the block's own size. */
const EXPANSION_ALLOWANCE = 65_536;
/** Front matter larger than this is read as text (a whole CV in front matter is a few kilobytes). */
const MAX_SIZE = 256 * 1024;
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

const YAML_FIXES: Readonly<Record<string, string>> = {
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  DUPLICATE_KEY: 'remove or rename the repeated key',
  MISSING_CHAR: 'close the quote or bracket that is left open',
  BLOCK_AS_IMPLICIT_KEY: 'put the value in quotes when it holds ": "',
  MULTILINE_IMPLICIT_KEY: 'put the value in quotes when it holds ": "',
  BAD_INDENT: 'line the keys of one level up under each other',
  UNEXPECTED_TOKEN: 'put the value in quotes when it starts with a special character',
};

/**
 * Reads the text between the front-matter delimiters. YAML: the core schema only (no custom tags), nesting up
 * to 64 levels, at most 100 aliases and a bounded expanded size; a key written twice keeps its last value (and
 * is listed in `duplicates`); a number written with a leading zero or a plus sign (a phone number, a postal
 * code) keeps its text. TOML: smol-toml, nesting up to 64 levels, dates as ISO strings. Never throws.
 * @param format - `yaml` or `toml`
 * @param raw - the block's text between the delimiters
 * @param firstLine - the file line (1-based) of the block's first line, for messages
 */
export function parseFrontMatter(format: 'yaml' | 'toml', raw: string, firstLine: number): FrontMatterParse {
  const problem = (line: number, message: string, code?: string): FrontMatterParse => ({ problem: { line: firstLine + line - 1, message, ...(code ? { code } : {}) } });
  if (raw.length > MAX_SIZE) return problem(1, `the front matter is larger than ${MAX_SIZE / 1024} KB; move the CV's content below it`);
  let data: unknown;
  let duplicates: DuplicateKey[] = [];
  if (format === 'toml') {
    try {
      data = toPlain(loadToml().parse(raw, { maxDepth: MAX_DEPTH, unsafeKeyBehaviour: 'drop' }));
    } catch (e) {
      const err = e as Error & { line?: number };
      const what = firstSentence(err.message);
      return problem(err.line ?? 1, `the front matter is not valid TOML (${what}); fix it between the two +++ lines (key = "value", one per line)`);
    }
  } else {
    const deep = findDeepYamlNesting(raw, MAX_DEPTH);
    if (deep > 0) return problem(deep, `the front matter nests lists and maps more than ${MAX_DEPTH} levels deep; flatten it`);
    const read = readYaml(raw);
    if ('line' in read) return problem(read.line, read.message, read.code);
    data = read.data;
    duplicates = read.duplicates.map((d) => ({ ...d, firstLine: firstLine + d.firstLine - 1, line: firstLine + d.line - 1 }));
  }
  if (data === null || data === undefined) return { data: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return problem(1, 'the front matter is not a list of "key: value" lines; write it as key: value pairs or remove the delimiters');
  }
  return { data: data as Record<string, unknown>, ...(duplicates.length ? { duplicates } : {}) };
}

/** YAML text → data and its keys written twice, or the first problem with its line within the text. */
function readYaml(raw: string): { data: unknown; duplicates: DuplicateKey[] } | { line: number; message: string; code?: string } {
  const Y = loadYaml();
  // (most front matter is plain maps, lists and scalars: read without the package's document model, which costs far more)
  const plain = readPlainYaml(raw, new Y.Schema({ schema: 'core' }).tags as readonly PlainTag[]);
  if (plain !== undefined) return { data: plain, duplicates: [] };
  let doc: Document;
  try {
    // uniqueKeys is checked below: the yaml package's own check takes time quadratic in the number of keys
    doc = Y.parseDocument(raw, { schema: 'core', prettyErrors: true, uniqueKeys: false, logLevel: 'silent' });
  } catch (e) {
    return { line: 1, message: `the front matter cannot be read as YAML (${firstSentence((e as Error).message)})` };
  }
  const err = doc.errors[0];
  if (err) {
    const fix = YAML_FIXES[err.code] ?? 'fix the YAML between the two --- lines';
    return { line: err.linePos?.[0].line ?? 1, message: `the front matter is not valid YAML (${firstSentence(err.message)}); ${fix}`, code: err.code };
  }
  let tagged = -1;
  Y.visit(doc, {
    Node(_key, node) {
      if (tagged < 0 && node.tag !== undefined && !PLAIN_TAGS.has(node.tag)) tagged = node.range?.[0] ?? 0;
    },
    Scalar(_key, node) {
      // 0412 345 678, +41 79…, 01234: keep the digits as written, not the number they read as
      if (typeof node.value === 'number' && node.type === 'PLAIN' && typeof node.source === 'string' && String(node.value) !== node.source) {
        const c = node.source.charCodeAt(0);
        if (c === 48 || c === 43) node.value = node.source;
      }
    },
  });
  const tagWarning = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (tagged >= 0 || tagWarning) {
    const line = tagWarning?.linePos?.[0].line ?? lineAt(raw, tagged);
    return { line, message: 'the front matter uses a YAML tag (such as !!js/function or !custom); remove it, only plain values are allowed' };
  }
  if (measureYamlExpansion(doc, 2 * raw.length + EXPANSION_ALLOWANCE) === Infinity) {
    return { line: 1, message: 'the front matter grows too large through its aliases (*name); write the values out instead of repeating aliases' };
  }
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIASES }) as unknown, duplicates: findYamlDuplicateKeys(doc, raw) };
  } catch (e) {
    return { line: 1, message: `the front matter cannot be read (${firstSentence((e as Error).message)}); check its aliases (*name) and anchors (&name)` };
  }
}

/** TOML data with its dates turned into ISO strings (YAML's core schema gives strings too). */
function toPlain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) (value as Record<string, unknown>)[k] = toPlain(v);
  }
  return value;
}

/** The first line of an error message, without the yaml package's " at line N, column M:" tail. */
function firstSentence(message: string): string {
  const first = message.split('\n')[0] ?? message;
  const at = first.indexOf(' at line ');
  const text = (at > 0 ? first.slice(0, at) : first).trimEnd();
  return text.endsWith('.') || text.endsWith(':') ? text.slice(0, -1) : text;
}

/** 1-based line of an offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
