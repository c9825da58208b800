import { z } from 'zod';
import { CatalogueSnapshotSchema } from '../model/snapshot';

/**
 * The console ↔ extension bridge (DESIGN §3): `window.postMessage` messages between the console
 * page and the extension's content script on the configured console origin. Both ends validate
 * every message with these schemas, check that it came from their own window and origin, and
 * ignore anything else — other scripts on the page can post messages too.
 *
 * The exchange:
 * - the extension asks: `request-catalogue`;
 * - the console answers with `catalogue` (its published snapshot) or `no-catalogue`, and also
 *   sends `catalogue` unprompted whenever it publishes a new snapshot;
 * - the extension acknowledges with `catalogue-received` (or `catalogue-refused` with the
 *   reason), so the console can show the user that the extension has the catalogue.
 */

export const BRIDGE_CHANNEL = 'niemyet/bridge';
export const BRIDGE_VERSION = 1;

const requestId = z.string().min(1).max(100);
const hash = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex hash');

const envelope = { channel: z.literal(BRIDGE_CHANNEL), version: z.literal(BRIDGE_VERSION) };

/** Messages the extension's content script posts to the console page. */
export const ToConsoleMessageSchema = z.discriminatedUnion('type', [
  z.object({ ...envelope, type: z.literal('request-catalogue'), requestId }),
  z.object({ ...envelope, type: z.literal('catalogue-received'), hash }),
  z.object({
    ...envelope,
    type: z.literal('catalogue-refused'),
    hash: hash.nullable(),
    reason: z.string().max(2_000),
  }),
]);
export type ToConsoleMessage = z.infer<typeof ToConsoleMessageSchema>;

/** Messages the console page posts to the extension's content script. */
export const ToExtensionMessageSchema = z.discriminatedUnion('type', [
  z.object({
    ...envelope,
    type: z.literal('catalogue'),
    /** The request answered; null when the console publishes on its own. */
    requestId: requestId.nullable(),
    snapshot: CatalogueSnapshotSchema,
  }),
  z.object({ ...envelope, type: z.literal('no-catalogue'), requestId }),
]);
export type ToExtensionMessage = z.infer<typeof ToExtensionMessageSchema>;

/** What either end needs of a posted message event (the DOM's `MessageEvent` has these). */
export interface BridgeMessageEvent {
  readonly data: unknown;
  readonly source: unknown;
  readonly origin: string;
}

/** What either end needs of `window`: small, so tests pass a fake. */
export interface BridgeWindow {
  readonly location: { readonly origin: string };
  addEventListener(type: 'message', listener: (event: BridgeMessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: BridgeMessageEvent) => void): void;
  postMessage(message: unknown, targetOrigin: string): void;
}

type WithoutEnvelope<T> = T extends unknown ? Omit<T, 'channel' | 'version'> : never;

/** A message for the console, with the envelope filled in. */
export function toConsole(message: WithoutEnvelope<ToConsoleMessage>): ToConsoleMessage {
  return { channel: BRIDGE_CHANNEL, version: BRIDGE_VERSION, ...message } as ToConsoleMessage;
}

/** A message for the extension, with the envelope filled in. */
export function toExtension(message: WithoutEnvelope<ToExtensionMessage>): ToExtensionMessage {
  return { channel: BRIDGE_CHANNEL, version: BRIDGE_VERSION, ...message } as ToExtensionMessage;
}

/** Whether a posted value claims to be a bridge message at all (cheap, before validation). */
export function isBridgeMessage(data: unknown): boolean {
  return (
    typeof data === 'object' && data !== null && (data as { channel?: unknown }).channel === BRIDGE_CHANNEL
  );
}
