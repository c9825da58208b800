import {
  type BridgeMessageEvent,
  type BridgeWindow,
  type CatalogueSnapshot,
  isBridgeMessage,
  type ToConsoleMessage,
  type ToExtensionMessage,
  ToExtensionMessageSchema,
  toConsole,
} from '@niemyet/core';

/**
 * The extension's end of the console ↔ extension bridge (DESIGN §3; the messages are core's
 * `interchange/console-bridge.ts`). It runs as a content script on the console origin the user
 * configured, asks the console page for its published catalogue, and hands every catalogue the
 * console sends to the background, which checks its hash and makes it the catalogue in force.
 *
 * A message counts only when it comes from this window, from the configured origin, and passes
 * the protocol's schema; everything else on the page is ignored. The console may still be
 * starting when this script runs, so the request is repeated a few times until it answers.
 */

export type ImportOutcome = { ok: true; hash: string } | { ok: false; error: string };

export interface BridgeClientOptions {
  window: BridgeWindow;
  /** The console origin the user configured; the client does nothing on any other page. */
  consoleOrigin: string | null;
  /** The hash of the extension's catalogue in force (null when none). */
  currentHash(): Promise<string | null>;
  /** Makes the snapshot the extension's catalogue (the background verifies it). */
  importSnapshot(snapshot: CatalogueSnapshot): Promise<ImportOutcome>;
  /** Delays of the repeated requests while the console does not answer. */
  retryDelaysMs?: readonly number[];
  newRequestId?: () => string;
  /** What happened, for the page's console and tests. */
  onEvent?: (event: BridgeClientEvent) => void;
}

export type BridgeClientEvent =
  | { kind: 'imported'; hash: string }
  | { kind: 'already-current'; hash: string }
  | { kind: 'refused'; hash: string; error: string }
  | { kind: 'no-catalogue' };

export interface BridgeClient {
  stop(): void;
  /** Resolves when every catalogue received so far has been handled (tests). */
  idle(): Promise<void>;
}

const DEFAULT_RETRIES = [0, 500, 1_500, 4_000, 10_000] as const;

export function startBridgeClient(options: BridgeClientOptions): BridgeClient {
  const { window: target } = options;
  const origin = target.location.origin;
  if (options.consoleOrigin === null || options.consoleOrigin !== origin) {
    // Registered by host pattern (patterns have no port): another site on the same host.
    return { stop() {}, idle: async () => {} };
  }
  const onEvent = options.onEvent ?? (() => {});
  const requestId = (options.newRequestId ?? (() => crypto.randomUUID()))();
  let answered = false;
  let stopped = false;
  let queue: Promise<void> = Promise.resolve();
  const timers: ReturnType<typeof setTimeout>[] = [];

  const post = (message: ToConsoleMessage) => {
    if (!stopped) target.postMessage(message, origin);
  };

  const receive = async (snapshot: CatalogueSnapshot) => {
    if ((await options.currentHash()) === snapshot.hash) {
      post(toConsole({ type: 'catalogue-received', hash: snapshot.hash }));
      onEvent({ kind: 'already-current', hash: snapshot.hash });
      return;
    }
    const outcome = await options.importSnapshot(snapshot);
    if (outcome.ok) {
      post(toConsole({ type: 'catalogue-received', hash: outcome.hash }));
      onEvent({ kind: 'imported', hash: outcome.hash });
    } else {
      const reason = outcome.error.slice(0, 2_000);
      post(toConsole({ type: 'catalogue-refused', hash: snapshot.hash, reason }));
      onEvent({ kind: 'refused', hash: snapshot.hash, error: reason });
    }
  };

  const handle = (message: ToExtensionMessage) => {
    if (message.requestId !== null && message.requestId !== requestId) return;
    answered = true;
    if (message.type === 'no-catalogue') {
      onEvent({ kind: 'no-catalogue' });
      return;
    }
    // One catalogue at a time, in the order the console sent them: the last one wins.
    queue = queue.then(() => receive(message.snapshot)).catch(() => undefined);
  };

  const listener = (event: BridgeMessageEvent) => {
    if (stopped || event.source !== target || event.origin !== origin) return;
    // Our own requests come back to this listener too: the schema accepts only messages to us.
    if (!isBridgeMessage(event.data)) return;
    const parsed = ToExtensionMessageSchema.safeParse(event.data);
    if (parsed.success) handle(parsed.data);
  };

  target.addEventListener('message', listener);
  for (const delay of options.retryDelaysMs ?? DEFAULT_RETRIES) {
    timers.push(
      setTimeout(() => {
        if (!answered) post(toConsole({ type: 'request-catalogue', requestId }));
      }, delay),
    );
  }
  return {
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      target.removeEventListener('message', listener);
    },
    idle: async () => {
      let seen: Promise<void> | null = null;
      while (seen !== queue) {
        seen = queue;
        await queue;
      }
    },
  };
}
