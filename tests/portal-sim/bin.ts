import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isValidIsoDate } from '@niemyet/core';
import {
  NATIONAL_LISTING_PATH,
  PROVINCIAL_LISTING_PATH,
  SIM_CATALOGUE_PATH,
  SIM_MANIFEST_PATH,
} from './routes';
import { startPortalSimulator } from './server';

/**
 * `pnpm portal-sim [--port 4174] [--seed 1] [--as-of YYYY-MM-DD] [--out DIR] [--write-only]`:
 * serves the simulated portals on 127.0.0.1; `--out` also writes catalogue.json and
 * manifest.json to DIR; `--write-only` writes them and exits.
 */

const USAGE = `usage: pnpm portal-sim [--port 4174] [--seed 1] [--as-of YYYY-MM-DD] [--out DIR] [--write-only]`;

function integerOption(value: string, name: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    console.error(`portal-sim: --${name} must be an integer from ${min} to ${max}, got "${value}"\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

async function main(): Promise<void> {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse().values;
  } catch (error) {
    console.error(`portal-sim: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = integerOption(values.port, 'port', 0, 65_535);
  const seed = integerOption(values.seed, 'seed', 0, 4_294_967_295);
  const asOf = values['as-of'];
  if (asOf !== undefined && !isValidIsoDate(asOf)) {
    console.error(`portal-sim: --as-of must be a date as YYYY-MM-DD, got "${asOf}"`);
    process.exit(2);
  }
  const sim = await startPortalSimulator({ port, seed, asOf });
  if (values.out) {
    const dir = resolve(values.out);
    mkdirSync(dir, { recursive: true });
    writeFileSync(resolve(dir, 'catalogue.json'), `${JSON.stringify(sim.catalogue, null, 2)}\n`);
    writeFileSync(resolve(dir, 'manifest.json'), `${JSON.stringify(sim.manifest, null, 2)}\n`);
    console.log(`portal-sim: wrote catalogue.json and manifest.json to ${dir}`);
  }
  if (values['write-only']) {
    await sim.close();
    return;
  }
  const { listings, planted } = sim.manifest;
  console.log(`portal-sim (seed ${seed}, as of ${sim.manifest.asOf}) on ${sim.url}`);
  console.log(`  national listing   ${sim.url}${NATIONAL_LISTING_PATH}  (${listings.national.total} rows)`);
  console.log(
    `  provincial grid    ${sim.url}${PROVINCIAL_LISTING_PATH}?page=1  (${listings.provincial.total} rows)`,
  );
  console.log(
    `  catalogue          ${sim.url}${SIM_CATALOGUE_PATH}  (hash ${sim.catalogue.hash.slice(0, 12)}…)`,
  );
  console.log(`  manifest           ${sim.url}${SIM_MANIFEST_PATH}  (${planted.length} planted)`);
  const stop = () => {
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function parse() {
  return parseArgs({
    options: {
      port: { type: 'string', default: '4174' },
      seed: { type: 'string', default: '1' },
      'as-of': { type: 'string' },
      out: { type: 'string' },
      'write-only': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
}

main().catch((error: unknown) => {
  console.error(`portal-sim: ${(error as Error).message}`);
  process.exit(1);
});
