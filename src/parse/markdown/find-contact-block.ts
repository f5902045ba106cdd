// Finds the contact block of a Hugo Blox / Wowchemy landing page's front matter (`sections: [{block: contact, content: {email, phone}}]`).

/**
 * The `content` of the first block of a landing page's front matter whose `block` (Hugo Blox) or `widget` (Wowchemy) is
 * `contact`, in any top-level list (`sections:`); undefined when there is none.
 * @param data - the front matter
 */
export function findContactBlock(data: Record<string, unknown>): Record<string, unknown> | undefined {
  for (const v of Object.values(data)) {
    if (!Array.isArray(v)) continue;
    for (const item of v) {
      if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
      const { block, widget, content } = item as Record<string, unknown>;
      if ((block === 'contact' || widget === 'contact') && content && typeof content === 'object' && !Array.isArray(content)) return content as Record<string, unknown>;
    }
  }
  return undefined;
}
