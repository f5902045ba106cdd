// Splits a skills value into keywords: by commas/semicolons/bullets when present, else by spaces keeping known two-word names together.

const CONTINUATIONS = new Set(
  ['actions', 'ci', 'cd', 'cloud', 'studio', 'boot', 'compose', 'native', 'learning', 'server', 'services', 'code', 'pages', 'functions', 'framework', 'engine', 'analytics', 'workspace', 'office', 'query', 'shell', 'router', 'mvc', 'core', 'platform', 'pipelines', 'ops', 'vision', 'science', 'design', 'management', 'testing', 'js', 'db', 'lake', 'hub', 'suite', 'desktop', 'mobile', 'kit', 'sdk', 'api', 'apis', 'flow', 'stack', 'manager', 'office', 'directory'].map((w) => w.toLowerCase()),
);
const LEADS = new Set(['google', 'amazon', 'microsoft', 'apple', 'visual', 'apache', 'azure', 'adobe', 'unreal', 'big']);

/**
 * Splits `text` (plain) into keywords. "Kubernetes Docker Jenkins Github Actions"
 * → Kubernetes, Docker, Jenkins, Github Actions; "Python, Go; Rust" → Python, Go, Rust.
 */
export function splitKeywords(text: string): string[] {
  const t = text.trim().replace(/[.;,]\s*$/, '');
  if (!t) return [];
  if (/[,;·•|、，；]/.test(t) || /\s[–—/]\s/.test(t)) {
    return splitTop(t).map((s) => s.trim()).filter(Boolean);
  }
  const ws = t.split(/\s+/);
  if (ws.length <= 1) return ws;
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const next = ws[i + 1];
    if (next && (CONTINUATIONS.has(next.toLowerCase()) || LEADS.has(w.toLowerCase())) && !/[()]/.test(w + next)) {
      out.push(`${w} ${next}`);
      i++;
    } else if (/^\(/.test(w) && out.length) {
      // "Python (advanced)" keeps its note
      let j = i;
      let acc = w;
      while (!/\)/.test(acc) && j + 1 < ws.length) acc += ` ${ws[++j]!}`;
      out[out.length - 1] += ` ${acc}`;
      i = j;
    } else out.push(w);
  }
  return out;
}

/** Splits on separators outside parentheses. */
function splitTop(t: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    if (depth === 0 && /[,;·•|、，；]/.test(c)) {
      out.push(cur);
      cur = '';
    } else if (depth === 0 && /\s/.test(c) && /^[–—/]\s/.test(t.slice(i + 1, i + 3)) && false) {
      cur += c;
    } else cur += c;
  }
  out.push(cur);
  return out;
}
