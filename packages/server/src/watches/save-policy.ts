import type { PullState } from '@niemyet/portal';

/**
 * When a run saves its pull state. The state is the whole pull so far (every listing row and
 * every detail record read), written as one JSON value: saving it every few pages writes
 * bytes that grow with the square of the run's length, and each write makes a copy of the
 * whole state as text, as the driver's buffer and in the database's memory (PGlite's never
 * shrinks). So a save waits for both enough pages and enough time since the last one, and a
 * phase's end (the listing read, the details begun) is always saved: a run killed at any
 * moment loses at most `everyMs` of work, whatever its size.
 */
export interface SavePolicyOptions {
  /** Pages read since the last save before the next. */
  everyPages: number;
  /** Milliseconds since the last save before the next (0: by pages only). */
  everyMs: number;
  now?: () => number;
}

export type SavePhase = 'listing' | 'details';

/** The phase a state is in: details once the listing's detail pages were planned. */
export function savePhaseOf(state: PullState): SavePhase {
  return state.details.length > 0 ? 'details' : 'listing';
}

/** A decision per finished page: `true` when the state should be written now. */
export function createSavePolicy(options: SavePolicyOptions): (state: PullState) => boolean {
  const now = options.now ?? Date.now;
  let pages = 0;
  let lastAt = now();
  let phase: SavePhase | null = null;
  return (state) => {
    pages++;
    const current = savePhaseOf(state);
    const phaseChanged = phase !== null && current !== phase;
    phase = current;
    if (!phaseChanged && (pages < options.everyPages || now() - lastAt < options.everyMs)) return false;
    pages = 0;
    lastAt = now();
    return true;
  };
}
