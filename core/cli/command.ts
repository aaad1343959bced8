import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Output } from './io.ts';

/** One CLI subcommand. */
export interface Command {
  summary: string;
  usage: string;
  run(argv: string[], output: Output): Promise<number> | number;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a command's arguments. `--help` prints the usage (exit 0); a usage error prints the
 * error and the usage (exit 2). Either way the caller returns `exit`.
 */
export function parseCommandArgs<T extends Options>(
  argv: string[],
  options: T,
  usage: string,
  output: Output,
) {
  if (argv.includes('--help') || argv.includes('-h')) {
    output.out(usage);
    return { exit: 0 };
  }
  try {
    return { args: parseArgs({ args: argv, options, allowPositionals: true, strict: true }) };
  } catch (error) {
    output.err(`${(error as Error).message}\n${usage}`);
    return { exit: 2 };
  }
}
