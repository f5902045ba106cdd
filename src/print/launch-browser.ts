// Launches headless Chromium with cvpress's flags and a fresh, throw-away profile folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { BrowserError } from '../model/errors.js';
import { findBrowser } from './find-browser.js';

/** Flags every cvpress Chromium runs with. The last three are defence in depth behind request interception:
 * no name resolves and every connection, loopback included, goes to a proxy that does not exist. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--disable-extensions',
  '--disable-sync',
  '--disable-default-apps',
  '--mute-audio',
  '--hide-scrollbars',
  '--font-render-hinting=none',
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--proxy-server=socks5://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
];

/** Options for {@link launchBrowser}. */
export interface LaunchBrowserOptions {
  /** Chromium to run (default: {@link findBrowser}). */
  executablePath?: string;
  /** Abort the launch after this many milliseconds (default 30 s). */
  timeoutMs?: number;
}

/**
 * Launches headless Chromium (puppeteer-core) over a pipe, with the cvpress flags and a fresh temporary
 * user-data folder that is deleted when the browser closes.
 * @param opts - `executablePath` (default: found by {@link findBrowser}), `timeoutMs`
 * @returns the connected browser; close it with `browser.close()`
 * @throws BrowserError `E_NO_BROWSER` when none is found, `E_BROWSER_LAUNCH` when it fails to start
 */
export async function launchBrowser(opts: LaunchBrowserOptions = {}): Promise<Browser> {
  const executablePath = opts.executablePath ?? findBrowser();
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'cvpress-chromium-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      userDataDir,
      args: [...CHROMIUM_FLAGS],
      timeout: opts.timeoutMs ?? 30_000,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (err) {
    await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    throw new BrowserError('E_BROWSER_LAUNCH', `Chromium at ${executablePath} failed to start: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`, {
      hint: 'Check that it runs (`chromium --version`); in containers make sure /dev/shm or /tmp is writable, or set PUPPETEER_EXECUTABLE_PATH to another Chrome.',
      cause: err,
    });
  }
  browser.once('disconnected', () => {
    // Chromium may still hold files for a moment after disconnecting; retry briefly.
    void rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => undefined);
  });
  return browser;
}
