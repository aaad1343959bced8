#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so that the command works from a clone without a build step.
import { register } from 'tsx/esm/api';

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
