import type { DemoResponse } from '@niemyet/core';
import { useEffect, useRef, useState } from 'react';
import { useApi } from '../api/api-context';
import { loadDemo } from '../api/demo';
import { errorMessage } from '../api/error-messages';
import { useI18n } from '../i18n/language';
import { useSession } from '../session/session-context';

type DemoLoad =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'loaded'; loaded: DemoResponse };

/**
 * On the empty catalogue, for an admin only (the server refuses anyone else): loads the demo
 * workspace, showing that it is working (it takes seconds) and why it failed, then tells the
 * catalogue to ask the server again.
 */
export function LoadDemoPanel({ onLoaded }: { onLoaded(): void }) {
  const { t, language } = useI18n();
  const client = useApi();
  const { can } = useSession();
  const [state, setState] = useState<DemoLoad>({ kind: 'idle' });
  const errorRef = useRef<HTMLParagraphElement>(null);
  // The button was disabled while it worked, which drops keyboard focus: the reason takes it.
  useEffect(() => {
    if (state.kind === 'failed') errorRef.current?.focus();
  }, [state.kind]);
  if (!can('workspace.demo')) return null;

  const load = async () => {
    setState({ kind: 'loading' });
    try {
      const loaded = await loadDemo(client);
      setState({ kind: 'loaded', loaded });
      onLoaded();
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };

  const loading = state.kind === 'loading';
  return (
    <div className="demo-offer" data-testid="demo-offer">
      <h4>{t.demo.heading}</h4>
      <p>{t.demo.explain}</p>
      {state.kind !== 'loaded' && (
        <button
          type="button"
          data-testid="load-demo"
          disabled={loading}
          aria-busy={loading}
          onClick={() => void load()}
        >
          {loading && <span className="spinner" aria-hidden="true" />}
          {loading ? t.demo.loading : t.demo.action}
        </button>
      )}
      {state.kind === 'loaded' && (
        <p role="status" data-testid="demo-loaded">
          {t.demo.loaded(state.loaded.procedures, state.loaded.decisions)}
        </p>
      )}
      {state.kind === 'failed' && (
        <p className="error" role="alert" data-testid="demo-error" tabIndex={-1} ref={errorRef}>
          {t.demo.failed(errorMessage(state.error, language))}
        </p>
      )}
    </div>
  );
}
