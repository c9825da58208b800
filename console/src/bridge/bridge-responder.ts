import {
  type BridgeMessageEvent,
  type BridgeWindow,
  type CatalogueSnapshot,
  isBridgeMessage,
  type ToConsoleMessage,
  ToConsoleMessageSchema,
  type ToExtensionMessage,
  toExtension,
} from '@niemyet/core';

/**
 * The console's end of the console ↔ extension bridge (DESIGN §3, protocol in core's
 * `interchange/console-bridge.ts`). The extension's content script on this origin posts to
 * the page's window; any other script on the page could too, and other frames can post to
 * us, so a message counts only when it comes from this very window, from this origin, and
 * passes the protocol's schema. Everything else is ignored without a word: answering it
 * would tell a stranger what we listen for. Messages are data only: nothing in them is ever
 * run or put into the page as HTML.
 */

/** What the user is told about the extension. */
export type BridgeNotice =
  | { kind: 'received'; hash: string; at: Date }
  | { kind: 'refused'; hash: string | null; reason: string; at: Date }
  | { kind: 'failed'; reason: string; at: Date };

export interface BridgeResponderOptions {
  window: BridgeWindow;
  /** The published catalogue (the latest publication's snapshot), or null before the first. */
  loadPublished(): Promise<CatalogueSnapshot | null>;
  onNotice(notice: BridgeNotice): void;
  now?: () => Date;
}

export interface BridgeResponder {
  /** Tells the extension about a catalogue just published (no request to answer). */
  announce(snapshot: CatalogueSnapshot): void;
  stop(): void;
}

export function startBridgeResponder(options: BridgeResponderOptions): BridgeResponder {
  const { window: target, loadPublished, onNotice } = options;
  const now = options.now ?? (() => new Date());
  const origin = target.location.origin;
  let stopped = false;

  const post = (message: ToExtensionMessage) => {
    if (!stopped) target.postMessage(message, origin);
  };

  const answer = async (requestId: string) => {
    try {
      const snapshot = await loadPublished();
      post(
        snapshot
          ? toExtension({ type: 'catalogue', requestId, snapshot })
          : toExtension({ type: 'no-catalogue', requestId }),
      );
    } catch (error) {
      // No answer: "no catalogue" would be a lie, and the extension asks again later.
      onNotice({ kind: 'failed', reason: error instanceof Error ? error.message : String(error), at: now() });
    }
  };

  const handle = (message: ToConsoleMessage) => {
    switch (message.type) {
      case 'request-catalogue':
        void answer(message.requestId);
        return;
      case 'catalogue-received':
        onNotice({ kind: 'received', hash: message.hash, at: now() });
        return;
      case 'catalogue-refused':
        onNotice({ kind: 'refused', hash: message.hash, reason: message.reason, at: now() });
        return;
    }
  };

  const listener = (event: BridgeMessageEvent) => {
    if (stopped || event.source !== target || event.origin !== origin) return;
    // Our own posts come back to this listener too: the cheap channel check and the schema
    // (which accepts only messages *to* the console) leave them out.
    if (!isBridgeMessage(event.data)) return;
    const parsed = ToConsoleMessageSchema.safeParse(event.data);
    if (parsed.success) handle(parsed.data);
  };

  target.addEventListener('message', listener);
  return {
    announce(snapshot) {
      post(toExtension({ type: 'catalogue', requestId: null, snapshot }));
    },
    stop() {
      stopped = true;
      target.removeEventListener('message', listener);
    },
  };
}
