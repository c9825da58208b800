import { getCurrentSnapshot } from '@niemyet/db';
import { useEffect, useState } from 'react';
import { extensionDb } from '../database';
import { onExtensionEvent } from '../messaging/events';
import type { Facets } from './finding-rows';

export type FacetIndex = ReadonlyMap<string, Facets>;

/**
 * Level, field and agency of every catalogue procedure, by id, for the table's filters. Read
 * from the extension's database (extension pages share the background's origin) once, and
 * again when the catalogue changes.
 */
export async function loadFacetIndex(): Promise<FacetIndex> {
  const stored = await getCurrentSnapshot(extensionDb());
  const index = new Map<string, Facets>();
  if (!stored) return index;
  const { snapshot } = stored;
  for (const p of [...snapshot.procedures, ...snapshot.upcoming]) {
    index.set(p.procedureId, { levels: p.levels, field: p.field, agency: p.agency });
  }
  for (const a of snapshot.abolished) {
    if (!index.has(a.procedureId)) index.set(a.procedureId, { levels: a.levels, field: null, agency: null });
  }
  return index;
}

export function useCatalogueFacets(): FacetIndex {
  const [index, setIndex] = useState<FacetIndex>(new Map());
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void loadFacetIndex()
      .then((loaded) => {
        if (live && version >= 0) setIndex(loaded);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [version]);
  useEffect(
    () =>
      onExtensionEvent((event) => {
        if (event.event === 'catalogue-changed') setVersion((v) => v + 1);
      }),
    [],
  );
  return index;
}
