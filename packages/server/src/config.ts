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
};
