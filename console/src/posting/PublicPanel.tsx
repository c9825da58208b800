import type { Office } from '@niemyet/core';
import { useId, useState } from 'react';
import { publicOfficePaths } from '../api/posting';
import { useI18n } from '../i18n/language';

/**
 * Where the public finds the office's posted list without signing in: the page the server
 * serves outside the console (opened in a new tab), the same data as JSON, and the embed code
 * for the agency's website with a copy button (and a way to copy by hand when the browser
 * refuses the clipboard).
 */
export function PublicPanel({ office }: { office: Pick<Office, 'id' | 'name'> }) {
  const { t } = useI18n();
  const m = t.posting.public;
  const id = useId();
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const paths = publicOfficePaths(office.id);
  // The page is the server's, on the console's own origin: the embed code needs it whole.
  const pageUrl = new URL(paths.page, window.location.origin).href;
  const embed = `<iframe src="${pageUrl}" title="${attribute(m.frameTitle(office.name))}" width="100%" height="800" style="border:0" loading="lazy"></iframe>`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(embed);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <div className="posting-public" data-testid="public-panel">
      <p className="muted">{m.intro}</p>
      <ul className="link-list">
        <li>
          <a href={paths.page} target="_blank" rel="noopener noreferrer" data-testid="public-page-link">
            {m.page}
          </a>{' '}
          <span className="muted small">{m.newTab}</span>
        </li>
        <li>
          <a href={paths.json} target="_blank" rel="noopener noreferrer" data-testid="public-json-link">
            {m.json}
          </a>{' '}
          <span className="muted small">{m.newTab}</span>
        </li>
      </ul>
      <div className="field">
        <label htmlFor={id}>{m.embed}</label>
        <textarea
          id={id}
          readOnly
          rows={3}
          value={embed}
          data-testid="embed-code"
          onFocus={(e) => e.target.select()}
        />
      </div>
      <div className="inline">
        <button type="button" className="secondary" data-testid="copy-embed" onClick={() => void copy()}>
          {m.copy}
        </button>
        <span
          role="status"
          className={copied === 'failed' ? 'error' : 'muted'}
          data-testid="copy-embed-status"
        >
          {copied === 'copied' ? m.copied : copied === 'failed' ? m.copyFailed : ''}
        </span>
      </div>
    </div>
  );
}

/** Text made safe inside a double-quoted HTML attribute of the code the user pastes elsewhere. */
function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
