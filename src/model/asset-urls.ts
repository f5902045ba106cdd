// The virtual origin a CV page is loaded from, and the URL prefixes the print sandbox serves.

/**
 * Print pages load from this origin; the print stage intercepts every request
 * and serves only these prefixes from disk (everything else is aborted):
 * - `/theme/…` → files inside the theme folder
 * - `/fonts/<package>/…` → files inside an installed `@fontsource*` package
 * - `/cv/…` → files inside the CV's own folder (local photos, logos)
 */
export const ASSET_ORIGIN = 'https://cvpress.invalid';
export const THEME_PREFIX = '/theme/';
export const FONTS_PREFIX = '/fonts/';
export const CV_PREFIX = '/cv/';
/** The URL of the document itself. */
export const DOCUMENT_URL = `${ASSET_ORIGIN}/cv/__cvpress__.html`;
/** Query key of a file's content version in a sandbox URL (`/theme/style.css?v=<version>`, see `contentVersion`). */
export const VERSION_QUERY = 'v';
