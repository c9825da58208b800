import raw from './data/demo-portal-data.json';
import { type DemoPortalData, DemoPortalDataSchema } from './data/portal-extract';

let parsed: DemoPortalData | undefined;

/** The committed extract of the national portal's fixtures, checked once against its schema. */
export function demoPortalData(): DemoPortalData {
  parsed ??= DemoPortalDataSchema.parse(raw);
  return parsed;
}
