import { type FormEvent, useEffect, useState } from 'react';
import type { I18n } from '../i18n/use-i18n';
import { readSetting, writeSetting } from '../settings/setting';
import { type CatalogueSource, catalogueSourceSetting } from '../settings/settings';

/** The console origin for the bridge (stored now; the bridge content script comes later). */
export function ConsoleBridgeSection({ i18n }: { i18n: I18n }) {
  const { t } = i18n;
  const [source, setSource] = useState<CatalogueSource | null>(null);
  const [origin, setOrigin] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void readSetting(catalogueSourceSetting).then((value) => {
      setSource(value);
      setOrigin(value.consoleOrigin ?? '');
    });
  }, []);

  async function onSave(event: FormEvent) {
    event.preventDefault();
    if (!source) return;
    // Re-read: the URL section of the same page writes the same item.
    const current = await readSetting(catalogueSourceSetting);
    const trimmed = origin.trim().replace(/\/+$/, '');
    try {
      setSource(
        await writeSetting(catalogueSourceSetting, {
          ...current,
          consoleOrigin: trimmed === '' ? null : trimmed,
        }),
      );
      setMessage({ kind: 'ok', text: t('options.url.saved') });
    } catch (error) {
      setMessage({ kind: 'error', text: t('options.invalidSetting', { error: (error as Error).message }) });
    }
  }

  return (
    <section aria-labelledby="console-heading">
      <h2 id="console-heading">{t('options.console.heading')}</h2>
      <form onSubmit={(event) => void onSave(event)}>
        <label>
          {t('options.console.label')}{' '}
          <input
            type="url"
            data-testid="console-origin"
            value={origin}
            placeholder="https://…"
            onChange={(event) => setOrigin(event.currentTarget.value)}
          />
        </label>{' '}
        <button type="submit">{t('common.save')}</button>
      </form>
      <p>{t('options.console.hint')}</p>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} data-testid="console-origin-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
