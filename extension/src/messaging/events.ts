import { browser } from 'wxt/browser';
import { z } from 'zod';
import { PullSummarySchema } from './schemas';

/**
 * Broadcasts from the background to whichever extension pages are open (the side panel's
 * progress bar). Fire and forget: no page listening is normal, not an error.
 */

export const EVENT_CHANNEL = 'niemyet/event';

export const ExtensionEventSchema = z.discriminatedUnion('event', [
  z.object({ channel: z.literal(EVENT_CHANNEL), event: z.literal('pull-progress'), pull: PullSummarySchema }),
  z.object({
    channel: z.literal(EVENT_CHANNEL),
    event: z.literal('catalogue-changed'),
    hash: z.string().nullable(),
  }),
  z.object({
    channel: z.literal(EVENT_CHANNEL),
    event: z.literal('audit-saved'),
    auditId: z.string(),
    tabUrl: z.string(),
  }),
]);
export type ExtensionEvent = z.infer<typeof ExtensionEventSchema>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type ExtensionEventBody = DistributiveOmit<ExtensionEvent, 'channel'>;

export async function broadcastEvent(body: ExtensionEventBody): Promise<void> {
  try {
    await browser.runtime.sendMessage({ channel: EVENT_CHANNEL, ...body });
  } catch {
    // "Receiving end does not exist": no extension page is open. Nothing to tell.
  }
}

/** Listens to background broadcasts; returns the function that stops listening. */
export function onExtensionEvent(handler: (event: ExtensionEvent) => void): () => void {
  const listener = (message: unknown) => {
    if ((message as { channel?: unknown } | null)?.channel !== EVENT_CHANNEL) return;
    const parsed = ExtensionEventSchema.safeParse(message);
    if (parsed.success) handler(parsed.data);
    // Returning nothing: a page listening for events never answers commands.
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export function isEventMessage(message: unknown): boolean {
  return (message as { channel?: unknown } | null)?.channel === EVENT_CHANNEL;
}
