import { NiemyetConsoleDb } from './database';

let counter = 0;

/** A fresh console database per test (fake-indexeddb keeps databases for the whole file). */
export function freshConsoleDb(): NiemyetConsoleDb {
  counter++;
  return new NiemyetConsoleDb(`niemyet-console-test-${counter}-${Math.random().toString(36).slice(2)}`);
}
