// Allow-list sanitizer for SVG images from a CV's folder: shapes, text, gradients and clip paths; nothing that repeats or references content.
import sanitize from 'sanitize-html';

/** Elements kept. No `use`, `symbol`, `pattern`, `marker`, `filter`, `image`, `foreignObject`, `a`, animation or script:
 * those reference, repeat or load content (a few kilobytes of nested `<use>` expand to gigabytes). */
const SVG_TAGS = [
  'svg', 'g', 'defs', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask', 'style',
];

/** Geometry and presentation attributes; no `href`/`xlink:href`, no event handlers. */
const SVG_ATTRIBUTES = [
  'id', 'class', 'style', 'xmlns', 'version', 'viewBox', 'preserveAspectRatio', 'width', 'height', 'x', 'y', 'x1', 'y1', 'x2', 'y2',
  'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'fr', 'd', 'points', 'transform', 'fill', 'fill-opacity', 'fill-rule', 'stroke',
  'stroke-width', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'stroke-dasharray',
  'stroke-dashoffset', 'opacity', 'clip-path', 'clip-rule', 'clipPathUnits', 'mask', 'maskUnits', 'maskContentUnits', 'offset',
  'stop-color', 'stop-opacity', 'gradientUnits', 'gradientTransform', 'spreadMethod', 'font-family', 'font-size', 'font-weight',
  'font-style', 'text-anchor', 'dominant-baseline', 'letter-spacing', 'dx', 'dy', 'textLength', 'lengthAdjust', 'visibility',
  'display', 'color',
];

/** Dropped with their content. */
const SVG_NON_TEXT = ['script', 'title', 'desc', 'metadata', 'foreignObject', 'use', 'symbol', 'pattern', 'marker', 'filter', 'image', 'switch', 'a', 'animate', 'animateMotion', 'animateTransform', 'set', 'iframe'];

/** More elements than this and the image is refused: a logo or photo frame needs a few hundred. */
export const SVG_MAX_ELEMENTS = 20_000;

/**
 * Cleans an SVG image from a CV's folder before Chromium sees it: keeps the shapes, text, gradients,
 * clip paths, masks and stylesheets, removes everything that references or repeats other content
 * (`use`, `symbol`, `pattern`, `marker`, `filter`, `image`, `foreignObject`, links, hrefs), scripts,
 * animation and the DOCTYPE (so no entity expands). The result is one `<svg>` element.
 * @param text - the SVG file's text
 * @returns the cleaned SVG, the names of the kinds of elements removed, and the element count kept
 *   (callers refuse more than {@link SVG_MAX_ELEMENTS}); `svg` is empty when no `<svg>` element is left
 */
export function sanitizeSvg(text: string): { svg: string; removed: string[]; elements: number } {
  const removed = new Set<string>();
  let elements = 0;
  const kept = new Set(SVG_TAGS);
  const out = sanitize(text, {
    allowedTags: SVG_TAGS,
    allowedAttributes: { '*': SVG_ATTRIBUTES },
    allowedSchemes: [],
    allowedSchemesAppliedToAttributes: ['href', 'xlink:href'],
    parser: { xmlMode: true, lowerCaseTags: false, lowerCaseAttributeNames: false, decodeEntities: true },
    disallowedTagsMode: 'discard',
    nonTextTags: SVG_NON_TEXT,
    selfClosing: [],
    nestingLimit: 200,
    parseStyleAttributes: false,
    enforceHtmlBoundary: false,
    onOpenTag: (name: string) => {
      if (kept.has(name)) elements++;
      else if (removed.size < 20) removed.add(name);
    },
    transformTags: {
      svg: (tagName: string, attribs: Record<string, string>) => ({ tagName, attribs: { ...attribs, xmlns: 'http://www.w3.org/2000/svg' } }),
    },
  });
  // Whatever came before the root element (the DOCTYPE's leftovers, stray text) is not part of the image.
  const start = out.indexOf('<svg');
  const end = out.lastIndexOf('</svg>');
  return { svg: start >= 0 && end > start ? out.slice(start, end + 6) : '', removed: [...removed], elements };
}
