/** Where the founding document's PDF is written by default. */
export const FOUNDING_PDF: string;
/** Writes the founding document as a PDF to `out` (default FOUNDING_PDF) and returns the path. */
export function makeFoundingPdf(out?: string): Promise<string>;
