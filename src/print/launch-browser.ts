// Launches headless Chromium with cvpress's flags and a fresh, throw-away profile folder, before puppeteer has loaded.
import { spawn, type ChildProcess } from 'node:child_process';
import fs, { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { Browser, ConnectionTransport } from 'puppeteer-core';
import { BrowserError } from '../model/errors.js';
import { createPipeTransport } from './create-pipe-transport.js';
import { findBrowser } from './find-browser.js';
import { RENDERER_CRASHED } from './print-types.js';
import { removeOnExit } from './remove-on-exit.js';
import { removeStaleProfiles } from './remove-stale-profiles.js';
import { isolateFonts } from './isolate-fonts.js';

/** Flags every cvpress Chromium runs with. `--enable-begin-frame-control`: pages draw no frames on their own
 * (a frame is drawn only when asked for over DevTools, which cvpress never does): printing lays out and paints
 * pages itself, so the screen's paint, raster and compositing were pure cost, about half of Chromium's CPU
 * time per CV. The last three are defence in depth behind request interception: no name resolves and every
 * connection, loopback included, goes to a proxy that does not exist. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--enable-begin-frame-control',
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

/**
 * The flags puppeteer's own launcher gives headless Chrome (`puppeteer.defaultArgs({ headless: true })`
 * without the profile folder and start URL). cvpress starts Chromium itself, before puppeteer has even
 * loaded, so it passes them itself; a test keeps this list equal to puppeteer's.
 */
export const PUPPETEER_DEFAULT_FLAGS: readonly string[] = [
  '--allow-pre-commit-input',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--disable-crash-reporter',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-hang-monitor',
  '--disable-infobars',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen',
  '--disable-sync',
  '--enable-automation',
  '--export-tagged-pdf',
  '--force-color-profile=srgb',
  '--generate-pdf-document-outline',
  '--metrics-recording-only',
  '--no-first-run',
  '--password-store=basic',
  '--use-mock-keychain',
  '--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes',
  '--enable-features=PdfOopif',
  '--headless=new',
  '--hide-scrollbars',
  '--mute-audio',
  '--disable-extensions',
];

/**
 * Chromium features cvpress turns off besides puppeteer's: the spare renderer process Chromium keeps
 * ready for the next cross-site navigation (a print page only ever navigates to one origin; it cost
 * about 17 MB and gained no time).
 */
const DISABLED_FEATURES: readonly string[] = ['SpareRendererForSitePerProcess'];

/** Options for {@link launchBrowser}. */
export interface LaunchBrowserOptions {
  /** Chromium to run (default: {@link findBrowser}). */
  executablePath?: string;
  /** Abort the launch after this many milliseconds (default 30 s). */
  timeoutMs?: number;
  /** Run Chromium as one process ({@link SINGLE_PROCESS_FLAGS}): for a run that prints one CV. */
  singleProcess?: boolean;
}

/**
 * Flags of a Chromium that prints one CV: the renderer, GPU and network service run inside the browser
 * process and no zygote is forked. One process starts instead of seven (browser, two zygotes, GPU, network,
 * two renderers): a launch and first print of a small page take about 0.34 s of CPU instead of 0.86 s, which
 * on two cores is time the CV thread gets back. Only for one CV: every page then shares one renderer thread,
 * and a renderer crash takes the browser with it.
 */
export const SINGLE_PROCESS_FLAGS: readonly string[] = ['--single-process', '--no-zygote'];

/**
 * puppeteer-core's `connect`, loaded without its Node launcher: the package's main entry also loads
 * `@puppeteer/browsers` (browser downloads, with proxy agents, a PAC resolver and QuickJS: 1.9 MB of code),
 * which cvpress never runs since it spawns Chromium itself; loading it cost a cold run about 150 ms of CPU.
 * The connected browser and its pages are the same CDP classes. As the main entry does, puppeteer is given
 * `fs` and `path` (`page.pdf({ path })` and the like), unless some other import gave them already.
 */
async function loadConnect(): Promise<(transport: ConnectionTransport) => Promise<Browser>> {
  const [{ connect }, { environment }] = await Promise.all([import('puppeteer-core/internal/puppeteer-core-browser.js'), import('puppeteer-core/internal/environment.js')]);
  try {
    void environment.value.fs;
  } catch {
    environment.value = {
      fs,
      path,
      get ScreenRecorder(): never {
        throw new Error('ScreenRecorder is not available to cvpress (puppeteer-core is loaded without its Node launcher).');
      },
    };
  }
  // The internal entry's declarations are the same classes as the package's bundled types (another .d.ts file).
  return (transport) => connect({ transport, protocolTimeout: 180_000 }) as unknown as Promise<Browser>;
}

/** The last lines Chromium wrote to stderr, for a launch error. */
function tail(lines: string[]): string {
  const text = lines.join('').trim().split('\n').slice(-3).join(' | ');
  return text ? ` Chromium said: ${text.slice(0, 400)}` : '';
}

/** The launch failed, and why. */
function launchError(executablePath: string, why: string, cause?: unknown): BrowserError {
  return new BrowserError('E_BROWSER_LAUNCH', `Chromium at ${executablePath} failed to start: ${why}`, {
    hint: 'Check that it runs (`chromium --version`); in containers make sure /dev/shm or /tmp is writable, or set PUPPETEER_EXECUTABLE_PATH to another Chrome.',
    ...(cause !== undefined ? { cause } : {}),
  });
}

/** The command-line flags of a cvpress Chromium at `executablePath` (without the profile folder and pipe). */
function chromiumArgs(executablePath: string, singleProcess: boolean): string[] {
  // Chromium reads only the last --disable-features: cvpress's features join puppeteer's list.
  // The headless shell is headless by build; it takes the plain --headless switch (as puppeteer gives it).
  const shell = /headless[-_]shell/i.test(path.basename(executablePath));
  return [...new Set([...PUPPETEER_DEFAULT_FLAGS, ...CHROMIUM_FLAGS, ...(singleProcess ? SINGLE_PROCESS_FLAGS : [])])].map((a) =>
    a.startsWith('--disable-features=') ? `${a},${DISABLED_FEATURES.join(',')}` : shell && a === '--headless=new' ? '--headless' : a,
  );
}

/** A starting Chromium, as {@link watchLaunch} watches it. */
interface LaunchWatch {
  /** The first 16 KB Chromium writes to stderr (for launch errors). */
  stderr: string[];
  /** Settles when the process has exited (or failed to spawn). */
  exited: Promise<void>;
  /** Rejects with a launch error when the process fails to spawn or exits. */
  failed: Promise<never>;
}

/** Keeps what a starting Chromium writes to stderr and watches for its exit or failure to spawn. */
function watchLaunch(proc: ChildProcess, fail: (why: string, cause?: unknown) => BrowserError): LaunchWatch {
  const stderr: string[] = [];
  let stderrBytes = 0;
  proc.stderr?.on('data', (d: Buffer) => {
    if (stderrBytes < 16_384) {
      stderr.push(d.toString('utf8'));
      stderrBytes += d.length;
    }
  });
  const exited = new Promise<void>((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) resolve();
    else {
      proc.once('exit', () => resolve());
      // A spawn that fails (no such file) may never emit 'exit'.
      proc.once('error', () => resolve());
    }
  });
  const failed = new Promise<never>((_, reject) => {
    proc.once('error', (err) => reject(fail(err.message, err)));
    void exited.then(() => reject(fail(`it exited with ${proc.exitCode ?? proc.signalCode} before connecting.${tail(stderr)}`)));
  });
  failed.catch(() => undefined);
  return { stderr, exited, failed };
}

/** Ends the whole Chromium process group at once, then deletes its profile folder. */
async function killChromium(proc: ChildProcess, exited: Promise<void>, userDataDir: string, forget: () => void): Promise<void> {
  if (proc.exitCode === null && proc.signalCode === null) {
    try {
      if (proc.pid !== undefined && process.platform !== 'win32') process.kill(-proc.pid, 'SIGKILL');
      else proc.kill('SIGKILL');
    } catch {
      proc.kill('SIGKILL');
    }
  }
  await exited;
  // Chromium's helpers may still hold files for a moment after it exits; retry briefly.
  await rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => undefined);
  forget();
}

/** Loads puppeteer-core and connects it to Chromium's pipe; the browser then reports its renderers' crashes. */
function connectOverPipe(proc: ChildProcess): Promise<Browser> {
  let connected: Browser | undefined;
  const connect = (async () => {
    const connectOver = await loadConnect();
    const transport = createPipeTransport(proc.stdio[3] as Writable, proc.stdio[4] as Readable, (targetId) => connected?.emit(RENDERER_CRASHED, targetId));
    return (connected = await connectOver(transport));
  })();
  connect.catch(() => undefined);
  return connect;
}

/** Binds the connected browser to its process: `process()` returns it, `close()` kills it (once), and so does a disconnect. */
function adoptProcess(browser: Browser, proc: ChildProcess, kill: () => Promise<void>): void {
  let closing: Promise<void> | undefined;
  Object.defineProperty(browser, 'process', { value: () => proc, configurable: true });
  Object.defineProperty(browser, 'close', {
    value: (): Promise<void> =>
      (closing ??= (async () => {
        await Promise.race([browser.disconnect().catch(() => undefined), new Promise((r) => setTimeout(r, 500).unref())]);
        await kill();
      })()),
    configurable: true,
  });
  // A crash or an outside kill: clean up the profile folder.
  browser.once('disconnected', () => void kill());
}

/**
 * Launches headless Chromium over a pipe (`--remote-debugging-pipe`) with the cvpress flags and a fresh
 * temporary profile folder. The process starts at once, and puppeteer-core (slow to load) is imported
 * while Chromium boots, then connected to the pipe. The returned browser's `close()` ends the whole
 * Chromium process group at once (nothing of a print job needs a graceful shutdown) and deletes the
 * profile; `process()` returns the Chromium process. It emits `RENDERER_CRASHED` (see `print-types.ts`) when a renderer crashes.
 * @param opts - `executablePath` (default: found by {@link findBrowser}), `timeoutMs`, `singleProcess`
 * @returns the connected browser; close it with `browser.close()`
 * @throws BrowserError `E_NO_BROWSER` when none is found, `E_BROWSER_LAUNCH` when it fails to start
 */
export async function launchBrowser(opts: LaunchBrowserOptions = {}): Promise<Browser> {
  const executablePath = opts.executablePath ?? findBrowser();
  // The folder names this process, so a later run can tell a killed run's leftovers (removeStaleProfiles).
  void removeStaleProfiles().catch(() => undefined);
  const userDataDir = mkdtempSync(path.join(tmpdir(), `cvpress-chromium-${process.pid}-`));
  const args = chromiumArgs(executablePath, opts.singleProcess === true);
  const fail = (why: string, cause?: unknown): BrowserError => launchError(executablePath, why, cause);

  let proc: ChildProcess;
  try {
    // Its own process group, so that closing ends every helper process with it.
    proc = spawn(executablePath, [...args, `--user-data-dir=${userDataDir}`, '--remote-debugging-pipe', 'about:blank'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
      env: isolateFonts(userDataDir),
      detached: process.platform !== 'win32',
    });
  } catch (err) {
    await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    throw fail(err instanceof Error ? err.message : String(err), err);
  }
  const { stderr, exited, failed } = watchLaunch(proc, fail);
  // Should the process exit before the browser is closed (a second Ctrl-C), Chromium and its profile go with it.
  const forget = removeOnExit(proc, userDataDir);
  const kill = (): Promise<void> => killChromium(proc, exited, userDataDir, forget);

  let timer: NodeJS.Timeout | undefined;
  try {
    const timeoutMs = opts.timeoutMs ?? 30_000;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(fail(`no DevTools connection within ${Math.round(timeoutMs / 1000)} s.${tail(stderr)}`)), timeoutMs);
    });
    const browser = await Promise.race([connectOverPipe(proc), failed, timeout]);
    adoptProcess(browser, proc, kill);
    return browser;
  } catch (err) {
    await kill();
    throw err instanceof BrowserError ? err : fail(err instanceof Error ? err.message.split('\n')[0]! : String(err), err);
  } finally {
    clearTimeout(timer);
  }
}
