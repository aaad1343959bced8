import type { Command } from '../command.ts';
import { importNeedsCommand } from './import-needs.ts';
import { recognizeCommand } from './recognize.ts';
import { validateCommand } from './validate.ts';

/** Every CLI subcommand by name. Each lives in its own module beside this one. */
export const commands: Record<string, Command> = {
  'import-needs': importNeedsCommand,
  recognize: recognizeCommand,
  validate: validateCommand,
};
