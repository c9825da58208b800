import type { DecisionDetailResponse } from '@niemyet/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/api-error';
import { patchDecision } from '../../api/decision-edit';
import { getDecisionDetail } from '../../api/decision-review';
import type { ApiClient } from '../../api/http';
import { type DraftContent, draftOf, hasChanges, patchBody, rebaseDraft } from './draft-content';

/** How long typing must pause before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 800;

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'failed'; error: unknown };

export interface Conflict {
  /** The content my edits started from. */
  base: DraftContent;
  /** My content, not saved. */
  mine: DraftContent;
  /** The server's current decision (null while it is being fetched), or why it could not be. */
  theirs: DecisionDetailResponse | null;
  error: unknown;
}

export interface DecisionDraft {
  /** The decision as last saved on the server, with its validation. */
  detail: DecisionDetailResponse;
  /** What the user sees and edits. */
  draft: DraftContent;
  save: SaveState;
  /** Edits not yet on the server (typed, being saved, or refused). */
  dirty: boolean;
  conflict: Conflict | null;
  edit(update: (draft: DraftContent) => DraftContent): void;
  /** Saves now (a failed save tried again). */
  saveNow(): void;
  /** Conflict: discard mine, take the server's content. */
  takeTheirs(): void;
  /** Conflict: my edits replayed on the server's content, saved as a new revision. */
  keepMine(): void;
  /**
   * The server's answer to something done elsewhere on the page (a transition, a recorded
   * national-database date): it becomes the saved decision, and the draft too unless the user
   * has edits not yet saved (they are saved on top of it, or conflict as any edit does).
   */
  adopt(detail: DecisionDetailResponse): void;
}

/**
 * The editor's draft and its saving. Typing changes the draft at once; the draft is saved
 * AUTOSAVE_DELAY_MS after the last edit with a PATCH naming the revision the edit was made
 * on. One PATCH at a time: an edit made while one is in flight waits for it and goes next,
 * on the revision it produced. A 409 `stale-revision` (someone else saved meanwhile) stops
 * saving and opens the conflict: nothing is overwritten and nothing of mine is dropped until
 * the user chooses.
 */
export function useDecisionDraft(client: ApiClient, initial: DecisionDetailResponse): DecisionDraft {
  const [detail, setDetail] = useState(initial);
  const [draft, setDraft] = useState(() => draftOf(initial.decision));
  const [save, setSave] = useState<SaveState>({ kind: 'saved', at: null });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  // The values the asynchronous saving reads: always the latest, whatever render it started in.
  const detailRef = useRef(initial);
  const draftRef = useRef(draft);
  /** The draft the server holds: the draft is dirty while it is another object. */
  const savedDraftRef = useRef(draft);
  const inFlight = useRef(false);
  const again = useRef(false);
  const conflictRef = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (conflictRef.current) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const savedDecision = detailRef.current.decision;
    const saved = draftOf(savedDecision);
    const sent = draftRef.current;
    if (sent === savedDraftRef.current || !hasChanges(saved, sent)) {
      savedDraftRef.current = sent;
      setSave((current) => (current.kind === 'saved' ? current : { kind: 'saved', at: null }));
      return;
    }
    inFlight.current = true;
    setSave({ kind: 'saving' });
    patchDecision(client, savedDecision.id, patchBody(saved, sent, savedDecision.revision))
      .then((next) => {
        if (!mounted.current) return;
        detailRef.current = next;
        setDetail(next);
        if (draftRef.current === sent) {
          // Take the server's reading of what was sent (item ids, names, canonical codes).
          const fresh = draftOf(next.decision);
          draftRef.current = fresh;
          savedDraftRef.current = fresh;
          setDraft(fresh);
          setSave({ kind: 'saved', at: new Date().toISOString() });
        } else {
          savedDraftRef.current = sent;
          setSave({ kind: 'unsaved' });
        }
      })
      .catch((error: unknown) => {
        if (!mounted.current) return;
        if (error instanceof ApiError && error.code === 'stale-revision') {
          conflictRef.current = true;
          setSave({ kind: 'unsaved' });
          setConflict({ base: saved, mine: draftRef.current, theirs: null, error: null });
          getDecisionDetail(client, savedDecision.id)
            .then((theirs) => mounted.current && setConflict((c) => c && { ...c, theirs }))
            .catch((cause: unknown) => mounted.current && setConflict((c) => c && { ...c, error: cause }));
          return;
        }
        setSave({ kind: 'failed', error });
      })
      .finally(() => {
        inFlight.current = false;
        if (again.current && mounted.current) {
          again.current = false;
          flush();
        }
      });
  }, [client]);

  const edit = useCallback(
    (update: (draft: DraftContent) => DraftContent) => {
      const next = update(draftRef.current);
      if (next === draftRef.current) return;
      draftRef.current = next;
      setDraft(next);
      setSave((current) => (current.kind === 'saving' ? current : { kind: 'unsaved' }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  const resolve = useCallback(
    (theirs: DecisionDetailResponse, rebase?: (fresh: DraftContent) => DraftContent) => {
      detailRef.current = theirs;
      setDetail(theirs);
      const fresh = draftOf(theirs.decision);
      savedDraftRef.current = fresh;
      const next = rebase ? rebase(fresh) : fresh;
      draftRef.current = next;
      setDraft(next);
      conflictRef.current = false;
      setConflict(null);
    },
    [],
  );

  const takeTheirs = useCallback(() => {
    if (!conflict?.theirs) return;
    resolve(conflict.theirs);
    setSave({ kind: 'saved', at: null });
  }, [conflict, resolve]);

  const keepMine = useCallback(() => {
    if (!conflict?.theirs) return;
    const { base, mine } = conflict;
    resolve(conflict.theirs, (fresh) => rebaseDraft(base, mine, fresh));
    flush();
  }, [conflict, resolve, flush]);

  const adopt = useCallback((next: DecisionDetailResponse) => {
    const unsaved = draftRef.current !== savedDraftRef.current;
    detailRef.current = next;
    setDetail(next);
    if (unsaved) return;
    const fresh = draftOf(next.decision);
    draftRef.current = fresh;
    savedDraftRef.current = fresh;
    setDraft(fresh);
  }, []);

  return {
    adopt,
    detail,
    draft,
    save,
    dirty:
      draft !== savedDraftRef.current ||
      save.kind === 'saving' ||
      save.kind === 'failed' ||
      conflict !== null,
    conflict,
    edit,
    saveNow: flush,
    takeTheirs,
    keepMine,
  };
}
