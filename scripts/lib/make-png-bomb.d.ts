// Types of make-png-bomb.js (a plain script module, imported by the TypeScript tests too).

/**
 * A real, decodable PNG of `width` × `height` one-bit grey pixels: a few kB on disk, `width × height × 4`
 * bytes once a browser decodes it.
 * @param width - pixels per row
 * @param height - rows
 * @returns the PNG file's bytes
 */
export function makePngBomb(width: number, height: number): Buffer;
