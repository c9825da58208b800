import type { Browser } from 'wxt/browser';
import { isEventMessage } from './events';
import {
  COMMANDS,
  CommandEnvelopeSchema,
  type CommandPayload,
  type CommandResponse,
  type CommandResult,
  type CommandType,
  describeZodError,
  isCommandType,
} from './protocol';

export interface CommandContext {
  /** The tab of a content script sender; undefined for extension pages. */
  tabId: number | undefined;
  sender: Browser.runtime.MessageSender;
}

export type CommandHandlers = {
  [T in CommandType]: (payload: CommandPayload<T>, context: CommandContext) => Promise<CommandResponse<T>>;
};

/** Validates and dispatches one message; never throws (the sender always gets an answer). */
export async function routeCommand(
  handlers: CommandHandlers,
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<CommandResult<unknown>> {
  const envelope = CommandEnvelopeSchema.safeParse(message);
  if (!envelope.success) return { ok: false, error: 'Not a Niêm yết command' };
  const { type, payload } = envelope.data;
  if (!isCommandType(type)) return { ok: false, error: `Unknown command "${type}"` };
  const parsed = COMMANDS[type].request.safeParse(payload);
  if (!parsed.success)
    return { ok: false, error: `Invalid ${type} request: ${describeZodError(parsed.error)}` };
  try {
    const handler = handlers[type] as (payload: unknown, context: CommandContext) => Promise<unknown>;
    const value = await handler(parsed.data, { tabId: sender.tab?.id, sender });
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The `runtime.onMessage` listener of the background. It answers through `sendResponse` and
 * returns `true` (keep the channel open): the one way to answer asynchronously that Chrome,
 * Firefox and the fake browser all understand. Event broadcasts are not commands: ignored.
 */
export function createCommandListener(handlers: CommandHandlers) {
  return (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (answer: unknown) => void,
  ) => {
    if (isEventMessage(message)) return undefined;
    void routeCommand(handlers, message, sender).then(sendResponse);
    return true as const;
  };
}
