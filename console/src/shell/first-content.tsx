import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

/**
 * What may wait for the screen's first content: the navigation's counts, the offer of the
 * earlier workspace, a screen's side panels (the inbox's digest and trend). When the console
 * opens on a screen that paints a list first (the inbox: 50,000 findings, first rows ≤ 300 ms),
 * their requests, chunks and rendering come after that list's first rows are painted instead
 * of beside them; anywhere else, after the layout's own first paint. Only the console's start
 * waits: once shown, later screens ask at once. Nothing waits for good — past
 * `FIRST_CONTENT_WAIT_MS` the parts come anyway (a screen whose list is slow or failed).
 */

export const FIRST_CONTENT_WAIT_MS = 3_000;

interface FirstContent {
  /** The first content is painted (or waited for long enough): the deferred parts may come. */
  shown: boolean;
  /** The screen's first content is committed: shown once the browser has painted it. */
  markCommitted(): void;
}

// Outside a provider (a screen rendered alone) nothing waits.
const FirstContentContext = createContext<FirstContent>({ shown: true, markCommitted: () => {} });

/** Runs `run` once the browser has painted the current frame (a frame, then a task after it). */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * `waitForScreen`: the screen shown first says when its content is in (`useFirstContentCommitted`);
 * otherwise the first paint of what is inside is enough.
 */
export function FirstContentProvider({
  waitForScreen,
  children,
}: {
  waitForScreen: boolean;
  children: ReactNode;
}) {
  const [shown, setShown] = useState(false);
  const [committed, setCommitted] = useState(false);
  // Read once: the screen the console opened on decides; a later navigation changes nothing.
  const [waits] = useState(waitForScreen);
  const markCommitted = useCallback(() => setCommitted(true), []);

  useEffect(() => {
    if (shown) return;
    if (committed || !waits) return afterNextPaint(() => setShown(true));
    const timer = setTimeout(() => setShown(true), FIRST_CONTENT_WAIT_MS);
    return () => clearTimeout(timer);
  }, [shown, committed, waits]);

  const value = useMemo(() => ({ shown, markCommitted }), [shown, markCommitted]);
  return <FirstContentContext.Provider value={value}>{children}</FirstContentContext.Provider>;
}

/** Whether the deferred parts may come now (true for good once it is). */
export function useFirstContentShown(): boolean {
  return useContext(FirstContentContext).shown;
}

/** The screen's first content is on screen once `ready` (its first rows, or its empty or failed state). */
export function useFirstContentCommitted(ready: boolean): void {
  const { markCommitted } = useContext(FirstContentContext);
  useEffect(() => {
    if (ready) markCommitted();
  }, [ready, markCommitted]);
}
