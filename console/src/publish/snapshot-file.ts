import type { CatalogueSnapshot } from '@niemyet/core';
import { downloadFile } from '@niemyet/ui';

/** `danh-muc-2020-12-31.json`: the catalogue's date in the name, ISO so files sort by date. */
export function snapshotFileName(asOf: string): string {
  return `danh-muc-${asOf}.json`;
}

/** The file's text: the snapshot as `niemyet snapshot` writes it (indented, final newline). */
export function snapshotFileText(snapshot: CatalogueSnapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

/** Hands the snapshot to the browser as a download. */
export function downloadSnapshot(snapshot: CatalogueSnapshot, doc: Document = document): void {
  downloadFile(
    { name: snapshotFileName(snapshot.asOf), type: 'application/json', text: snapshotFileText(snapshot) },
    doc,
  );
}
