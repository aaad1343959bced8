/**
 * `npm run bench [-- NAME...]`: runs the benchmarks (all, or those named) and prints each figure
 * as a ratio to a baseline measured in the same run on the same input, since absolute times on a
 * shared machine mean little.
 *
 * A benchmark is a module `test/bench/NAME.bench.ts` exporting `run(): Promise<void>` that prints
 * its own lines.
 */
import { readdirSync } from 'node:fs';

const available = readdirSync(new URL('.', import.meta.url))
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.replace(/\.bench\.ts$/, ''))
  .sort();
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const unknown = wanted.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`unknown benchmark: ${unknown.join(', ')} (available: ${available.join(', ')})`);
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : available) {
  console.log(`# ${name}`);
  const bench = (await import(`./${name}.bench.ts`)) as { run(): Promise<void> };
  await bench.run();
}
