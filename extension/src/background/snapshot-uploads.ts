/**
 * Snapshots that arrive in parts (see the protocol's `snapshot-upload-part`), assembled in the
 * worker's memory. The parts of one upload come in quick succession from one content script,
 * which keeps the worker awake; an upload left unfinished (the console tab closed half-way) is
 * dropped after a while, and a worker restart drops all of them: the bridge then sends the
 * catalogue again on the next visit to the console.
 */

export interface SnapshotPart {
  uploadId: string;
  index: number;
  count: number;
  text: string;
  origin: string;
}

interface Upload {
  origin: string;
  parts: (string | undefined)[];
  received: number;
  touchedAt: number;
}

const ABANDONED_AFTER_MS = 10 * 60 * 1000;

export class SnapshotUploads {
  private readonly uploads = new Map<string, Upload>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Stores a part; the whole text once every part is in (the upload is then forgotten). */
  receive(part: SnapshotPart): { complete: false; received: number } | { complete: true; text: string } {
    this.dropAbandoned();
    let upload = this.uploads.get(part.uploadId);
    if (!upload) {
      upload = { origin: part.origin, parts: new Array(part.count), received: 0, touchedAt: this.now() };
      this.uploads.set(part.uploadId, upload);
    }
    if (upload.parts.length !== part.count || upload.origin !== part.origin) {
      this.uploads.delete(part.uploadId);
      throw new Error(`Part ${part.index + 1} does not belong to upload ${part.uploadId}`);
    }
    if (upload.parts[part.index] === undefined) upload.received++;
    upload.parts[part.index] = part.text;
    upload.touchedAt = this.now();
    if (upload.received < part.count) return { complete: false, received: upload.received };
    this.uploads.delete(part.uploadId);
    return { complete: true, text: upload.parts.join('') };
  }

  get pending(): number {
    return this.uploads.size;
  }

  private dropAbandoned(): void {
    const limit = this.now() - ABANDONED_AFTER_MS;
    for (const [id, upload] of this.uploads) if (upload.touchedAt < limit) this.uploads.delete(id);
  }
}
