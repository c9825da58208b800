import { cleanText } from '@niemyet/core';
import { z } from 'zod';

/**
 * Zod pieces for the portal's rows: values come as strings ("2507", "3.000001"); numbers are
 * accepted too, so the simulator and a future portal that sends numbers both pass. Schemas are
 * loose objects: keys a reader does not use pass through unchecked.
 */

/** A required, non-blank text value, cleaned (NFC, NBSP, zero-width characters). */
export const requiredText = z
  .union([z.string(), z.number()])
  .transform((v) => cleanText(String(v)))
  .refine((v) => v !== '', { message: 'expected a non-empty text' });

/** An optional text value: null when absent, null or blank. */
export const optionalText = z
  .union([z.string(), z.number(), z.null(), z.undefined()])
  .transform((v) => (v === null || v === undefined ? null : cleanText(String(v)) || null));

/** A whole number written as a string ("2507") or a number. */
export const countText = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .refine((v) => /^\d+$/.test(v), { message: 'expected a whole number' })
  .transform((v) => Number(v));

/** An id ("115010"): digits, as a string. */
export const idText = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .refine((v) => /^\d+$/.test(v), { message: 'expected a numeric id' });
