import { Outlet, useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useI18n } from '../i18n/language';
import { safeRedirect } from '../session/redirect';
import { SetupScreen } from '../session/SetupScreen';
import { SignInScreen } from '../session/SignInScreen';
import { useSession } from '../session/session-context';
import { AppHeader } from './AppHeader';

/** The frame of the screens shown without a session: the title and the language toggle. */
export function PublicFrame() {
  const { language } = useI18n();
  return (
    <div className="app public" lang={language}>
      <AppHeader />
      <main className="app-main">
        <Outlet />
      </main>
    </div>
  );
}

/** Replaces the address with `href` (a path of this console, with its search). */
function GoTo({ href }: { href: string }) {
  const router = useRouter();
  useEffect(() => {
    router.history.replace(href);
  }, [router, href]);
  return null;
}

export function SignInRoute({ redirect }: { redirect: string | undefined }) {
  const { t } = useI18n();
  const { state } = useSession();
  const target = safeRedirect(redirect);
  if (state.kind === 'loading') return <p className="muted">{t.app.loading}</p>;
  // Signed in (just now, or already when the page opened): back to where the user was.
  if (state.kind === 'signed-in') return <GoTo href={target} />;
  return <SignInScreen expired={state.kind === 'signed-out' && state.expired} />;
}

export function SetupRoute({ token }: { token: string | undefined }) {
  const router = useRouter();
  return <SetupScreen token={token} onDone={() => router.history.replace('/')} />;
}
