import type { Command } from '../command.ts';
import { analyzeCommand } from './analyze.ts';
import { exportIatiCommand } from './export-iati.ts';
import { importActivitiesCommand } from './import-activities.ts';
import { importNeedsCommand } from './import-needs.ts';
import { publishCommand } from './publish.ts';
import { recognizeCommand } from './recognize.ts';
import { validateCommand } from './validate.ts';

/** Every CLI subcommand by name. Each lives in its own module beside this one. */
export const commands: Record<string, Command> = {
  'import-needs': importNeedsCommand,
  'import-activities': importActivitiesCommand,
  validate: validateCommand,
  recognize: recognizeCommand,
  analyze: analyzeCommand,
  publish: publishCommand,
  'export-iati': exportIatiCommand,
};
