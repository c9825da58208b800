import { NiemyetExtensionDb } from '@niemyet/db';

let shared: NiemyetExtensionDb | null = null;

/** The extension's database, one connection per context (background, each extension page). */
export function extensionDb(): NiemyetExtensionDb {
  shared ??= new NiemyetExtensionDb();
  return shared;
}
