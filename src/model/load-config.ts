// Finds and loads cvpress.config.{json,js,mjs,ts} (a .ts config is transpiled with TypeScript first).
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from './errors.js';
import type { CvpressConfig } from './options.js';

/** File names searched, in order, in each folder. */
export const CONFIG_NAMES = ['cvpress.config.ts', 'cvpress.config.mjs', 'cvpress.config.js', 'cvpress.config.json'];
const KNOWN_KEYS = new Set(['theme', 'format', 'lang', 'maxPages', 'themes', 'rules', 'concurrency', 'timeout', 'maxInputBytes', 'pageLimit', 'memoryLimitMb', 'out', 'strict']);

function findConfig(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    // Stop at a project root: the folder holding .git or package.json.
    if (existsSync(path.join(dir, '.git')) || existsSync(path.join(dir, 'package.json'))) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function lineOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

async function loadJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const m = /position (\d+)/.exec(String((err as Error).message));
    const pos = m?.[1] !== undefined ? lineOf(text, Number(m[1])) : {};
    throw new ConfigError('E_CONFIG', `invalid JSON: ${(err as Error).message}.`, { file, ...pos, hint: 'Fix the JSON syntax of the config file.' });
  }
}

async function loadModule(file: string): Promise<unknown> {
  let target = file;
  let temp: string | undefined;
  if (file.endsWith('.ts')) {
    let ts: typeof import('typescript');
    try {
      ts = (await import('typescript')).default;
    } catch {
      throw new ConfigError('E_CONFIG', 'a .ts config needs the "typescript" package, which is not installed.', {
        file,
        hint: 'Run `npm install -D typescript`, or rename the config to cvpress.config.js / .json.',
      });
    }
    const source = await readFile(file, 'utf8');
    const out = ts.transpileModule(source, {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
    });
    // Written next to the config so that its imports resolve exactly as they would for the .ts file.
    temp = path.join(path.dirname(file), `.cvpress.config.${process.pid}.${Date.now()}.mjs`);
    await writeFile(temp, out.outputText);
    target = temp;
  }
  try {
    const mod = (await import(pathToFileURL(target).href)) as { default?: unknown };
    return mod.default ?? mod;
  } catch (err) {
    throw new ConfigError('E_CONFIG', `cannot load the config: ${(err as Error).message}.`, {
      file,
      hint: 'The config must be an ES module with `export default defineConfig({ ... })`.',
      cause: err,
    });
  } finally {
    if (temp) await rm(temp, { force: true });
  }
}

function checkShape(value: unknown, file: string): CvpressConfig {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError('E_CONFIG', 'the config must be an object.', { file, hint: 'Write e.g. { "theme": "classic" }.' });
  }
  const unknown = Object.keys(value).filter((k) => !KNOWN_KEYS.has(k));
  if (unknown.length > 0) {
    throw new ConfigError('E_CONFIG', `unknown config key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => JSON.stringify(k)).join(', ')}.`, {
      file,
      hint: `Known keys: ${[...KNOWN_KEYS].join(', ')}.`,
    });
  }
  return value as CvpressConfig;
}

/**
 * Loads the cvpress config: `opts.file` when given, else the first `cvpress.config.{ts,mjs,js,json}` found in
 * `opts.cwd` or its parents (up to the folder holding `.git` or `package.json`). No config → an empty one.
 * @throws ConfigError (`E_CONFIG`) for a missing explicit file, bad syntax, or unknown keys
 */
export async function loadConfig(opts: { cwd: string; file?: string }): Promise<{ config: CvpressConfig; configDir: string; file?: string }> {
  const file = opts.file !== undefined ? path.resolve(opts.cwd, opts.file) : findConfig(opts.cwd);
  if (file === undefined) return { config: {}, configDir: path.resolve(opts.cwd) };
  if (!existsSync(file)) {
    throw new ConfigError('E_CONFIG', 'config file not found.', { file, hint: 'Check the --config path.' });
  }
  const raw = file.endsWith('.json') ? await loadJson(file) : await loadModule(file);
  return { config: checkShape(raw, file), configDir: path.dirname(file), file };
}
