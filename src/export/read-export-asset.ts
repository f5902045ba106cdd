// Reads a resource a themed document refers to (theme file, font package file, image beside the CV) through the print sandbox's containment rule.
import { ASSET_ORIGIN } from '../model/asset-urls.js';
import { readRegularFile } from '../model/read-regular-file.js';
import { MAX_ASSET_BYTES, resolveAsset, type AssetRoots } from '../print/resolve-asset.js';

/** A resource read for embedding. */
export interface ExportAsset {
  ok: true;
  /** Its sandbox URL (`https://cvpress.invalid/…`), the base of the URLs inside it. */
  url: string;
  /** Real path of the file. */
  file: string;
  bytes: Buffer;
  contentType: string;
}

/** A reference that is not embedded, and why. */
export interface RefusedExportAsset {
  ok: false;
  url: string;
  why: string;
}

/**
 * Resolves `ref` against `base` (a sandbox URL) and reads the file it names, only through `resolveAsset`
 * (the rule printing uses): `/theme/…`, `/fonts/@fontsource*…`, images under `/cv/…`. Anything else — another
 * origin, `file:`, traversal, a file outside its root — is refused with the reason.
 * @param ref - the URL as written (relative or absolute)
 * @param base - the URL of the document or stylesheet it is written in
 * @param roots - the theme folder and the CV's folder
 */
export async function readExportAsset(ref: string, base: string, roots: AssetRoots): Promise<ExportAsset | RefusedExportAsset> {
  let url: URL;
  try {
    url = new URL(ref, base);
  } catch {
    return { ok: false, url: ref, why: 'not a valid URL' };
  }
  if (url.origin !== ASSET_ORIGIN || url.username || url.password) {
    return { ok: false, url: url.href, why: 'a CV page may not load anything from the network or the file system' };
  }
  const asset = await resolveAsset(url.pathname, roots);
  if (!asset.ok) return { ok: false, url: url.href, why: asset.why };
  let bytes: Buffer;
  try {
    // Still the regular file resolveAsset found (never a FIFO swapped in since), within the size bound.
    bytes = (await readRegularFile(asset.file, { maxBytes: MAX_ASSET_BYTES })).bytes;
  } catch (err) {
    return { ok: false, url: url.href, why: err instanceof Error ? err.message.replace(`${asset.file}: `, '') : String(err) };
  }
  return { ok: true, url: `${ASSET_ORIGIN}${url.pathname}`, file: asset.file, bytes, contentType: asset.contentType.split(';')[0]! };
}
