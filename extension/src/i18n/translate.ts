import type { Locale } from '../settings/settings';
import { en } from './en';
import { type MessageKey, vi } from './vi';

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { vi, en };

export type MessageParams = Record<string, string | number>;

/** The message in `locale` with `{name}` parameters filled (a missing parameter stays visible). */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = DICTIONARIES[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export type { MessageKey };
