// Starts a live preview of one CV: a server on 127.0.0.1 that shows its pages and rebuilds them on every save.
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import path from 'node:path';
import { ConfigError, InputError } from '../model/errors.js';
import { listThemes } from '../theme/list-themes.js';
import { createPreviewBuilds } from './create-preview-builds.js';
import { handlePreviewRequest } from './handle-preview-request.js';
import type { PreviewEvents, PreviewHandle, PreviewOptions } from './preview-types.js';
import { watchFiles, type FileWatch } from './watch-files.js';

/**
 * Starts a live preview of `file`: a server on 127.0.0.1 (`opts.port`, default a free port) whose page shows
 * the CV as its theme lays it out, page by page at paper size (the PDF that `render` would write, drawn as
 * images with its text selectable on top), and rebuilds it within a moment of any save of the CV, the images
 * it shows, the theme folder or the config file. Parse and render errors and warnings show on the page
 * (with file and line) instead of stopping the server; the last good pages stay until the CV is fixed. The
 * page can switch theme and format. With `opts.pdfOut`, every build also writes the PDF there, atomically.
 * Returns once the server listens; the first build runs meanwhile (`handle.ready`). The library prints
 * nothing: listen to the handle's events (`change`, `build`, `refused`).
 * @throws InputError `E_MISSING` when the CV does not exist; ConfigError `E_PORT` when the port is taken
 */
export async function startPreview(file: string, opts: PreviewOptions = {}): Promise<PreviewHandle> {
  const cwd = opts.cwd ?? process.cwd();
  const cv = path.resolve(cwd, file);
  if (!existsSync(cv)) throw new InputError('E_MISSING', 'does not exist.', { file: cv, hint: 'Check the path of the CV to preview.' });
  const emitter = new EventEmitter<PreviewEvents>();
  const streams = new Set<ServerResponse>();
  const themes = (await listThemes({ themeDirs: (opts.config?.themes ?? []).map((d) => path.resolve(opts.configDir ?? cwd, d)) })).map((t) => t.name);
  if (opts.flags?.theme && !themes.includes(opts.flags.theme)) themes.push(opts.flags.theme);
  const alwaysWatched = [cv, ...(opts.configFile ? [path.resolve(cwd, opts.configFile)] : [])];
  let watcher: FileWatch | undefined;
  const builds = createPreviewBuilds(cv, { ...opts, cwd }, themes, {
    publish: (state) => {
      const frame = `event: state\ndata: ${JSON.stringify(state)}\n\n`;
      for (const s of streams) s.write(frame);
    },
    built: (state) => emitter.emit('build', state),
    watch: (targets) => watcher?.update({ files: [...alwaysWatched, ...targets.files], trees: targets.trees }),
  });

  const token = randomBytes(18).toString('base64url');
  let port = 0;
  const server = createServer((req, res) =>
    handlePreviewRequest(req, res, {
      port: () => port, token, fileName: path.basename(cv), streams,
      state: builds.state, image: builds.image,
      settings: async (body) => builds.choose(body),
      refused: (info) => emitter.emit('refused', info),
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(new ConfigError('E_PORT', `cannot listen on 127.0.0.1:${opts.port ?? 0} (${err.code ?? err.message}).`, { hint: 'Choose another --port, or leave it out for a free one.' })),
    );
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as { port: number }).port;
  watcher = watchFiles({ files: alwaysWatched, trees: [] }, (files) => {
    emitter.emit('change', files);
    void builds.rebuild();
  }, opts.debounceMs ?? 30);
  const ready = builds.rebuild();

  const handle = Object.assign(emitter, {
    url: `http://127.0.0.1:${port}/`,
    port,
    ready,
    rebuild: builds.rebuild,
    async close(): Promise<void> {
      watcher?.close();
      for (const s of streams) s.end();
      streams.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await builds.close();
    },
  });
  Object.defineProperty(handle, 'state', { get: builds.state, enumerable: true });
  return handle as unknown as PreviewHandle;
}
