// Shared by the hostile-input tests: staging a case folder, generated bombs, and Chromium's memory read from /proc.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

export const CASES = path.resolve(__dirname, 'fixtures/hostile/cases');

/** Copies `tests/fixtures/hostile/cases/<name>` into a fresh temporary folder; returns that folder. */
export function stageCase(name: string, into = mkdtempSync(path.join(tmpdir(), 'cvpress-case-'))): string {
  const dir = path.join(into, name);
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(CASES, name), dir, { recursive: true });
  return dir;
}

/** CRC-32 of PNG chunks. */
function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A real, decodable PNG of `width` × `height` one-bit grey pixels: tiny on disk, `width × height × 4` bytes decoded. */
export function pngBomb(width: number, height: number): Buffer {
  const row = Buffer.alloc(1 + Math.ceil(width / 8));
  const raw = Buffer.alloc(row.length * height);
  const chunk = (type: string, data: Buffer): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Resident memory (bytes) of `pid` and every process below it, each, from /proc (empty off Linux). */
export function treeRss(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift()!;
    try {
      out.set(p, Number(readFileSync(`/proc/${p}/statm`, 'latin1').split(' ')[1]) * 4096);
      for (const t of readdirSync(`/proc/${p}/task`)) {
        for (const c of readFileSync(`/proc/${p}/task/${t}/children`, 'latin1').split(' ')) if (Number(c) > 0) queue.push(Number(c));
      }
    } catch {
      /* gone */
    }
  }
  return out;
}

/** Samples the largest single-process resident memory under `pid` every 50 ms until stopped; returns the peak in bytes. */
export function samplePeak(pid: () => number | undefined): () => number {
  let peak = 0;
  const timer = setInterval(() => {
    const p = pid();
    if (p === undefined) return;
    for (const rss of treeRss(p).values()) if (rss > peak && rss > 0) peak = Math.max(peak, rss);
  }, 50);
  return () => {
    clearInterval(timer);
    return peak;
  };
}
