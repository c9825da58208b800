/**
 * Writes packages/server/src/demo/data/demo-portal-data.json from the national portal's
 * fixtures (run once, again only if the fixtures change: `pnpm exec tsx
 * packages/server/scripts/extract-demo-data.ts`). The server may not read tests/ at run time,
 * so the demo carries this compact copy; demo-portal-data.test.ts fails when they differ.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { extractDemoPortalData } from '../src/demo/data/portal-extract';

const fixtures = new URL('../../../tests/fixtures/national-portal/', import.meta.url);
const read = async (name: string): Promise<unknown> =>
  JSON.parse(await readFile(new URL(name, fixtures), 'utf8'));

const data = extractDemoPortalData({
  citizen: await read('procedures-citizen.json'),
  business: await read('procedures-business.json'),
  fields: await read('fields.json'),
  agencies: await read('agencies.json'),
});
const out = fileURLToPath(new URL('../src/demo/data/demo-portal-data.json', import.meta.url));
await writeFile(out, `${JSON.stringify(data, null, 1)}\n`);
console.log(
  `${out}: ${data.procedures.length} procedures, ${data.fields.length} fields, ${data.agencies.length} agencies`,
);
