import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What a command writes: to stdout and stderr, injected so that commands can be tested. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Reads a file as UTF-8 text, or returns a one-line error naming it. */
export function readText(path: string): { ok: true; text: string } | { ok: false; error: string } {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(error);
    return { ok: false, error: `${path}: cannot read: ${reason}` };
  }
}

/**
 * Writes a file all at once: to a temporary file beside it, then renamed over it, so that a
 * failure (a full disk) never leaves a partial file where the old one was.
 */
export function writeFileAtomic(path: string, text: string): void {
  const dir = mkdtempSync(join(dirname(path), '.cites-cb-'));
  const temporary = join(dir, 'partial');
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A one-line reason for a failed write, saying so plainly when the disk is full. */
export function describeWriteError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return `${path}: cannot write: the disk is full`;
  if (code === 'EACCES' || code === 'EPERM') return `${path}: cannot write: permission denied`;
  if (code === 'ENOENT') return `${path}: cannot write: no such directory`;
  return `${path}: cannot write: ${String(error)}`;
}
