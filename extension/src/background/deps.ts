import type { NiemyetExtensionDb } from '@niemyet/db';
import type { ReadPageResult } from '@niemyet/portal';

/** Reads a parsed page: which adapter understood it and what it read, or why none did. */
export type PageReader = (document: Document, url: URL) => ReadPageResult;

/** What the background's logic needs from the world; tests give fakes. */
export interface BackgroundDeps {
  db: NiemyetExtensionDb;
  now(): Date;
  fetch: typeof fetch;
  readPage: PageReader;
  /** Service workers have no DOMParser: linkedom in the worker, anything DOM-like in tests. */
  parseHtml(html: string): Document;
}
