/** What every DOM the readers are given has (browser, happy-dom, linkedom): a parsed document. */
export interface DomLikeDocument {
  readonly documentElement: unknown;
  querySelectorAll(selectors: string): unknown;
}

/**
 * A document from a DOM library (linkedom in the worker and the command line, happy-dom in
 * tests) as lib.dom's `Document`, the type the readers take. Those libraries implement the
 * DOM the readers use, but type it with their own classes, which TypeScript cannot relate to
 * lib.dom's: this one assertion, here and named, stands for all of them.
 */
export function asDomDocument(document: DomLikeDocument): Document {
  return document as Document;
}
