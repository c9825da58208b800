import { formatVietnameseDate, formatVietnamInstant } from '@niemyet/core';
import { getCurrentSnapshotMeta, type SnapshotMeta } from '@niemyet/db';
import { type ChangeEvent, useEffect, useState } from 'react';
import { importSnapshotText } from '../catalogue/import-snapshot';
import { extensionDb } from '../database';
import type { I18n } from '../i18n/use-i18n';
import { onExtensionEvent } from '../messaging/events';
import { sendCommand } from '../messaging/send-command';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; name: string }
  | { kind: 'failed'; name: string; error: string };

/** The catalogue in force and the file import (validated, all or nothing). */
export function CatalogueSection({ i18n }: { i18n: I18n }) {
  const { t } = i18n;
  const [meta, setMeta] = useState<SnapshotMeta | null | undefined>(undefined);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  useEffect(() => {
    const load = () => void getCurrentSnapshotMeta(extensionDb()).then(setMeta, () => setMeta(null));
    load();
    // The URL poll or the console bridge may replace the catalogue while the page is open.
    return onExtensionEvent((event) => {
      if (event.event === 'catalogue-changed') load();
    });
  }, []);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setState({ kind: 'busy' });
    try {
      const text = await file.text();
      const imported = await importSnapshotText(extensionDb(), text, {
        source: 'file',
        origin: file.name,
        importedAt: new Date().toISOString(),
      });
      setMeta(imported);
      setState({ kind: 'done', name: file.name });
      // The background keeps an index of the catalogue: tell it to rebuild. If it cannot be
      // reached it rebuilds anyway on its next audit (it checks the stored hash).
      await sendCommand('catalogue-changed', {});
    } catch (error) {
      setState({ kind: 'failed', name: file.name, error: (error as Error).message });
    } finally {
      // Choosing the same file again (after fixing it) must fire `change` again.
      input.value = '';
    }
  }

  return (
    <section aria-labelledby="catalogue-heading">
      <h2 id="catalogue-heading">{t.options.catalogue.heading}</h2>
      {meta === undefined ? null : meta === null ? (
        <p data-testid="catalogue-none">{t.options.catalogue.none}</p>
      ) : (
        <dl>
          <dt>{t.options.catalogue.hash}</dt>
          <dd>
            <code data-testid="catalogue-hash">{meta.hash}</code>
          </dd>
          <dt>{t.options.catalogue.asOf}</dt>
          <dd data-testid="catalogue-as-of">{formatVietnameseDate(meta.asOf)}</dd>
          <dt>{t.options.catalogue.generatedAt}</dt>
          <dd>{formatVietnamInstant(meta.generatedAt)}</dd>
          <dt>{t.options.catalogue.importedAt}</dt>
          <dd>
            {formatVietnamInstant(meta.importedAt)} · {t.options.catalogue.source.label}:{' '}
            <span data-testid="catalogue-source">
              {t.options.catalogue.source[meta.source]}
              {meta.origin ? ` (${meta.origin})` : ''}
            </span>
          </dd>
          <dd data-testid="catalogue-counts">
            {t.options.catalogue.counts({
              procedures: meta.counts.procedures,
              upcoming: meta.counts.upcoming,
              abolished: meta.counts.abolished,
            })}
          </dd>
        </dl>
      )}
      <label>
        {t.options.import.label}{' '}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="catalogue-import"
          onChange={(event) => void onFile(event)}
        />
      </label>
      {state.kind === 'busy' && <p role="status">{t.options.import.busy}</p>}
      {state.kind === 'done' && (
        <p role="status" data-testid="catalogue-import-done">
          {t.options.import.done({ name: state.name })}
        </p>
      )}
      {state.kind === 'failed' && (
        <p role="alert" data-testid="catalogue-import-error">
          {t.options.import.failed({ name: state.name, error: state.error })}
        </p>
      )}
    </section>
  );
}
