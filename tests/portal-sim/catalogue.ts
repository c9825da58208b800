import { buildCatalogueSnapshot, type CatalogueSnapshot, type CatalogueState } from '@niemyet/core';
import type { SimDataset } from './dataset';

/** The simulator's reviewed truth as the console would publish it: a catalogue snapshot. */
export function catalogueStateOf(dataset: SimDataset): CatalogueState {
  const { catalogue } = dataset;
  return {
    asOf: catalogue.asOf,
    active: new Map(catalogue.active.map((v) => [v.procedureId, v])),
    upcoming: catalogue.upcoming,
    abolished: catalogue.abolished,
  };
}

export function buildSimCatalogue(dataset: SimDataset): CatalogueSnapshot {
  return buildCatalogueSnapshot(catalogueStateOf(dataset), dataset.generatedAt);
}
