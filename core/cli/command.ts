import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Output } from './io.ts';

/** One CLI subcommand. */
export interface Command {
  summary: string;
  usage: string;
  run(argv: string[], output: Output): Promise<number> | number;
}

/**
 * Parses a command's arguments; on a usage error prints it with the command's usage and returns
 * undefined (the caller exits with status 2).
 */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  usage: string,
  output: Output,
) {
  try {
    const parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    if (parsed.values.help) {
      output.out(usage);
      return undefined;
    }
    return parsed;
  } catch (error) {
    output.err(`${(error as Error).message}\n${usage}`);
    return undefined;
  }
}
