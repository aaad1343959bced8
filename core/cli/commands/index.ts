import type { Command } from '../command.ts';

/** Every CLI subcommand by name. Each lives in its own module beside this one. */
export const commands: Record<string, Command> = {};
