import { useState } from 'react';
import { useI18n } from '../i18n/language';
import { roleList } from './role-labels';
import { useSession, useSignedInUser } from './session-context';

/** Who is signed in and as what, on every screen, with the way out. */
export function UserBadge() {
  const { t } = useI18n();
  const user = useSignedInUser();
  const { signOut } = useSession();
  const [busy, setBusy] = useState(false);
  return (
    <div className="user-badge" data-testid="user-badge">
      <span>
        <span className="muted">{t.session.signedInAs} </span>
        <strong data-testid="user-name">{user.username}</strong>
        <span className="muted" data-testid="user-roles">
          {' '}
          · {roleList(user.roles, t)}
        </span>
      </span>
      <button
        type="button"
        className="secondary"
        data-testid="sign-out"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void signOut().finally(() => setBusy(false));
        }}
      >
        {t.session.signOut}
      </button>
    </div>
  );
}
