/** Saving an export: the text as a file the browser downloads. */

const TYPES = {
  jsonld: { extension: 'jsonld', mime: 'application/ld+json' },
  markdown: { extension: 'md', mime: 'text/markdown' },
  csv: { extension: 'csv', mime: 'text/csv' },
} as const;

/**
 * The file name of an export made now.
 *
 * @param format - the export's format
 * @param now - the time (for tests)
 */
export function exportFileName(format: keyof typeof TYPES, now: Date = new Date()): string {
  return `cites-notes-${now.toISOString().slice(0, 10)}.${TYPES[format].extension}`;
}

/**
 * Downloads `text` as `name`.
 *
 * @param text - the file's contents
 * @param name - its name (its extension gives its type)
 */
export function downloadText(text: string, name: string): void {
  const extension = name.slice(name.lastIndexOf('.') + 1);
  const type = Object.values(TYPES).find((t) => t.extension === extension)?.mime ?? 'text/plain';
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
