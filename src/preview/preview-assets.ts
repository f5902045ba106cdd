// The preview page's own files: its HTML shell, its stylesheet and its one script (the reload code).

/**
 * The preview page's script, served as `/preview.js` (the only script the page runs; the CV itself is only
 * ever shown as images and text nodes). It listens to `/events` (server-sent events; the browser reconnects
 * by itself) and redraws on each new state: pages as images with a transparent, selectable text layer,
 * errors and warnings with file and line, the ATS score. New pages replace the old ones only once their
 * images are decoded, at the same scroll position. The theme and format menus post to `/settings` with the
 * page's token. Everything from the CV is inserted as text (`textContent`), never as HTML.
 */
export const PREVIEW_SCRIPT = String.raw`'use strict';
(function () {
  var token = document.querySelector('meta[name="cvpress-token"]').getAttribute('content');
  var SVG = 'http://www.w3.org/2000/svg';
  var shown = -1;
  var el = function (tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  var $ = function (id) { return document.getElementById(id); };

  function where(p) { return p.file ? p.file + (p.line ? ':' + p.line : '') + ': ' : ''; }

  function drawProblems(state) {
    var box = $('problems');
    box.replaceChildren();
    if (state.error) box.append(el('p', 'problem problem--error', where(state.error) + 'error: ' + state.error.message));
    state.notices.forEach(function (n) { box.append(el('p', 'problem problem--notice', n)); });
    state.warnings.forEach(function (w) { box.append(el('p', 'problem problem--warning', where(w) + 'warning: ' + w.message)); });
    document.body.classList.toggle('has-error', Boolean(state.error));
  }

  function drawBar(state) {
    $('file').textContent = state.file;
    var status = state.status === 'building' ? 'updating…' : state.error ? 'error (showing the last good pages)' : state.pages.length + ' page' + (state.pages.length === 1 ? '' : 's') + ' · built in ' + state.ms + ' ms';
    $('status').textContent = status;
    $('status').dataset.status = state.status;
    var ats = $('ats');
    if (state.check) {
      ats.textContent = 'ATS ' + state.check.score;
      ats.title = state.check.misses.length ? 'Not recovered from the PDF text: ' + state.check.misses.map(function (m) { return m.label; }).join('; ') : 'Every checked field is recovered from the PDF text';
      ats.dataset.score = state.check.score === 100 ? 'full' : 'partial';
    } else ats.textContent = '';
    fillSelect($('theme'), state.themes, state.theme);
    fillSelect($('format'), state.formats, state.format);
  }

  function fillSelect(select, values, current) {
    if (select.dataset.values !== values.join('\n')) {
      select.replaceChildren();
      values.forEach(function (v) { var o = el('option', '', v); o.value = v; select.append(o); });
      select.dataset.values = values.join('\n');
    }
    select.value = current;
  }

  function drawPage(page, index) {
    var box = el('div', 'page');
    box.style.setProperty('--w', String(page.width));
    box.style.setProperty('--h', String(page.height));
    box.dataset.page = String(index + 1);
    if (page.image) {
      var img = el('img');
      img.alt = 'Page ' + (index + 1);
      img.src = page.image;
      box.append(img);
    } else box.classList.add('page--text');
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + page.width + ' ' + page.height);
    svg.setAttribute('class', 'text-layer');
    page.text.forEach(function (t) {
      var node = document.createElementNS(SVG, 'text');
      node.setAttribute('x', String(t[1]));
      node.setAttribute('y', String(t[2]));
      node.setAttribute('font-size', String(t[4]));
      if (t[3] > 0) { node.setAttribute('textLength', String(t[3])); node.setAttribute('lengthAdjust', 'spacingAndGlyphs'); }
      node.textContent = t[0];
      svg.append(node);
    });
    box.append(svg);
    return box;
  }

  function draw(state) {
    drawBar(state);
    drawProblems(state);
    if (state.revision === shown) return;
    var next = el('main', 'pages');
    next.id = 'pages';
    state.pages.forEach(function (p, i) { next.append(drawPage(p, i)); });
    var images = Array.prototype.slice.call(next.querySelectorAll('img'));
    var revision = state.revision;
    // Off-screen until every image is decoded: the swap is one repaint, at the same scroll position.
    Promise.all(images.map(function (i) { return i.decode().catch(function () {}); })).then(function () {
      if (revision < shown) return;
      shown = revision;
      var y = window.scrollY;
      $('pages').replaceWith(next);
      window.scrollTo(0, y);
      document.body.dataset.revision = String(revision);
      document.body.dataset.shownAt = String(Date.now());
    });
  }

  function send(settings) {
    fetch('/settings', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Cvpress-Token': token }, body: JSON.stringify(settings) });
  }
  $('theme').addEventListener('change', function (e) { send({ theme: e.target.value }); });
  $('format').addEventListener('change', function (e) { send({ format: e.target.value }); });

  var events = new EventSource('/events');
  events.addEventListener('state', function (e) {
    document.body.classList.remove('offline');
    draw(JSON.parse(e.data));
  });
  events.onerror = function () { document.body.classList.add('offline'); };
})();
`;

/** The preview page's stylesheet, served as `/preview.css`. */
export const PREVIEW_STYLE = `
:root { color-scheme: light; --bar: #1f2933; --muted: #52606d; }
* { box-sizing: border-box; }
body { margin: 0; background: #e4e7eb; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2933; }
header { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; padding: 8px 16px; background: var(--bar); color: #f5f7fa; }
header .file { font-weight: 600; }
header label { display: flex; gap: 6px; align-items: center; color: #cbd2d9; }
header select { font: inherit; padding: 2px 4px; }
#status { color: #cbd2d9; margin-left: auto; }
#status[data-status="building"] { color: #f7c948; }
#ats { font-weight: 600; padding: 1px 8px; border-radius: 10px; background: #3e4c59; }
#ats[data-score="full"] { background: #2f8132; }
#ats[data-score="partial"] { background: #b44d12; }
#ats:empty { display: none; }
#problems { max-width: 900px; margin: 0 auto; padding: 0 16px; }
#problems:empty { display: none; }
.problem { margin: 8px 0 0; padding: 8px 12px; border-radius: 4px; white-space: pre-wrap; font-family: ui-monospace, monospace; font-size: 13px; }
.problem--error { background: #fde8e8; border-left: 4px solid #d64545; }
.problem--warning { background: #fff8e1; border-left: 4px solid #e6a700; }
.problem--notice { background: #e3f0ff; border-left: 4px solid #2680c2; }
.pages { display: flex; flex-direction: column; align-items: center; gap: 20px; padding: 20px 12px 48px; }
.page { position: relative; width: min(100%, calc(var(--w) * 1px * 96 / 72)); aspect-ratio: var(--w) / var(--h); background: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.25), 0 6px 18px rgba(0,0,0,.08); }
.page img { position: absolute; inset: 0; width: 100%; height: 100%; display: block; user-select: none; }
.text-layer { position: absolute; inset: 0; width: 100%; height: 100%; }
.text-layer text { fill: transparent; font-family: sans-serif; white-space: pre; }
.text-layer text::selection { fill: transparent; background: rgba(38,128,194,.3); }
.page--text .text-layer text { fill: #1f2933; }
body.has-error .pages { opacity: .55; }
body.offline header { background: #7b1e1e; }
body.offline #status::after { content: " · disconnected (is cvpress preview still running?)"; }
`;

/** Escapes text for HTML. */
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The preview page itself: a shell the script fills; `token` authorizes its settings requests. */
export function renderPreviewPage(token: string, fileName: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="cvpress-token" content="${escape(token)}">
<title>${escape(fileName)} · cvpress preview</title>
<link rel="stylesheet" href="/preview.css">
<script src="/preview.js" defer></script>
</head>
<body>
<header>
  <span class="file" id="file">${escape(fileName)}</span>
  <label>Theme <select id="theme" aria-label="Theme"></select></label>
  <label>Paper <select id="format" aria-label="Paper size"></select></label>
  <span id="ats"></span>
  <span id="status">starting…</span>
</header>
<section id="problems" aria-live="polite"></section>
<main class="pages" id="pages"></main>
</body>
</html>
`;
}
