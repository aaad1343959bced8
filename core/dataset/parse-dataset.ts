/**
 * Reads a dataset file and says exactly where it is wrong: a JSON syntax error at its line and
 * column, a schema error at the line of the offending field with its path
 * (`needs[3].recipients[0]`). Used by `cites-cb validate`, by the importers and by every face
 * that loads a published dataset.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Dataset } from '../schemas/dataset.ts';
import type { LocatedError } from '../import/located-error.ts';
import { formatPath } from './format-path.ts';
import { validateDataset } from './validate-dataset.ts';

export { formatPath };
export { validateDataset, type DatasetIssue } from './validate-dataset.ts';

export type DatasetParseResult = { ok: true; dataset: Dataset } | { ok: false; errors: LocatedError[] };

/** Parses and validates a dataset from its JSON text. */
export function parseDatasetText(text: string): DatasetParseResult {
  const source = text.replace(/^\uFEFF/, '');
  const lineOf = lineLocator(source);
  const syntaxErrors: ParseError[] = [];
  const tree = parseTree(source, syntaxErrors, { allowTrailingComma: false, disallowComments: true });
  if (syntaxErrors.length > 0 || !tree) {
    // The first syntax error is the real one; those after it are its echoes.
    const errors = syntaxErrors.slice(0, 1).map((error) => ({
      line: lineOf(error.offset),
      message: `invalid JSON: ${describeSyntaxError(printParseErrorCode(error.error))} at column ${columnOf(source, error.offset)}`,
    }));
    return {
      ok: false,
      errors: errors.length > 0 ? errors : [{ line: 1, message: 'invalid JSON: empty file' }],
    };
  }
  const value: unknown = JSON.parse(source);
  const result = validateDataset(value);
  if (result.ok) return result;
  return {
    ok: false,
    errors: result.issues.map((issue) => {
      let node = findNodeAtLocation(tree, issue.path);
      for (let path = issue.path; !node && path.length > 0;) {
        path = path.slice(0, -1);
        node = findNodeAtLocation(tree, path);
      }
      const offset = node?.parent?.type === 'property' ? node.parent.offset : (node?.offset ?? 0);
      return { line: lineOf(offset), field: formatPath(issue.path), message: issue.message };
    }),
  };
}

function lineLocator(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

function columnOf(text: string, offset: number): number {
  return offset - text.lastIndexOf('\n', offset - 1);
}

function describeSyntaxError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
