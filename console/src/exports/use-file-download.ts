import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, CLIENT_ERROR_CODES } from '../api/api-error';
import { type DownloadedFile, type DownloadProgress, saveFile } from '../api/streamed-download';

/**
 * One download at a time, with its progress and a way to cancel it: the screens start a
 * streamed download (`api/streamed-download.ts`) here, show `DownloadStatus`, and the file is
 * saved through the browser once it is whole. Leaving the screen cancels a download under way.
 */

export type DownloadState =
  | { kind: 'idle' }
  | { kind: 'running'; what: string; progress: DownloadProgress | null }
  | { kind: 'saved'; name: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: unknown };

export type StartDownload = (
  signal: AbortSignal,
  onProgress: (progress: DownloadProgress) => void,
) => Promise<DownloadedFile>;

export interface FileDownload {
  state: DownloadState;
  running: boolean;
  /** `what` names the file in the progress line ("the log as CSV"). */
  start(what: string, run: StartDownload): void;
  cancel(): void;
}

export function useFileDownload(save: (file: DownloadedFile) => void = saveFile): FileDownload {
  const [state, setState] = useState<DownloadState>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    (what: string, run: StartDownload) => {
      if (controller.current) return;
      const abort = new AbortController();
      controller.current = abort;
      setState({ kind: 'running', what, progress: null });
      run(abort.signal, (progress) => {
        if (!abort.signal.aborted) setState({ kind: 'running', what, progress });
      }).then(
        (file) => {
          controller.current = null;
          save(file);
          setState({ kind: 'saved', name: file.name });
        },
        (error: unknown) => {
          controller.current = null;
          const cancelled =
            abort.signal.aborted || (error instanceof ApiError && error.code === CLIENT_ERROR_CODES.aborted);
          setState(cancelled ? { kind: 'cancelled' } : { kind: 'failed', error });
        },
      );
    },
    [save],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { state, running: state.kind === 'running', start, cancel };
}
