import type { CatalogueSnapshot } from '@niemyet/core';

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
  const blob = new Blob([snapshotFileText(snapshot)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = snapshotFileName(snapshot.asOf);
  link.rel = 'noopener';
  doc.body.append(link);
  link.click();
  link.remove();
  // After the click has started the download; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
