import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { ServerRefusalSchema } from '../catalogue/server-refusal';
import type { Setting } from './setting';

/**
 * The extension's settings, each a versioned `storage.defineItem` (WXT runs `migrations` when
 * `version` goes up). Version 1 everywhere: nothing has been migrated yet. A later shape
 * change adds `version: 2` and `migrations: { 2: (v1) => … }` next to the item, with a test.
 */

export const LocaleSchema = z.enum(['vi', 'en']);
export type Locale = z.infer<typeof LocaleSchema>;

export const localeSetting: Setting<Locale> = {
  item: storage.defineItem<Locale>('local:locale', { fallback: 'vi', version: 1 }),
  schema: LocaleSchema,
  fallback: 'vi',
};

/** A plain origin: scheme, host, optional port; nothing after it. */
export const OriginSchema = z
  .string()
  .regex(/^https?:\/\/[^/?#\s]+$/, 'expected an origin like https://console.example.gov.vn');

export const CatalogueSourceSchema = z.object({
  /** A URL serving the snapshot JSON, polled on a schedule; null when not used. */
  url: z.url({ protocol: /^https?$/ }).nullable(),
  intervalMinutes: z
    .number()
    .int()
    .min(15)
    .max(7 * 24 * 60),
  /** The console's origin for the bridge (a content script on that origin), null when not used. */
  consoleOrigin: OriginSchema.nullable(),
});
export type CatalogueSource = z.infer<typeof CatalogueSourceSchema>;

const CATALOGUE_SOURCE_FALLBACK: CatalogueSource = { url: null, intervalMinutes: 360, consoleOrigin: null };

export const catalogueSourceSetting: Setting<CatalogueSource> = {
  item: storage.defineItem<CatalogueSource>('local:catalogue-source', {
    fallback: CATALOGUE_SOURCE_FALLBACK,
    version: 1,
  }),
  schema: CatalogueSourceSchema,
  fallback: CATALOGUE_SOURCE_FALLBACK,
};

/** The outcome of the last poll of the catalogue URL (written by the background). */
export const CatalogueUrlStateSchema = z.object({
  lastCheckedAt: z.string().nullable(),
  lastChangedAt: z.string().nullable(),
  lastError: z.string().nullable(),
  /**
   * The team server's refusal behind `lastError` (its error code and parameters), so the options
   * page says it with core's sentences in the user's language; null for any other failure.
   * Defaults to null for a state stored before it existed.
   */
  lastRefusal: ServerRefusalSchema.nullable().default(null),
});
export type CatalogueUrlState = z.infer<typeof CatalogueUrlStateSchema>;

const URL_STATE_FALLBACK: CatalogueUrlState = {
  lastCheckedAt: null,
  lastChangedAt: null,
  lastError: null,
  lastRefusal: null,
};

export const catalogueUrlStateSetting: Setting<CatalogueUrlState> = {
  item: storage.defineItem<CatalogueUrlState>('local:catalogue-url-state', {
    fallback: URL_STATE_FALLBACK,
    version: 1,
  }),
  schema: CatalogueUrlStateSchema,
  fallback: URL_STATE_FALLBACK,
};

export const ProvincialPortalSchema = z.object({
  origin: OriginSchema,
  /** The id of the registered content script (`scripting.registerContentScripts`). */
  scriptId: z.string().min(1),
  addedAt: z.string(),
});
export type ProvincialPortal = z.infer<typeof ProvincialPortalSchema>;

export const provincialPortalsSetting: Setting<ProvincialPortal[]> = {
  item: storage.defineItem<ProvincialPortal[]>('local:provincial-portals', { fallback: [], version: 1 }),
  schema: z.array(ProvincialPortalSchema),
  fallback: [],
};

/** How politely a pull fetches: the portal is a public service, not ours to load. */
export const PullLimitsSchema = z.object({
  concurrency: z.number().int().min(1).max(6),
  delayMs: z.number().int().min(0).max(60_000),
  retries: z.number().int().min(0).max(10),
  timeoutMs: z.number().int().min(1_000).max(300_000),
  /** Listing pages at most, whatever the portal claims (default 2,000: `DEFAULT_MAX_PAGES`). */
  maxPages: z.number().int().min(1).max(100_000).optional(),
  /** The largest page read, in bytes (default 32 MB), cut while it streams. */
  maxBytes: z
    .number()
    .int()
    .min(1_024)
    .max(512 * 1024 * 1024)
    .optional(),
});
export type PullLimits = z.infer<typeof PullLimitsSchema>;

const PULL_LIMITS_FALLBACK: PullLimits = { concurrency: 2, delayMs: 500, retries: 3, timeoutMs: 30_000 };

export const pullLimitsSetting: Setting<PullLimits> = {
  item: storage.defineItem<PullLimits>('local:pull-limits', { fallback: PULL_LIMITS_FALLBACK, version: 1 }),
  schema: PullLimitsSchema,
  fallback: PULL_LIMITS_FALLBACK,
};

/**
 * The team server this extension reports to, with the user's personal access token (issue 13).
 * Kept in local storage, never sync: a token must not travel to the user's other browsers.
 * Null when not connected.
 */
export const ServerConnectionSchema = z.object({
  origin: OriginSchema,
  token: z.string().min(1).max(1_000),
  connectedAt: z.string(),
});
export type ServerConnection = z.infer<typeof ServerConnectionSchema>;

export const serverConnectionSetting: Setting<ServerConnection | null> = {
  item: storage.defineItem<ServerConnection | null>('local:server-connection', {
    fallback: null,
    version: 1,
  }),
  schema: ServerConnectionSchema.nullable(),
  fallback: null,
};

/**
 * How sending confirmed findings went (written by the background, shown in the side panel and
 * Options): `pending` mirrors the queue's size so pages need not open the database to say it.
 * `revoked` stops sending until the user connects again with a new token.
 */
export const FindingReportStateSchema = z.object({
  pending: z.number().int().nonnegative(),
  lastAttemptAt: z.string().nullable(),
  lastSentAt: z.string().nullable(),
  /** The last successful send: findings sent, and how many of them the inbox already had. */
  lastSent: z.object({ sent: z.number().int(), alreadyThere: z.number().int() }).nullable(),
  lastError: z.string().nullable(),
  lastRefusal: ServerRefusalSchema.nullable(),
  /** Failed attempts in a row (network, 5xx): the retry waits longer after each. */
  failures: z.number().int().nonnegative(),
  revoked: z.boolean(),
});
export type FindingReportState = z.infer<typeof FindingReportStateSchema>;

export const FINDING_REPORT_STATE_FALLBACK: FindingReportState = {
  pending: 0,
  lastAttemptAt: null,
  lastSentAt: null,
  lastSent: null,
  lastError: null,
  lastRefusal: null,
  failures: 0,
  revoked: false,
};

export const findingReportStateSetting: Setting<FindingReportState> = {
  item: storage.defineItem<FindingReportState>('local:finding-report-state', {
    fallback: FINDING_REPORT_STATE_FALLBACK,
    version: 1,
  }),
  schema: FindingReportStateSchema,
  fallback: FINDING_REPORT_STATE_FALLBACK,
};
