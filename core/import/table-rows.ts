import Papa from 'papaparse';

/** One row of a table, with the line it starts on (1-based). */
export interface TableRow {
  line: number;
  cells: string[];
}

/**
 * How the table came: inside the text of a document (rows are the tab-separated lines; prose,
 * page furniture and footnotes between them are other lines), as a TSV file, or as a CSV file.
 */
export type TableForm = 'document' | 'tsv' | 'csv';

export interface TableText {
  form: TableForm;
  rows: TableRow[];
  /** Lines that are not table rows (prose), kept for what they say about the table. */
  prose: TableRow[];
}

const LINE_BREAK = /\r\n|\r|\n/;

/** Decides the form of a table's text and splits it into located rows. */
export function readTableText(raw: string): TableText {
  const text = raw.replace(/^\uFEFF/, '');
  const lines = text.split(LINE_BREAK);
  const filled = lines.filter((line) => line.trim() !== '');
  const tabbed = filled.filter((line) => line.includes('\t')).length;
  if (tabbed > 0 && tabbed === filled.length) return { form: 'tsv', ...parseDelimited(text, '\t') };
  if (tabbed > 0) return { form: 'document', ...splitDocument(lines) };
  return { form: 'csv', ...parseDelimited(text, ',') };
}

function splitDocument(lines: string[]): Omit<TableText, 'form'> {
  const rows: TableRow[] = [];
  const prose: TableRow[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const row = { line: index + 1, cells: line.split('\t') };
    (line.includes('\t') ? rows : prose).push(row);
  });
  return { rows, prose };
}

/** Parses CSV or TSV (quoted cells, CRLF, embedded line breaks), keeping each row's first line. */
export function parseDelimited(text: string, delimiter: string): Omit<TableText, 'form'> {
  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  const lineAt = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const rows: TableRow[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const cells = result.data;
      // Skip blank lines but keep counting from the right place.
      let start = rowStart;
      while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
      if (!(cells.length === 1 && cells[0]!.trim() === '')) rows.push({ line: lineAt(start), cells });
      rowStart = result.meta.cursor;
    },
  });
  return { rows, prose: [] };
}
