import { ApiErrorCodeSchema, ApiErrorSchema, apiErrorSentence, type Language } from '@niemyet/core';
import { z } from 'zod';

/**
 * A refusal from the team server (its API error code and parameters) when the catalogue URL is
 * the server's: kept with the poll's outcome so the options page says it with core's sentences,
 * the words the console shows for the same refusal, in the user's language.
 */
export const ServerRefusalSchema = z.object({
  code: ApiErrorCodeSchema,
  params: z.record(z.string(), z.unknown()),
});
export type ServerRefusal = z.infer<typeof ServerRefusalSchema>;

/** The refusal an error answer carries, or null when the body is not the API's error shape. */
export function readServerRefusal(body: string): ServerRefusal | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  const parsed = ApiErrorSchema.safeParse(json);
  return parsed.success ? { code: parsed.data.code, params: parsed.data.params } : null;
}

/** The refusal as one sentence in `language`. */
export function serverRefusalText(refusal: ServerRefusal, language: Language): string {
  return apiErrorSentence(refusal.code, refusal.params, language);
}
