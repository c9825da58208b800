import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { asDomDocument } from './as-dom-document';

/**
 * Test support: the real national-portal pages (tests/fixtures/national-portal, with their
 * provenance README) parsed by the two Node DOMs the readers must work in. Not imported by
 * product code.
 */
export const NATIONAL_FIXTURES = fileURLToPath(
  new URL('../../../../tests/fixtures/national-portal/', import.meta.url),
);

export function nationalFixtureNames(): string[] {
  return readdirSync(NATIONAL_FIXTURES).sort();
}

export function readNationalFixture(name: string): string {
  return readFileSync(NATIONAL_FIXTURES + name, 'utf8');
}

export function readNationalJson(name: string): unknown {
  return JSON.parse(readNationalFixture(name));
}

/** A document parsed by linkedom (htmlparser2: not spec-compliant, no layout, no innerText). */
export function linkedomDocument(html: string): Document {
  return asDomDocument(parseHTML(html).document);
}

/** A document parsed by happy-dom's DOMParser, scripts and sub-resources off. Close the window after. */
export function happyDomDocument(
  html: string,
  url: string,
): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  const document = asDomDocument(new window.DOMParser().parseFromString(html, 'text/html'));
  return { document, close: () => window.happyDOM.close() };
}

/** Both DOMs, for tests that must pass in each. */
export const DOMS = [
  {
    name: 'linkedom',
    parse: (html: string, _url: string) => ({ document: linkedomDocument(html), close: async () => {} }),
  },
  { name: 'happy-dom', parse: happyDomDocument },
] as const;
