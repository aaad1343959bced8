/**
 * Validation of a parsed dataset: the schema, then the rules it cannot state (Party codes are
 * Parties, the reader understands the schema version). Kept apart from the file reader
 * (parse-dataset.ts) so that the widgets can load it on its own, and only when they need it.
 */
import type { z } from 'zod';
import { isPartyCode } from '../data/parties.ts';
import { DATASET_SCHEMA_VERSION, DatasetSchema, type Dataset } from '../schemas/dataset.ts';

export interface DatasetIssue {
  path: (string | number)[];
  message: string;
}

/** Validates an already-parsed value as a dataset, with Party codes checked against the 185. */
export function validateDataset(
  value: unknown,
): { ok: true; dataset: Dataset } | { ok: false; issues: DatasetIssue[] } {
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > DATASET_SCHEMA_VERSION) {
    return {
      ok: false,
      issues: [
        {
          path: ['schemaVersion'],
          message: `schema version ${version} is newer than this software reads (${DATASET_SCHEMA_VERSION}); update the software`,
        },
      ],
    };
  }
  const parsed = DatasetSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map(toIssue) };
  const dataset = parsed.data;
  const known = new Set(dataset.parties.map((party) => party.code));
  const issues: DatasetIssue[] = [];
  const checkParty = (code: string, path: (string | number)[]) => {
    if (!known.has(code) && !isPartyCode(code))
      issues.push({ path, message: `unknown Party code "${code}"` });
  };
  dataset.reports.forEach((r, i) => checkParty(r.party, ['reports', i, 'party']));
  dataset.needs.forEach((n, i) => checkParty(n.party, ['needs', i, 'party']));
  dataset.activities.forEach((a, i) =>
    a.beneficiaries.forEach((code, j) => checkParty(code, ['activities', i, 'beneficiaries', j])),
  );
  dataset.resources.forEach(
    (r, i) => r.beneficiary && checkParty(r.beneficiary, ['resources', i, 'beneficiary']),
  );
  return issues.length > 0 ? { ok: false, issues } : { ok: true, dataset };
}

function toIssue(issue: z.core.$ZodIssue): DatasetIssue {
  return {
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: issue.message,
  };
}
