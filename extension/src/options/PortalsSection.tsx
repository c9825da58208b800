import { formatVietnamInstant } from '@niemyet/core';
import { type FormEvent, useEffect, useState } from 'react';
import type { I18n } from '../i18n/use-i18n';
import { NATIONAL_PORTAL_HOSTS } from '../portals/national-hosts';
import { addProvincialPortal, removeProvincialPortal } from '../portals/provincial-portals';
import { readSetting, watchSetting } from '../settings/setting';
import { type ProvincialPortal, provincialPortalsSetting } from '../settings/settings';
import { siteErrorText } from './site-error';

/** National hosts (built in, read-only) and the provincial portals the user added. */
export function PortalsSection({ i18n }: { i18n: I18n }) {
  const { t } = i18n;
  const [portals, setPortals] = useState<ProvincialPortal[]>([]);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void readSetting(provincialPortalsSetting).then(setPortals);
    return watchSetting(provincialPortalsSetting, setPortals);
  }, []);

  async function onAdd(event: FormEvent) {
    event.preventDefault();
    // addProvincialPortal asks for the permission first, while the click still counts.
    const result = await addProvincialPortal(input, new Date().toISOString());
    if (result.ok) {
      setInput('');
      setMessage({ kind: 'ok', text: t.options.portals.added({ origin: result.portal.origin }) });
    } else {
      const error = siteErrorText(t, result.code, input, result.error);
      setMessage({ kind: 'error', text: t.options.portals.error({ error }) });
    }
  }

  return (
    <section aria-labelledby="portals-heading">
      <h2 id="portals-heading">{t.options.portals.heading}</h2>
      <h3>{t.options.portals.national}</h3>
      <ul data-testid="national-portals">
        {NATIONAL_PORTAL_HOSTS.map((host) => (
          <li key={host}>https://{host}</li>
        ))}
      </ul>
      <h3>{t.options.portals.provincial}</h3>
      {portals.length === 0 ? (
        <p>{t.options.portals.none}</p>
      ) : (
        <ul data-testid="provincial-portals">
          {portals.map((portal) => (
            <li key={portal.origin}>
              {portal.origin} <small>({formatVietnamInstant(portal.addedAt)})</small>{' '}
              <button type="button" onClick={() => void removeProvincialPortal(portal.origin)}>
                {t.common.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void onAdd(event)}>
        <label>
          {t.options.portals.addLabel}{' '}
          <input
            type="text"
            data-testid="portal-url"
            value={input}
            placeholder="https://dichvucong.hoabinh.gov.vn"
            onChange={(event) => setInput(event.currentTarget.value)}
          />
        </label>{' '}
        <button type="submit" disabled={input.trim() === ''}>
          {t.common.add}
        </button>
      </form>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} data-testid="portal-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
