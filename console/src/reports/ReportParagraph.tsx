import { useState } from 'react';
import { useI18n } from '../i18n/language';

/**
 * The sentence of the yearly report, as the server wrote it (core's words, Vietnamese numbers),
 * with a button that copies it. The English toggle shows the English sentence. If the browser
 * refuses the clipboard, the message says how to copy by hand; the text stays selectable.
 */
export function ReportParagraph({ vi, en }: { vi: string; en: string }) {
  const { t, language } = useI18n();
  const m = t.reports.paragraph;
  const text = language === 'vi' ? vi : en;
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <section className="report-section report-paragraph" aria-labelledby="report-paragraph-heading">
      <h3 id="report-paragraph-heading">{m.heading}</h3>
      <p className="paragraph-text" lang={language} data-testid="report-paragraph">
        {text}
      </p>
      <div className="inline no-print">
        <button type="button" className="secondary" onClick={() => void copy()} data-testid="report-copy">
          {m.copy}
        </button>
        <span
          role="status"
          data-testid="report-copy-status"
          className={copied === 'failed' ? 'error' : 'muted'}
        >
          {copied === 'copied' ? m.copied : copied === 'failed' ? m.copyFailed : ''}
        </span>
      </div>
    </section>
  );
}
