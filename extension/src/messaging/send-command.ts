import { browser } from 'wxt/browser';
import {
  COMMAND_CHANNEL,
  COMMANDS,
  type CommandMessage,
  type CommandRequest,
  type CommandResponse,
  type CommandResult,
  CommandResultSchema,
  type CommandType,
  describeZodError,
} from './protocol';

/**
 * Sends a command to the background from a content script or an extension page. Resolves to
 * the validated answer or `{ ok: false, error }` — never rejects, so every caller has a state
 * to show (background asleep and unreachable, a bug in a handler, a refused request).
 */
export async function sendCommand<T extends CommandType>(
  type: T,
  payload: CommandRequest<T>,
): Promise<CommandResult<CommandResponse<T>>> {
  const message: CommandMessage<T> = { channel: COMMAND_CHANNEL, type, payload };
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage(message);
  } catch (error) {
    return { ok: false, error: `The extension's background did not answer: ${(error as Error).message}` };
  }
  const envelope = CommandResultSchema.safeParse(answer);
  if (!envelope.success) return { ok: false, error: `Unexpected answer to ${type}` };
  if (!envelope.data.ok) return { ok: false, error: envelope.data.error };
  const value = COMMANDS[type].response.safeParse(envelope.data.value);
  if (!value.success)
    return { ok: false, error: `Malformed answer to ${type}: ${describeZodError(value.error)}` };
  return { ok: true, value: value.data as CommandResponse<T> };
}
