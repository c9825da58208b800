import { useEffect, useState } from 'react';

/**
 * Seconds left of a wait the server asked for (429 Retry-After), ticking down once a second to
 * zero. `start(seconds)` begins a new wait; null when there is none.
 */
export function useCountdown(): { left: number | null; start(seconds: number): void } {
  const [until, setUntil] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (until === null) return;
    const timer = setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (at >= until) setUntil(null);
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);

  const left = until === null ? null : Math.max(0, Math.ceil((until - now) / 1000));
  return {
    left: left === 0 ? null : left,
    start: (seconds) => {
      const at = Date.now();
      setNow(at);
      setUntil(at + seconds * 1000);
    },
  };
}
