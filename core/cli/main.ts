import { processOutput, type Output } from './io.ts';
import { commands } from './commands/index.ts';

const USAGE = `usage: cites-cb <command> [options]

commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(18)} ${command.summary}`)
  .join('\n')}

Run "cites-cb <command> --help" for a command's options.
`;

/** Runs the CLI with `argv` (without node and the script); resolves to the exit status. */
export async function main(argv: string[], output: Output = processOutput): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    output.out(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    output.err(`cites-cb: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  return command.run(rest, output);
}
