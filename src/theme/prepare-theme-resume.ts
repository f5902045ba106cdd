// The copy of a résumé handed to a JSON Resume theme package: local photo as a sandbox URL, remote photo dropped, HTML in strings sanitized.
import { ASSET_ORIGIN, CV_PREFIX, DOCUMENT_URL } from '../model/asset-urls.js';
import type { Resume } from '../model/types.js';
import { createWarning, type CvWarning } from '../model/warning.js';
import { sanitizeHtml } from './sanitize-html.js';

const HTML_TAG = /<\/?[a-z!][^<>]*>/i;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': '\u00a0' };

/** A string as a theme may show it: unchanged unless it holds HTML, which goes through cvpress's allow-list sanitizer. */
function cleanString(s: string, warnings: CvWarning[]): string {
  if (!HTML_TAG.test(s)) return s;
  const r = sanitizeHtml(s);
  warnings.push(...r.warnings);
  // Nothing removed (only entities written differently): keep the author's text as it was.
  return r.html.replace(/&(?:amp|lt|gt|quot|#39|#x27|nbsp);/g, (e) => ENTITIES[e] ?? e) === s ? s : r.html;
}

/** Every string of a JSON value cleaned (iterative, so depth is no concern). */
function cleanStrings(root: unknown, warnings: CvWarning[]): unknown {
  const stack: Array<Record<string, unknown> | unknown[]> = [];
  if (root && typeof root === 'object') stack.push(root as Record<string, unknown>);
  while (stack.length) {
    const node = stack.pop()!;
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === 'string') (node as Record<string, unknown>)[k] = cleanString(v, warnings);
      else if (v && typeof v === 'object') stack.push(v as Record<string, unknown>);
    }
  }
  return root;
}

/**
 * Copies `resume` for a JSON Resume theme package's `render`: the themes write the model into their
 * HTML as they see fit (some unescaped), so every string holding HTML is sanitized first; a photo next
 * to the CV becomes its sandbox URL (`/cv/…`, which the page may load); a remote or outside photo is
 * dropped with a warning (cvpress makes no network requests); a `countryCode` that is no ISO code is moved
 * to `region` (themes turn codes into names, and some fail on anything else).
 */
export function prepareThemeResume(resume: Resume): { resume: Resume; warnings: CvWarning[] } {
  const warnings: CvWarning[] = [];
  const copy = cleanStrings(structuredClone(resume), warnings) as Resume;
  const basics = copy.basics;
  // Themes turn countryCode into a country name (some throw on anything else): text that is no code goes to region.
  const location = basics?.location;
  if (location && typeof location.countryCode === 'string' && !/^[A-Z]{2}$/.test(location.countryCode)) {
    location.region = [location.region, location.countryCode].filter((x) => typeof x === 'string' && x.trim()).join(', ');
    delete location.countryCode;
  }
  const image = typeof basics?.image === 'string' ? basics.image.trim() : '';
  if (basics && image) {
    if (/^data:image\/(png|jpe?g|gif|webp);base64,/i.test(image)) return { resume: copy, warnings };
    const url = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(image) ? undefined : new URL(image, DOCUMENT_URL);
    if (url && url.origin === ASSET_ORIGIN && url.pathname.startsWith(CV_PREFIX)) basics.image = url.href;
    else {
      delete basics.image;
      warnings.push(url
        ? createWarning('image-outside', `The photo ${image} is outside the CV's folder, so it is not shown.`)
        : createWarning('remote-image', `The photo ${image} is not a local file, so it is not shown (cvpress makes no network requests). Put the image next to the CV and use a relative path.`));
    }
  }
  return { resume: copy, warnings };
}
