import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeText, searchKey } from '@niemyet/core';
import { defineBenchCases } from '../harness';

const NAME_COUNT = 20_000;
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/national-portal');

/**
 * 20,000 procedure names as portals deliver them: the 3,000 real names from the national
 * portal (tests/fixtures/national-portal), repeated with the noise real pages carry — NFD tone marks,
 * NBSP and zero-width spaces, `Ð` for `Đ`, old-style tones, upper case — so the cost of
 * the slow paths (decomposition, tone moves) is part of the measurement.
 */
function portalNames(): string[] {
  const real = ['procedures-citizen.json', 'procedures-business.json'].flatMap((file) =>
    (JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as { NAME: string }[]).map((p) => p.NAME),
  );
  const variants: ((s: string) => string)[] = [
    (s) => s,
    (s) => s.normalize('NFD'),
    (s) => s.replace(/ /g, '\u00a0').replace(/Đ/g, '\u00d0'),
    (s) => `\u200b${s.replace(/hóa/g, 'hoá').replace(/thủy/g, 'thuỷ').replace(/hòa/g, 'hoà')}\ufeff`,
    (s) => s.toLocaleUpperCase('vi'),
    (s) => s.replace(/, /g, ',\n    '),
  ];
  const names: string[] = [];
  for (let i = 0; names.length < NAME_COUNT; i++) {
    const name = real[i % real.length]!;
    const variant = variants[Math.floor(i / real.length) % variants.length]!;
    names.push(variant(name));
  }
  return names;
}

const describeKeys = (result: unknown) => {
  const keys = result as string[];
  return `${keys.length.toLocaleString('en')} names, ${new Set(keys).size.toLocaleString('en')} distinct keys`;
};

export default defineBenchCases([
  {
    name: 'normalizeText: 20,000 real procedure names with portal noise',
    budgetMs: 50,
    setup: portalNames,
    run: (names: string[]) => names.map(normalizeText),
    describe: describeKeys,
  },
  {
    name: 'searchKey: 20,000 real procedure names with portal noise',
    budgetMs: 50,
    setup: portalNames,
    run: (names: string[]) => names.map(searchKey),
    describe: describeKeys,
  },
]);
