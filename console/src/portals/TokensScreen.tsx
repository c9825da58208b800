import type { AccessToken } from '@niemyet/core';
import { type FormEvent, useState } from 'react';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/error-messages';
import { createToken, listTokens, revokeToken } from '../api/portal-watches';
import { Dialog } from '../decisions/review/Dialog';
import { TextField } from '../decisions/review/form-fields';
import { formatDayTime } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { RemoteStatus } from '../reviews/RemoteStatus';
import { shown, useRemote } from '../reviews/use-remote';
import { PortalTabs } from './PortalTabs';

/**
 * `#/tokens`: the signed-in user's personal access tokens for the extension. A new token is
 * shown once (the server keeps only its hash) with a copy button and where to paste it; the
 * list says when each was created and last used, and revokes one after a confirmation.
 */
export function TokensScreen() {
  const { t } = useI18n();
  const m = t.portals.tokens;
  const { remote, reload } = useRemote((client, signal) => listTokens(client, signal), 'tokens');
  const tokens = shown(remote);
  const [revoking, setRevoking] = useState<AccessToken | null>(null);
  return (
    <div className="screen portals" data-testid="tokens-screen">
      <h2>{t.portals.heading}</h2>
      <PortalTabs />
      <h3>{m.heading}</h3>
      <p className="muted">{m.intro}</p>
      <CreateToken onCreated={reload} />
      <RemoteStatus remote={remote} onRetry={reload} />
      {tokens &&
        (tokens.length === 0 ? (
          <p className="muted" data-testid="tokens-empty">
            {m.empty}
          </p>
        ) : (
          <table className="token-table" data-testid="token-table">
            <caption>{m.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.columns.name}</th>
                <th scope="col">{m.columns.created}</th>
                <th scope="col">{m.columns.lastUsed}</th>
                <th scope="col">{m.columns.state}</th>
                <th scope="col">{m.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} data-testid="token-row" data-id={token.id}>
                  <th scope="row">{token.name}</th>
                  <td>{formatDayTime(token.createdAt)}</td>
                  <td>{token.lastUsedAt ? formatDayTime(token.lastUsedAt) : m.neverUsed}</td>
                  <td data-testid="token-state">
                    {token.revokedAt ? m.revokedAt(formatDayTime(token.revokedAt)) : m.active}
                  </td>
                  <td>
                    {token.revokedAt === null && (
                      <button
                        type="button"
                        className="secondary"
                        data-testid="token-revoke"
                        aria-label={`${m.revoke}: ${token.name}`}
                        onClick={() => setRevoking(token)}
                      >
                        {m.revoke}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      {revoking && (
        <RevokeDialog
          token={revoking}
          onClose={() => setRevoking(null)}
          onRevoked={() => {
            setRevoking(null);
            reload();
          }}
        />
      )}
    </div>
  );
}

function CreateToken({ onCreated }: { onCreated(): void }) {
  const { t, language } = useI18n();
  const m = t.portals.tokens;
  const client = useApi();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setProblem(m.nameRequired);
      return;
    }
    setProblem(null);
    setSending(true);
    setFailure(null);
    try {
      const answer = await createToken(client, name.trim());
      setCreated({ name: answer.name, token: answer.token });
      setCopied(null);
      setName('');
      onCreated();
    } catch (cause) {
      setFailure(cause);
    } finally {
      setSending(false);
    }
  };

  const copy = async (token: string) => {
    try {
      await navigator.clipboard.writeText(token);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="token-create-heading">
      <form className="inline" onSubmit={(event) => void submit(event)} noValidate>
        <h4 id="token-create-heading" className="visually-hidden">
          {m.create}
        </h4>
        <TextField label={m.name} value={name} onChange={setName} error={problem} testId="token-name" />
        <button type="submit" className="primary" disabled={sending} data-testid="token-create">
          {sending ? m.creating : m.create}
        </button>
      </form>
      {failure !== null && (
        <p className="error" role="alert">
          {m.createFailed(errorMessage(failure, language))}
        </p>
      )}
      {created && (
        <div className="notice" data-testid="token-created">
          <p role="status">{m.created(created.name)}</p>
          <p>
            <code className="secret" data-testid="token-secret">
              {created.token}
            </code>{' '}
            <button
              type="button"
              className="secondary"
              data-testid="token-copy"
              onClick={() => void copy(created.token)}
            >
              {m.copy}
            </button>
          </p>
          {copied !== null && (
            <p role="status" className={copied ? 'muted' : 'error'}>
              {copied ? m.copied : m.copyFailed}
            </p>
          )}
          <p>{m.where}</p>
          <button type="button" data-testid="token-hide" onClick={() => setCreated(null)}>
            {m.hide}
          </button>
        </div>
      )}
    </section>
  );
}

function RevokeDialog({
  token,
  onClose,
  onRevoked,
}: {
  token: AccessToken;
  onClose(): void;
  onRevoked(): void;
}) {
  const { t, language } = useI18n();
  const m = t.portals.tokens;
  const client = useApi();
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const revoke = async () => {
    setSending(true);
    setFailure(null);
    try {
      await revokeToken(client, token.id);
      onRevoked();
    } catch (cause) {
      setFailure(cause);
      setSending(false);
    }
  };
  return (
    <Dialog title={m.revokeTitle(token.name)} onClose={onClose} testId="token-revoke-dialog">
      <p>{m.revokeBody}</p>
      {failure !== null && (
        <p className="error" role="alert">
          {m.revokeFailed(errorMessage(failure, language))}
        </p>
      )}
      <div className="dialog-buttons">
        <button
          type="button"
          className="danger"
          disabled={sending}
          data-testid="token-revoke-confirm"
          onClick={() => void revoke()}
        >
          {m.revokeConfirm}
        </button>
        <button type="button" onClick={onClose} data-autofocus>
          {m.cancel}
        </button>
      </div>
    </Dialog>
  );
}
