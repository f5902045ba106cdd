// Rewrites Kirby's tags ("(link: https://x.de target: _blank text: X GmbH)", "(email: a@b.de)") as Markdown links, in place.

/** A Kirby tag of a link kind: its kind, and what follows the colon ("https://x.de target: _blank text: X GmbH"). */
const TAG = /\((link|email|tel|file|image):([^()]*)\)/g;

/** A tag's target (its first word) and its attributes: each word of the form "name:" opens one, its value the words up to the next. */
function readTag(inner: string): { target: string; attrs: Map<string, string> } {
  const words = inner.trim().split(/\s+/);
  const attrs = new Map<string, string>();
  let name = '';
  for (const w of words.slice(1)) {
    const colon = w.indexOf(':');
    if (colon > 0 && /^[a-z]+$/.test(w.slice(0, colon))) {
      name = w.slice(0, colon);
      attrs.set(name, w.slice(colon + 1));
    } else if (name) attrs.set(name, `${attrs.get(name)} ${w}`.trim());
  }
  return { target: words[0] ?? '', attrs };
}

/**
 * Rewrites each Kirby tag outside fenced code as Markdown: a link with its `text` (or its address) as the
 * link's text, an e-mail address or phone number as a `mailto:`/`tel:` link, an image as an image with its
 * `alt`. Every line keeps its place.
 * @param lines - the body's lines, rewritten in place
 * @param fence - 1 where a line is fenced code
 */
export function rewriteKirbyTags(lines: string[], fence: Uint8Array): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (fence[i] || !/\((?:link|email|tel|file|image):/.test(l)) continue;
    lines[i] = l.replace(TAG, (whole: string, kind: string, inner: string, at: number) => {
      const { target, attrs: a } = readTag(inner);
      // (a Markdown link's own target is none: "[199-****-2050](tel://199-****-2050)")
      if (!target || l[at - 1] === ']' || target.startsWith('//')) return whole;
      const text = (a.get('text') ?? a.get('alt') ?? target).replace(/[[\]]/g, '');
      if (kind === 'image') return `![${text === target ? '' : text}](${target})`;
      const url = kind === 'email' ? `mailto:${target}` : kind === 'tel' ? `tel:${target}` : target;
      return `[${text}](${url})`;
    });
  }
}
