// Finds a Chromium/Chrome executable: env override, PATH, well-known paths, then puppeteer's cache.
import { accessSync, closeSync, constants, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { BrowserError } from '../model/errors.js';

/**
 * Executable names looked up on PATH, in order of preference. Chromium's headless shell comes first: the
 * same engine and print path without the browser's interface, it starts in about a fifth of the time
 * (Debian: `apt-get install chromium-headless-shell`).
 */
const NAMES = ['chromium-headless-shell', 'chrome-headless-shell', 'chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];

/** Well-known install locations, checked when PATH has none. */
const KNOWN_PATHS = [
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/**
 * Launcher scripts that only add flags and `exec` the real browser, with that browser. Debian's
 * /usr/bin/chromium runs grep, find, findmnt and more on every start (about 50–90 ms); cvpress passes
 * its own flags, so it starts the binary directly.
 */
const WRAPPED_BINARIES: Record<string, string> = {
  '/usr/bin/chromium': '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-headless-shell': '/usr/lib/chromium/chromium-headless-shell',
};

/** The browser binary behind a known launcher script, else `file` itself. */
function skipLauncher(file: string): string {
  try {
    const real = WRAPPED_BINARIES[realpathSync(file)];
    if (!real || !isExecutable(real)) return file;
    const head = Buffer.alloc(2);
    const fd = openSync(file, 'r');
    try {
      readSync(fd, head, 0, 2, 0);
    } finally {
      closeSync(fd);
    }
    return head.toString('latin1') === '#!' ? real : file;
  } catch {
    return file;
  }
}

/** True when `file` is a regular file this process may execute. */
function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Lists sub-folders, newest version name last; empty when the folder is missing. */
function listDirs(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  } catch {
    return [];
  }
}

/** Looks for a browser puppeteer downloaded into its cache (`~/.cache/puppeteer` or `PUPPETEER_CACHE_DIR`). */
function findInPuppeteerCache(env: NodeJS.ProcessEnv): string | undefined {
  const cache = env.PUPPETEER_CACHE_DIR || path.join(env.HOME || homedir(), '.cache', 'puppeteer');
  const layouts: Array<[string, string[]]> = [
    ['chrome', ['chrome-linux64/chrome', 'chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing', 'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing', 'chrome-win64/chrome.exe']],
    ['chrome-headless-shell', ['chrome-headless-shell-linux64/chrome-headless-shell', 'chrome-headless-shell-mac-x64/chrome-headless-shell', 'chrome-headless-shell-mac-arm64/chrome-headless-shell', 'chrome-headless-shell-win64/chrome-headless-shell.exe']],
  ];
  for (const [product, rels] of layouts) {
    for (const version of listDirs(path.join(cache, product)).reverse()) {
      for (const rel of rels) {
        const candidate = path.join(cache, product, version, rel);
        if (isExecutable(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

/**
 * Finds the browser to print with: `PUPPETEER_EXECUTABLE_PATH` when set, else `chromium`,
 * `chromium-browser`, `google-chrome-stable` or `google-chrome` on PATH or at their usual install paths
 * (the binary itself when that is a distribution's launcher script, as Debian's /usr/bin/chromium is),
 * else a browser in puppeteer's download cache.
 * @param env - the environment to read (default `process.env`)
 * @param opts - `knownPaths`: install paths to check instead of the built-in list (for tests)
 * @returns the absolute path of the executable
 * @throws BrowserError `E_NO_BROWSER` saying what to install (or that the override points nowhere)
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, opts: { knownPaths?: string[] } = {}): string {
  const override = env.PUPPETEER_EXECUTABLE_PATH;
  if (override) {
    if (isExecutable(override)) return path.resolve(override);
    throw new BrowserError('E_NO_BROWSER', `PUPPETEER_EXECUTABLE_PATH is set to "${override}", which is not an executable file.`, {
      hint: 'Point it at a Chromium or Chrome executable (e.g. /usr/bin/chromium), or unset it to let cvpress find one.',
    });
  }
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const exts = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const name of NAMES) {
    for (const dir of dirs) {
      for (const ext of exts) {
        const candidate = path.join(dir, name + ext);
        if (isExecutable(candidate)) return skipLauncher(candidate);
      }
    }
  }
  for (const candidate of opts.knownPaths ?? KNOWN_PATHS) if (isExecutable(candidate)) return skipLauncher(candidate);
  const cached = findInPuppeteerCache(env);
  if (cached) return cached;
  throw new BrowserError('E_NO_BROWSER', 'no Chromium or Chrome was found (looked at PUPPETEER_EXECUTABLE_PATH, PATH, the usual install paths and the puppeteer cache).', {
    hint: 'Install Debian\'s chromium: `sudo apt-get install -y chromium` (or run `npm run setup` as root), or set PUPPETEER_EXECUTABLE_PATH to a Chrome executable.',
  });
}
