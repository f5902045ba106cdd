// The version tag of a served file: a short hash of its bytes, put in its URL (`?v=…`) so the page may cache it.
import { createHash } from 'node:crypto';

/**
 * A short hash (16 hex digits of SHA-256) of `content`. A URL that carries it names these bytes only: the
 * print stage answers such a URL as immutable (Chromium then keeps the file from one CV to the next) only
 * when the file it serves still hashes to the same version, and `no-store` otherwise.
 */
export function contentVersion(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}
