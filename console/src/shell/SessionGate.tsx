import type { Permission } from '@niemyet/core';
import { Navigate, useRouterState } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { errorMessage } from '../api/error-messages';
import { useI18n } from '../i18n/language';
import { useSession } from '../session/session-context';
import { Layout } from './Layout';

/**
 * The screens behind the sign-in. Without a session (never signed in, signed out, or any call
 * answered 401) the user is sent to the sign-in screen with where they were, and comes back
 * there once signed in.
 */
export function SessionGate() {
  const { t, language } = useI18n();
  const { state, refresh } = useSession();
  const here = useRouterState({ select: (router) => router.location.href });
  if (state.kind === 'loading') return <p className="muted app">{t.app.loading}</p>;
  if (state.kind === 'unreachable')
    return (
      <div className="app">
        <p className="error" role="alert" data-testid="server-unreachable">
          {t.app.unreachable(errorMessage(state.error, language))}
        </p>
        <button type="button" className="primary" onClick={() => void refresh()}>
          {t.app.retry}
        </button>
      </div>
    );
  if (state.kind === 'signed-out') {
    // While the router moves to the sign-in screen this gate still renders once more with the
    // new address: navigating again from there would nest redirects forever.
    if (here.startsWith('/sign-in') || here.startsWith('/setup')) return null;
    return <Navigate to="/sign-in" search={here === '/' ? {} : { redirect: here }} replace />;
  }
  return <Layout />;
}

/** A screen only some roles may see: the others are told so (the server would refuse its data anyway). */
export function Permitted({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useI18n();
  const { can } = useSession();
  if (!can(permission))
    return (
      <p className="notice" data-testid="not-allowed">
        {t.app.notAllowed}
      </p>
    );
  return children;
}
