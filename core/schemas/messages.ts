/**
 * The browser extension's message contract: what its content scripts, viewer, popup and options
 * page may ask the background (which owns the data), what they get back, and the settings the
 * background keeps. Every message is parsed with these schemas on both sides of the channel;
 * errors cross it as `{ ok: false, error }`, never as thrown objects.
 */
import { z } from 'zod';
import { NeedSchema, ReportSchema, SourceSchema } from './need.ts';
import { PartyCodeSchema, PartySchema } from './party.ts';

/** The interface language a user chose: one of the three, or the browser's (`auto`). */
export const LanguageChoiceSchema = z.enum(['auto', 'en', 'fr', 'es']);
export type LanguageChoice = z.infer<typeof LanguageChoiceSchema>;

/** The most published datasets the extension loads at once. */
export const MAX_DATA_URLS = 10;

const DataUrlSchema = z.url({ protocol: /^https?$/ });

/**
 * Where the extension takes its data from: the bundled dataset, a published dataset URL, or
 * several published datasets (the Secretariat's needs, a donor's activities), with or without
 * the bundled one, merged so that each record keeps its source.
 */
export const DataSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bundled') }),
  z.object({ kind: z.literal('url'), url: DataUrlSchema }),
  z.object({
    kind: z.literal('urls'),
    urls: z
      .array(DataUrlSchema)
      .min(1)
      .max(MAX_DATA_URLS)
      .refine((urls) => new Set(urls).size === urls.length, 'each URL is given once'),
    /** Whether the bundled dataset is merged with them. */
    withBundled: z.boolean(),
  }),
]);
export type DataSource = z.infer<typeof DataSourceSchema>;

/** The URLs of a data source and whether it includes the bundled dataset. */
export function dataSourceParts(source: DataSource): { bundled: boolean; urls: string[] } {
  if (source.kind === 'bundled') return { bundled: true, urls: [] };
  if (source.kind === 'url') return { bundled: false, urls: [source.url] };
  return { bundled: source.withBundled, urls: source.urls };
}

/** An origin such as `https://example.org` (scheme, host and port only). */
export const OriginSchema = z
  .string()
  .regex(/^https?:\/\/[^/?#\s]+$/, 'an origin is a scheme and a host, such as https://example.org');

/** The user's settings, as the background stores them and mirrors them to extension storage. */
export const SettingsSchema = z.object({
  language: LanguageChoiceSchema.default('auto'),
  /** Sites switched on or off by the user, by origin; cites.org is on unless switched off. */
  sites: z.record(OriginSchema, z.boolean()).default({}),
  /** Whether links to PDFs on cites.org open in the extension's viewer. */
  openPdfInViewer: z.boolean().default(true),
  dataSource: DataSourceSchema.default({ kind: 'bundled' }),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** What is known about the dataset in use. */
export const DataStatusSchema = z.object({
  source: DataSourceSchema,
  id: z.string(),
  title: z.string(),
  generatedAt: z.string(),
  /** When the dataset was fetched (ISO date-time); absent for the bundled one. */
  loadedAt: z.string().optional(),
  illustrative: z.boolean(),
  reportCount: z.number().int().nonnegative(),
  needCount: z.number().int().nonnegative(),
  /** Each dataset merged into the one in use, where there are several. */
  parts: z
    .array(
      z.object({
        /** Absent for the bundled dataset. */
        url: z.string().optional(),
        title: z.string(),
        reportCount: z.number().int().nonnegative(),
        needCount: z.number().int().nonnegative(),
        activityCount: z.number().int().nonnegative(),
      }),
    )
    .optional(),
});
export type DataStatus = z.infer<typeof DataStatusSchema>;

/** Everything a card shows about one Party: the Party, its reports, its needs and their sources. */
export const PartyRecordSchema = z.object({
  code: PartyCodeSchema,
  /** Null when the code is not a known Party. */
  party: PartySchema.nullable(),
  reports: z.array(ReportSchema),
  needs: z.array(NeedSchema),
  sources: z.array(SourceSchema),
});
export type PartyRecord = z.infer<typeof PartyRecordSchema>;

/** A problem with a dataset, at a line of its file and, where it applies, a field. */
export const DatasetProblemSchema = z.object({
  line: z.number().int(),
  field: z.string().optional(),
  message: z.string(),
});
export type DatasetProblem = z.infer<typeof DatasetProblemSchema>;

/** The outcome of choosing a data source: the new status, or why the dataset was refused. */
export const DataSourceResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), status: DataStatusSchema }),
  z.object({
    ok: z.literal(false),
    reason: z.string(),
    problems: z.array(DatasetProblemSchema),
    /** The URL refused, where one of several was. */
    url: z.string().optional(),
  }),
]);
export type DataSourceResult = z.infer<typeof DataSourceResultSchema>;

/** Requests the background answers. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getSettings') }),
  z.object({
    type: z.literal('updateSettings'),
    patch: z.object({ language: LanguageChoiceSchema, openPdfInViewer: z.boolean() }).partial(),
  }),
  z.object({
    type: z.literal('setSite'),
    origin: OriginSchema,
    enabled: z.boolean(),
    /** The tab showing that site, to start (or stop) annotating it at once. */
    tabId: z.number().int().optional(),
  }),
  z.object({ type: z.literal('getDataStatus') }),
  z.object({ type: z.literal('setDataSource'), source: DataSourceSchema }),
  z.object({ type: z.literal('lookupParties'), codes: z.array(PartyCodeSchema).max(500) }),
  z.object({ type: z.literal('openViewer'), url: z.url({ protocol: /^https?$/ }), newTab: z.boolean() }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;
export type BackgroundRequestType = BackgroundRequest['type'];

/** The value each background request answers with. */
export const BackgroundResponseSchemas = {
  getSettings: SettingsSchema,
  updateSettings: SettingsSchema,
  setSite: SettingsSchema,
  getDataStatus: DataStatusSchema,
  setDataSource: DataSourceResultSchema,
  lookupParties: z.array(PartyRecordSchema),
  openViewer: z.object({ opened: z.boolean() }),
} as const satisfies Record<BackgroundRequestType, z.ZodType>;

/** The counts of what a page mentions, and the Parties it names. */
export const PageSummarySchema = z.object({
  counts: z.object({
    party: z.number().int().nonnegative(),
    decision: z.number().int().nonnegative(),
    resolution: z.number().int().nonnegative(),
    document: z.number().int().nonnegative(),
    notification: z.number().int().nonnegative(),
  }),
  /** Each Party mentioned, with how often, most mentioned first. */
  parties: z.array(z.object({ code: PartyCodeSchema, count: z.number().int().positive() })),
  /** False while the page is still being annotated. */
  complete: z.boolean(),
});
export type PageSummary = z.infer<typeof PageSummarySchema>;

/** Requests a page's content script answers (sent by the popup to the active tab). */
export const TabRequestSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('pageSummary') })]);
export type TabRequest = z.infer<typeof TabRequestSchema>;

/** The value each tab request answers with. */
export const TabResponseSchemas = {
  pageSummary: PageSummarySchema,
} as const satisfies Record<TabRequest['type'], z.ZodType>;

/** The envelope every answer travels in. */
export const ReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof ReplySchema>;
