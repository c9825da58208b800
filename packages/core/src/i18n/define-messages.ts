import type { Language } from './language';

/**
 * One translation system for the console, the extension and the server's error answers: a
 * catalog is a plain nested object whose leaves are strings, or functions of their parameters
 * that return strings. A screen reads `t.section.key` or calls `t.section.key({ count })`.
 *
 * Why this small module rather than i18next or Lingui: the keys and the parameters are checked
 * by tsc (a misspelt key or a missing parameter fails the type check, not the user's screen),
 * nothing is parsed at run time (no `{name}` templates, no ICU strings to interpret, nothing
 * extra in the extension's content script), and both languages are complete by type — English
 * must carry exactly Vietnamese's shape. Two languages, fixed at build time, need no more.
 *
 * A catalog split over files (the console's `*-messages.ts` sections, the extension's `vi.ts`
 * and `en.ts`) types its English half `en: MessagesOf<typeof vi>`; for a `vi` written without
 * `as const` that is the same type as the console's `en: typeof vi`.
 */

/** A leaf: a sentence, or a function of the values it says. */
// biome-ignore lint/suspicious/noExplicitAny: any parameter list; each leaf keeps its own.
export type MessageLeaf = string | ((...args: any[]) => string);
export interface MessageCatalog {
  readonly [key: string]: MessageLeaf | MessageCatalog;
}

/**
 * The shape another language must carry for a catalog: every string leaf a string (not
 * Vietnamese's literal), every function leaf the same parameters, every section the same keys.
 */
export type MessagesOf<T> = {
  -readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : MessagesOf<T[K]>;
};

/**
 * Both languages of one catalog, English checked against Vietnamese's shape: a key missing in
 * English, one only English has (in an object literal), or a parameter list that differs fails
 * the type check.
 */
export function defineMessages<V extends MessageCatalog>(
  vi: V,
  en: MessagesOf<NoInfer<V>>,
): Record<Language, MessagesOf<V>> {
  // V is a MessagesOf<V> (its literal strings are strings); tsc cannot see that for a generic V.
  return { vi: vi as unknown as MessagesOf<V>, en };
}

/** The catalog in one language. */
export function pick<T>(catalog: Readonly<Record<Language, T>>, language: Language): T {
  return catalog[language];
}
