/** The settings of one server instance. Defaults are what the README documents. */
export interface ServerSettings {
  /** Believe X-Forwarded-For/-Proto/-Host (only behind a reverse proxy you run). */
  trustProxy: boolean;
  /** Sessions end after this long without a request (sliding). */
  sessionIdleMs: number;
  /** A failed sign-in counts against the account and the address; this many in a window locks for `lockMs`. */
  throttle: {
    account: ThrottlePolicy;
    address: ThrottlePolicy;
  };
  /** How long the printed setup link stays valid. */
  setupTokenMs: number;
  /** The built console (static files with SPA fallback); null serves the API only. */
  consoleDist: string | null;
  /** Let watches reach loopback, private and link-local addresses (`--allow-private-hosts`: tests, intranet portals). */
  allowPrivateHosts: boolean;
  /** Portal watches: how often the scheduler looks for due runs and queued jobs, and how politely a run pulls. */
  watches: WatchSettings;
  /**
   * On PostgreSQL, how often the read memo's listener proves it still hears notifications, and
   * how long a probe may take (`cache/memo-notifications.ts`; `NIEMYET_MEMO_PROBE_MS` sets both
   * in tests).
   */
  memoProbe: MemoProbeTiming;
}

export interface WatchSettings {
  /** Scheduler tick (30 s; `NIEMYET_WATCH_TICK_MS` in tests). */
  tickMs: number;
  /** A claimed run is this server's until then, renewed with each save; a dead server's run is taken over after it. */
  leaseMs: number;
  /** Pause after each request per worker (`NIEMYET_WATCH_DELAY_MS`). */
  delayMs: number;
  concurrency: number;
  retries: number;
  /** The pull state is saved after at least this many pages… */
  saveEveryPages: number;
  /**
   * …and at least this long after the last save (5 s; `NIEMYET_WATCH_SAVE_MS`, 0 in the resume
   * test to save by pages only), and when the details phase begins: the state is the whole pull
   * so far, so saving it every few pages of a fast run rewrites megabytes hundreds of times.
   */
  saveEveryMs: number;
  /** Run the scheduler and the runner at all (off for tools that open the database briefly). */
  enabled: boolean;
  /**
   * The length of a schedule's minute (60 s; `NIEMYET_WATCH_MINUTE_MS` shortens an "every N
   * minutes" schedule so a test sees the scheduler queue runs without waiting minutes).
   */
  minuteMs: number;
}

/** How the memo's listener proves it hears: a probe sent through the pool must come back this often, this fast. */
export interface MemoProbeTiming {
  everyMs: number;
  timeoutMs: number;
}

export interface ThrottlePolicy {
  limit: number;
  windowMs: number;
  lockMs: number;
}

const MINUTE = 60_000;

export const DEFAULT_SETTINGS: ServerSettings = {
  trustProxy: false,
  sessionIdleMs: 12 * 60 * MINUTE,
  throttle: {
    account: { limit: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
    address: { limit: 20, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  },
  setupTokenMs: 24 * 60 * MINUTE,
  consoleDist: null,
  allowPrivateHosts: false,
  watches: {
    tickMs: 30_000,
    leaseMs: 2 * MINUTE,
    delayMs: 500,
    concurrency: 2,
    retries: 3,
    saveEveryPages: 5,
    saveEveryMs: 5_000,
    enabled: true,
    minuteMs: MINUTE,
  },
  memoProbe: { everyMs: 5_000, timeoutMs: 5_000 },
};

/** The watch settings from the environment over the defaults (tests shorten the tick and the pauses). */
export function watchSettingsFromEnv(
  env: NodeJS.ProcessEnv,
  base: WatchSettings = DEFAULT_SETTINGS.watches,
): WatchSettings {
  const number = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return env[name] !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  return {
    ...base,
    tickMs: Math.max(50, number('NIEMYET_WATCH_TICK_MS', base.tickMs)),
    leaseMs: Math.max(1_000, number('NIEMYET_WATCH_LEASE_MS', base.leaseMs)),
    delayMs: number('NIEMYET_WATCH_DELAY_MS', base.delayMs),
    minuteMs: Math.max(100, number('NIEMYET_WATCH_MINUTE_MS', base.minuteMs)),
    saveEveryMs: number('NIEMYET_WATCH_SAVE_MS', base.saveEveryMs),
  };
}

/** The memo's probe timing from the environment (tests shorten it to see an outage quickly). */
export function memoProbeFromEnv(
  env: NodeJS.ProcessEnv,
  base: MemoProbeTiming = DEFAULT_SETTINGS.memoProbe,
): MemoProbeTiming {
  const ms = Number(env.NIEMYET_MEMO_PROBE_MS);
  return env.NIEMYET_MEMO_PROBE_MS !== undefined && Number.isFinite(ms) && ms >= 50
    ? { everyMs: ms, timeoutMs: ms }
    : base;
}
