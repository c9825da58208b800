/** A file the user saves: its name, MIME type and text. */
export interface DownloadFile {
  name: string;
  type: string;
  text: string;
}

/**
 * How long the object URL lives after the click. The download holds its own reference once
 * it has started; revoking at once can cancel it in some browsers (Firefox needs at least the
 * next tick), so it is revoked well after.
 */
export const DOWNLOAD_URL_LIFETIME_MS = 60_000;

/**
 * Saves a file through the browser's download: a Blob, an object URL, a hidden `a[download]`
 * clicked once and removed, the URL revoked later. The console and the extension's pages both
 * download through this.
 */
export function downloadFile(file: DownloadFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
}
