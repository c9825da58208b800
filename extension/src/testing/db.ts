import { NiemyetExtensionDb } from '@niemyet/db';

let counter = 0;

/** A fresh database per test: fake-indexeddb keeps databases for the whole file. */
export function freshDb(): NiemyetExtensionDb {
  counter++;
  return new NiemyetExtensionDb(`niemyet-ext-test-${counter}-${Math.random().toString(36).slice(2)}`);
}
