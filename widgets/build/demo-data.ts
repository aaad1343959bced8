/**
 * Writes `widgets/demo/published-public.json`: the illustrative example activities as published
 * for the public (`publishDataset(exampleActivities(), 'public')`), the file the tracker demo and
 * its tests load with `src`. Run by `npm run build:widgets`; the output is committed so that the
 * demo works without a build step of its own. Stamped with the examples' own date, so that the
 * file only changes when the examples do.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exampleActivities } from '../../core/data/example-activities.ts';
import { publishDataset } from '../../core/publish/publish.ts';
import { format, resolveConfig } from 'prettier';

export const PUBLISHED_DEMO_FILE = fileURLToPath(new URL('../demo/published-public.json', import.meta.url));

/** Writes the file, formatted as the repository's Prettier settings would. */
export async function writeDemoData(): Promise<void> {
  const examples = exampleActivities();
  const published = publishDataset(examples, 'public', examples.generatedAt);
  const options = (await resolveConfig(PUBLISHED_DEMO_FILE)) ?? {};
  const text = await format(JSON.stringify(published), { ...options, filepath: PUBLISHED_DEMO_FILE });
  writeFileSync(PUBLISHED_DEMO_FILE, text);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await writeDemoData();
