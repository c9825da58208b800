import type { BridgeMessageEvent, BridgeWindow } from '../interchange/console-bridge';

/**
 * A window for tests of either end of the console bridge: it records what is posted and
 * delivers messages with a chosen source and origin (by default its own, like a real post).
 */
export class FakeBridgeWindow implements BridgeWindow {
  readonly posted: { message: unknown; targetOrigin: string }[] = [];
  private readonly listeners = new Set<(event: BridgeMessageEvent) => void>();

  constructor(readonly location: { readonly origin: string }) {}

  addEventListener(_type: 'message', listener: (event: BridgeMessageEvent) => void): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'message', listener: (event: BridgeMessageEvent) => void): void {
    this.listeners.delete(listener);
  }

  postMessage(message: unknown, targetOrigin: string): void {
    this.posted.push({ message, targetOrigin });
  }

  deliver(data: unknown, from: { source?: unknown; origin?: string } = {}): void {
    const event = {
      data,
      source: 'source' in from ? from.source : this,
      origin: from.origin ?? this.location.origin,
    };
    for (const listener of this.listeners) listener(event);
  }

  /** The `type` of each posted message, in order. */
  types(): string[] {
    return this.posted.map((p) => (p.message as { type?: string }).type ?? '');
  }
}
