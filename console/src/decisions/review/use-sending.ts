import { useCallback, useRef, useState } from 'react';

/**
 * One request from a dialog at a time: whether it is under way and why it failed. The error
 * stays on screen until the next attempt, so the user reads it where they acted.
 */
export function useSending() {
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const busy = useRef(false);
  const run = useCallback(async (task: () => Promise<void>) => {
    // A second Enter while the first request is under way must not send the action twice.
    if (busy.current) return;
    busy.current = true;
    setSending(true);
    setError(null);
    try {
      await task();
    } catch (cause) {
      setError(cause);
    } finally {
      busy.current = false;
      setSending(false);
    }
  }, []);
  return { sending, error, run, setError };
}
