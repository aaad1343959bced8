/**
 * The tracker's repository: activities with their indicators, and self-assessments, in the
 * extension's database (`AppDB`, version 2). Every write is validated first (ActivitySchema,
 * IndicatorSchema, SelfAssessmentSchema) and every row validated again when read; rows that no
 * longer validate are counted, not returned. Results are values, not exceptions, for what the
 * user must be told about:
 *
 * - `invalid`: not a valid activity, indicator or assessment (the first problem, with its path);
 * - `conflict`: the activity was changed elsewhere (another tab) since it was read;
 * - `not-found`: no activity has this id;
 * - `quota`: the browser's storage is full; nothing was written.
 *
 * Deleting is soft: `restore` undoes it. Checked writes run in one read-write transaction.
 */
import { ActivitySchema, IndicatorSchema, type Activity, type Indicator } from '../schemas/activity.ts';
import { SelfAssessmentSchema, type SelfAssessment } from '../tracker/self-assessment.ts';
import type { ActivityRow, AppDB } from './app-db.ts';
import { isQuotaError } from './notes-repo.ts';

/** The source id of records entered in the tracker. */
export const TRACKER_SOURCE_ID = 'tracker';

/** An activity as stored: the activity, its indicators, its revision and times. */
export interface TrackedActivity {
  activity: Activity;
  indicators: Indicator[];
  revision: number;
  modified: string;
  deleted?: string;
}

export type TrackerError =
  | { kind: 'invalid'; message: string; path?: string }
  | { kind: 'conflict'; message: string; current: TrackedActivity }
  | { kind: 'not-found'; message: string; id: string }
  | { kind: 'quota'; message: string };

export type TrackerResult<T extends object> = ({ ok: true } & T) | { ok: false; error: TrackerError };

/** What the repository lists: the readable activities and how many rows could not be read. */
export interface ActivityList {
  activities: TrackedActivity[];
  /** Rows that no longer validate (written by another version, or damaged). */
  unreadable: number;
}

/** What an import did. */
export interface ActivityImportCounts {
  added: number;
  updated: number;
}

/** What a save receives: the activity, its indicators, and the revision it was read at (none when new). */
export interface ActivityDraft {
  activity: Activity;
  indicators: readonly Indicator[];
  revision?: number;
}

const QUOTA_MESSAGE = "The browser's storage is full; nothing was saved.";

class Failure extends Error {
  constructor(readonly error: TrackerError) {
    super(error.message);
  }
}

function firstIssue(
  what: string,
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>,
  prefix: PropertyKey[] = [],
): TrackerError {
  const issue = issues[0]!;
  const path = [...prefix, ...issue.path].map(String).join('.');
  return {
    kind: 'invalid',
    message: `Not a valid ${what}: ${path ? `${path}: ` : ''}${issue.message}`,
    path,
  };
}

/** The activity and indicators of a draft, validated and linked to each other. */
function validateDraft(draft: ActivityDraft): TrackerResult<{ activity: Activity; indicators: Indicator[] }> {
  const indicators: Indicator[] = [];
  const ids = new Set<string>();
  for (const [index, input] of draft.indicators.entries()) {
    const parsed = IndicatorSchema.safeParse({ ...input, activity: draft.activity.id });
    if (!parsed.success)
      return { ok: false, error: firstIssue('indicator', parsed.error.issues, ['indicators', index]) };
    if (ids.has(parsed.data.id))
      return {
        ok: false,
        error: {
          kind: 'invalid',
          message: `Two indicators have the id ${parsed.data.id}`,
          path: `indicators.${index}.id`,
        },
      };
    ids.add(parsed.data.id);
    indicators.push(parsed.data);
  }
  const parsed = ActivitySchema.safeParse({ ...draft.activity, indicators: [...ids] });
  if (!parsed.success) return { ok: false, error: firstIssue('activity', parsed.error.issues) };
  return { ok: true, activity: parsed.data, indicators };
}

/** The tracker's records in the extension's database. */
export class ActivitiesRepository {
  /**
   * @param db - the extension's database
   * @param now - the clock (tests pass their own)
   */
  constructor(
    readonly db: AppDB,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async write<T extends object>(work: () => Promise<T>): Promise<TrackerResult<T>> {
    try {
      return { ok: true, ...(await work()) };
    } catch (error) {
      if (error instanceof Failure) return { ok: false, error: error.error };
      if (isQuotaError(error)) return { ok: false, error: { kind: 'quota', message: QUOTA_MESSAGE } };
      throw error;
    }
  }

  private async read(row: ActivityRow): Promise<TrackedActivity | undefined> {
    const activity = ActivitySchema.safeParse(row.value);
    if (!activity.success) return undefined;
    const rows = await this.db.indicators.where('activity').equals(row.id).toArray();
    const indicators = rows.flatMap((r) => {
      const parsed = IndicatorSchema.safeParse(r.value);
      return parsed.success ? [parsed.data] : [];
    });
    const order = new Map(activity.data.indicators.map((id, index) => [id, index]));
    indicators.sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity));
    return {
      activity: activity.data,
      indicators,
      revision: row.revision,
      modified: row.modified,
      ...(row.deleted ? { deleted: row.deleted } : {}),
    };
  }

  /** The activity with this id, deleted or not. */
  async get(id: string): Promise<TrackedActivity | undefined> {
    const row = await this.db.activities.get(id);
    return row && this.read(row);
  }

  /** The activities not deleted, most recently changed first. */
  async list(): Promise<ActivityList> {
    return this.db.transaction('r', this.db.activities, this.db.indicators, async () => {
      const rows = await this.db.activities.orderBy('modified').reverse().toArray();
      const activities: TrackedActivity[] = [];
      let unreadable = 0;
      for (const row of rows) {
        if (row.deleted) continue;
        const tracked = await this.read(row);
        if (tracked) activities.push(tracked);
        else unreadable++;
      }
      return { activities, unreadable };
    });
  }

  /**
   * Saves an activity and its indicators. A new one (no `revision`) is refused when an activity
   * with its id exists (and is not deleted); an edit is refused with a conflict when the stored
   * activity has another revision. Indicators the activity no longer has are removed.
   */
  async save(draft: ActivityDraft): Promise<TrackerResult<{ record: TrackedActivity }>> {
    const valid = validateDraft(draft);
    if (!valid.ok) return valid;
    const { activity, indicators } = valid;
    return this.write(() =>
      this.db.transaction('rw', this.db.activities, this.db.indicators, async () => {
        const row = await this.db.activities.get(activity.id);
        if (draft.revision === undefined && row && !row.deleted) {
          throw new Failure({
            kind: 'invalid',
            message: `An activity with the id ${activity.id} exists already.`,
            path: 'id',
          });
        }
        if (draft.revision !== undefined) {
          if (!row) throw new Failure(notFound(activity.id));
          if (row.revision !== draft.revision) {
            const current = await this.read(row);
            if (current)
              throw new Failure({
                kind: 'conflict',
                message: 'This activity was changed elsewhere (another tab or window) since it was opened.',
                current,
              });
          }
        }
        for (const indicator of indicators) {
          const other = await this.db.indicators.get(indicator.id);
          if (other && other.activity !== activity.id) {
            throw new Failure({
              kind: 'invalid',
              message: `The indicator id ${indicator.id} belongs to the activity ${other.activity}.`,
              path: 'indicators',
            });
          }
        }
        const modified = this.now().toISOString();
        const revision = (row?.revision ?? 0) + 1;
        await this.db.activities.put({ id: activity.id, value: activity, revision, modified });
        const keep = new Set(indicators.map((indicator) => indicator.id));
        await this.db.indicators
          .where('activity')
          .equals(activity.id)
          .filter((r) => !keep.has(r.id))
          .delete();
        await this.db.indicators.bulkPut(
          indicators.map((indicator) => ({ id: indicator.id, activity: activity.id, value: indicator })),
        );
        return { record: { activity, indicators, revision, modified } };
      }),
    );
  }

  private setDeleted(id: string, deleted: boolean): Promise<TrackerResult<{ record: TrackedActivity }>> {
    return this.write(() =>
      this.db.transaction('rw', this.db.activities, this.db.indicators, async () => {
        const row = await this.db.activities.get(id);
        if (!row) throw new Failure(notFound(id));
        const modified = this.now().toISOString();
        const { deleted: _was, ...rest } = row;
        const next: ActivityRow = {
          ...rest,
          revision: row.revision + 1,
          modified,
          ...(deleted ? { deleted: modified } : {}),
        };
        await this.db.activities.put(next);
        const record = await this.read(next);
        if (!record) throw new Failure({ kind: 'invalid', message: `The activity ${id} cannot be read.` });
        return { record };
      }),
    );
  }

  /** Deletes an activity, softly: `restore` brings it back with its indicators. */
  remove(id: string): Promise<TrackerResult<{ record: TrackedActivity }>> {
    return this.setDeleted(id, true);
  }

  /** Undoes `remove`. */
  restore(id: string): Promise<TrackerResult<{ record: TrackedActivity }>> {
    return this.setDeleted(id, false);
  }

  /** Removes for good the activities deleted before `before`, with their indicators. Returns how many. */
  async purgeDeleted(before: Date): Promise<number> {
    const limit = before.toISOString();
    return this.db.transaction('rw', this.db.activities, this.db.indicators, async () => {
      const ids = (
        await this.db.activities.filter((r) => r.deleted !== undefined && r.deleted < limit).toArray()
      ).map((r) => r.id);
      await this.db.indicators.where('activity').anyOf(ids).delete();
      await this.db.activities.bulkDelete(ids);
      return ids.length;
    });
  }

  /**
   * Stores imported activities, all or none. An activity whose id exists is updated: the
   * imported fields replace the stored ones; what the import does not carry (partners, topics,
   * needs answered, spending, indicators) stays.
   */
  async importActivities(activities: readonly Activity[]): Promise<TrackerResult<ActivityImportCounts>> {
    const valid: Activity[] = [];
    for (const [index, input] of activities.entries()) {
      const parsed = ActivitySchema.safeParse(input);
      if (!parsed.success) return { ok: false, error: firstIssue('activity', parsed.error.issues, [index]) };
      valid.push(parsed.data);
    }
    return this.write(() =>
      this.db.transaction('rw', this.db.activities, this.db.indicators, async () => {
        const modified = this.now().toISOString();
        const rows = await this.db.activities.bulkGet(valid.map((a) => a.id));
        let added = 0;
        let updated = 0;
        const next: ActivityRow[] = valid.map((activity, index) => {
          const row = rows[index];
          const old = row && !row.deleted ? ActivitySchema.safeParse(row.value) : undefined;
          if (old?.success) {
            updated++;
            const kept = old.data;
            const value: Activity = {
              ...activity,
              partners: kept.partners,
              topics: kept.topics,
              needs: kept.needs,
              indicators: kept.indicators,
              ...(kept.spent ? { spent: kept.spent } : {}),
            };
            return { id: activity.id, value, revision: row!.revision + 1, modified };
          }
          added++;
          return { id: activity.id, value: activity, revision: (row?.revision ?? 0) + 1, modified };
        });
        await this.db.activities.bulkPut(next);
        return { added, updated };
      }),
    );
  }

  /** The stored self-assessments that validate, by Party code. */
  async listAssessments(): Promise<SelfAssessment[]> {
    const rows = await this.db.assessments.orderBy('party').toArray();
    return rows.flatMap((row) => {
      const parsed = SelfAssessmentSchema.safeParse(row.value);
      return parsed.success ? [parsed.data] : [];
    });
  }

  /** Saves a Party's self-assessment, replacing the one it had. */
  async saveAssessment(input: SelfAssessment): Promise<TrackerResult<{ assessment: SelfAssessment }>> {
    const parsed = SelfAssessmentSchema.safeParse(input);
    if (!parsed.success) return { ok: false, error: firstIssue('self-assessment', parsed.error.issues) };
    const assessment = parsed.data;
    return this.write(async () => {
      await this.db.assessments.put({
        party: assessment.party,
        value: assessment,
        modified: this.now().toISOString(),
      });
      return { assessment };
    });
  }

  /** Deletes a Party's self-assessment; returns it (to undo) if there was one. */
  async removeAssessment(party: string): Promise<SelfAssessment | undefined> {
    return this.db.transaction('rw', this.db.assessments, async () => {
      const row = await this.db.assessments.get(party);
      await this.db.assessments.delete(party);
      const parsed = row ? SelfAssessmentSchema.safeParse(row.value) : undefined;
      return parsed?.success ? parsed.data : undefined;
    });
  }
}

function notFound(id: string): TrackerError {
  return { kind: 'not-found', message: `No activity has the id ${id}.`, id };
}
