/**
 * The tracker page's message contract with the background, which owns the activities,
 * indicators and self-assessments (in IndexedDB). Every request type starts with `tracker.` so
 * that these messages and the extension's other ones never share a name; each is parsed with
 * these schemas on both sides of the channel. Outcomes the user must be told about (an invalid
 * activity, a conflict, a full disk, a CSV file with errors) are values, not errors.
 */
import { z } from 'zod';
import { SelfAssessmentSchema } from '../tracker/self-assessment.ts';
import { ActivitySchema, IndicatorSchema } from './activity.ts';
import { DatasetSchema } from './dataset.ts';
import { DatasetProblemSchema } from './messages.ts';
import { RecordIdSchema } from './need.ts';
import { PartyCodeSchema } from './party.ts';

/** The largest CSV file the tracker imports. */
export const MAX_CSV_CHARS = 5 * 1024 * 1024;
/** The most indicators one activity carries. */
export const MAX_INDICATORS = 100;

/** An activity as stored, with its indicators and revision. */
export const TrackedActivitySchema = z.object({
  activity: ActivitySchema,
  indicators: z.array(IndicatorSchema),
  revision: z.number().int().positive(),
  modified: z.string(),
  deleted: z.string().optional(),
});
export type TrackedActivityMessage = z.infer<typeof TrackedActivitySchema>;

export const TrackerErrorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('invalid'), message: z.string(), path: z.string().optional() }),
  z.object({ kind: z.literal('conflict'), message: z.string(), current: TrackedActivitySchema }),
  z.object({ kind: z.literal('not-found'), message: z.string(), id: z.string() }),
  z.object({ kind: z.literal('quota'), message: z.string() }),
]);
export type TrackerErrorMessage = z.infer<typeof TrackerErrorSchema>;

const failure = z.object({ ok: z.literal(false), error: TrackerErrorSchema });

/** The outcome of a save, delete or restore: the activity as stored, or why not. */
export const RecordResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), record: TrackedActivitySchema }),
  failure,
]);
export type RecordResult = z.infer<typeof RecordResultSchema>;

/** The outcome of a CSV import: counts, the file's problems at their lines, or a storage error. */
export const ImportResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    added: z.number().int().nonnegative(),
    updated: z.number().int().nonnegative(),
  }),
  z.object({
    ok: z.literal(false),
    problems: z.array(DatasetProblemSchema),
    error: TrackerErrorSchema.optional(),
  }),
]);
export type ImportResult = z.infer<typeof ImportResultSchema>;

export const AssessmentResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), assessment: SelfAssessmentSchema }),
  failure,
]);
export type AssessmentResult = z.infer<typeof AssessmentResultSchema>;

/** Requests the tracker page sends the background. */
export const TrackerRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tracker.list') }),
  z.object({
    type: z.literal('tracker.save'),
    activity: ActivitySchema,
    indicators: z.array(IndicatorSchema).max(MAX_INDICATORS),
    /** The revision the activity was read at; absent for a new activity. */
    revision: z.number().int().positive().optional(),
  }),
  z.object({ type: z.literal('tracker.delete'), id: RecordIdSchema }),
  z.object({ type: z.literal('tracker.restore'), id: RecordIdSchema }),
  z.object({ type: z.literal('tracker.importCsv'), text: z.string().max(MAX_CSV_CHARS) }),
  /** The dataset the extension uses (the bundled one, or the published ones merged). */
  z.object({ type: z.literal('tracker.dataInUse') }),
  z.object({ type: z.literal('tracker.listAssessments') }),
  z.object({ type: z.literal('tracker.saveAssessment'), assessment: SelfAssessmentSchema }),
  z.object({ type: z.literal('tracker.deleteAssessment'), party: PartyCodeSchema }),
]);
export type TrackerRequest = z.infer<typeof TrackerRequestSchema>;
export type TrackerRequestType = TrackerRequest['type'];

/** The value each tracker request answers with. */
export const TrackerResponseSchemas = {
  'tracker.list': z.object({
    activities: z.array(TrackedActivitySchema),
    unreadable: z.number().int().nonnegative(),
  }),
  'tracker.save': RecordResultSchema,
  'tracker.delete': RecordResultSchema,
  'tracker.restore': RecordResultSchema,
  'tracker.importCsv': ImportResultSchema,
  'tracker.dataInUse': DatasetSchema,
  'tracker.listAssessments': z.array(SelfAssessmentSchema),
  'tracker.saveAssessment': AssessmentResultSchema,
  'tracker.deleteAssessment': z.object({ removed: SelfAssessmentSchema.optional() }),
} as const satisfies Record<TrackerRequestType, z.ZodType>;
