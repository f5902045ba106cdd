// Opens pandoc's raw HTML blocks (```{=html} … ```, in R Markdown and Quarto CVs): their HTML is the CV's content, read as HTML.

/** A fence's opening line that marks raw HTML: "```{=html}", "~~~ {=html}", "```=html". */
const RAW_HTML = /^\s{0,3}([`~]{3,})\s*\{?=html\}?\s*$/i;

/**
 * Empties the fence lines of every raw HTML block (its info string `{=html}`), so that the HTML inside is read as
 * an HTML block of the page rather than shown as code; the lines between stay as they are. Changes `body` in place.
 * @param body - the body's lines
 * @returns whether any block was opened (the caller then finds the code fences again)
 */
export function openRawHtmlFences(body: string[]): boolean {
  let opened = false;
  for (let i = 0; i < body.length; i++) {
    const m = RAW_HTML.exec(body[i]!);
    if (!m) continue;
    const marker = m[1]!;
    const close = body.findIndex((l, j) => j > i && l.trim().startsWith(marker[0]!.repeat(marker.length)) && /^[`~]+$/.test(l.trim()));
    if (close < 0) continue;
    body[i] = '';
    body[close] = '';
    opened = true;
    i = close;
  }
  return opened;
}
