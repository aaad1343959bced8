/** A problem in an input file, located at a line and, where it applies, a field. */
export interface LocatedError {
  line: number;
  field?: string;
  message: string;
}

/** `FILE:LINE: field: message`, the form compilers use, so editors can jump to it. */
export function formatLocatedError(file: string, error: LocatedError): string {
  const field = error.field ? `${error.field}: ` : '';
  return `${file}:${error.line}: ${field}${error.message}`;
}
