// A CDP transport over Chromium's --remote-debugging-pipe (NUL-terminated JSON messages on fds 3 and 4).
import type { Readable, Writable } from 'node:stream';
import type { ConnectionTransport } from 'puppeteer-core';

/**
 * Wraps the two pipes of a Chromium started with `--remote-debugging-pipe` as a puppeteer
 * `ConnectionTransport`: messages are JSON texts, each ended by a NUL byte, written to fd 3 and read from fd 4.
 * Messages are delivered one per macrotask, as puppeteer's own pipe transport does. `onCrash` is called
 * as soon as Chromium reports a crashed renderer (`Target.targetCrashed`, sent to the browser's own session),
 * even while no page object exists yet to report it (a renderer killed while its tab is being set up).
 * @param write - the browser's fd 3 (commands)
 * @param read - the browser's fd 4 (responses and events)
 * @param onCrash - called with the crashed target's id
 * @returns a transport for `puppeteer.connect({ transport })`
 */
export function createPipeTransport(write: Writable, read: Readable, onCrash?: (targetId: string) => void): ConnectionTransport {
  let pending: Buffer[] = [];
  let closed = false;
  const transport: ConnectionTransport = {
    send(message: string): void {
      if (closed) return;
      write.write(message);
      write.write('\0');
    },
    close(): void {
      closed = true;
      read.removeAllListeners('data');
      write.end();
    },
  };
  read.on('data', (chunk: Buffer) => {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      pending.push(chunk.subarray(start, end));
      const message = (pending.length === 1 ? pending[0]! : Buffer.concat(pending)).toString('utf8');
      pending = [];
      start = end + 1;
      // Crash events are short; long messages (a PDF's stream) are never scanned.
      if (onCrash && message.length < 1024 && message.includes('"method":"Target.targetCrashed"')) {
        const targetId = (JSON.parse(message) as { params?: { targetId?: string } }).params?.targetId ?? '';
        setImmediate(() => onCrash(targetId));
      }
      setImmediate(() => transport.onmessage?.(message));
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  });
  read.on('close', () => {
    closed = true;
    setImmediate(() => transport.onclose?.());
  });
  // A broken pipe means the browser is gone: 'close' reports it.
  read.on('error', () => undefined);
  write.on('error', () => undefined);
  return transport;
}
