/**
 * Renders a CITES document's plain text (as core/data/founding-document.txt holds it) as a
 * simple HTML page, the way cites.org shows documents: headings, paragraphs, and its
 * tab-separated tables as real tables. Every piece of text is escaped.
 */
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Markdown-style links "[text](#)" in the source become plain text. */
const plain = (text) => text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\\([()])/g, '$1');

export function documentHtml(text, { title, lang = 'en' } = {}) {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const body = [];
  let table = null;
  const closeTable = () => {
    if (table) body.push(`<table>\n${table.join('\n')}\n</table>`);
    table = null;
  };
  for (const raw of lines) {
    const line = plain(raw);
    if (line.includes('\t')) {
      table ??= [];
      const cells = line.split('\t');
      const tag = table.length < 2 && /Party|Report period|advice/i.test(line) ? 'th' : 'td';
      table.push(`<tr>${cells.map((cell) => `<${tag}>${escape(cell.trim())}</${tag}>`).join('')}</tr>`);
      continue;
    }
    if (line.trim() === '') continue;
    const trimmed = line.trim();
    if (/^[-*] /.test(trimmed) || /^ - /.test(line)) {
      closeTable();
      body.push(`<p class="item">${escape(trimmed.replace(/^[-*] /, ''))}</p>`);
    } else if (trimmed === trimmed.toUpperCase() && /[A-Z]{4}/.test(trimmed) && trimmed.length < 140) {
      if (!table) body.push(`<h2>${escape(trimmed)}</h2>`);
      else body.push(`<p class="note">${escape(trimmed)}</p>`);
    } else if (table && /^[²³¹]/.test(trimmed)) {
      body.push(`<p class="footnote">${escape(trimmed)}</p>`);
    } else {
      closeTable();
      body.push(`<p>${escape(trimmed)}</p>`);
    }
  }
  closeTable();
  return `<!doctype html>
<html lang="${escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title ?? 'CITES document')}</title>
<style>
  body { font: 16px/1.5 Georgia, serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
  table { border-collapse: collapse; font-size: 0.85rem; margin: 1rem 0; }
  th, td { border: 1px solid #999; padding: 0.25rem 0.4rem; vertical-align: top; }
  .item { margin-left: 1.5rem; }
  .footnote { font-size: 0.85rem; }
</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}
