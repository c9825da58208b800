import { formatVietnamInstant } from '@niemyet/core';
import { serverRefusalText } from '../catalogue/server-refusal';
import type { I18n } from '../i18n/use-i18n';
import type { FindingReportState } from '../settings/settings';
import type { ConnectOutcome } from './connection-schemas';

/**
 * What the Options page and the side panel say about the server connection, in the user's
 * language: pure, so the words are tested without a page. The server's refusals are said with
 * core's sentences (the console's words for the same refusal).
 */

type Words = Pick<I18n, 't' | 'locale'>;

export function connectOutcomeText({ t, locale }: Words, outcome: ConnectOutcome): string {
  switch (outcome.kind) {
    case 'connected':
      return t.options.server.connected({ origin: outcome.origin });
    case 'refused':
      return outcome.refusal
        ? serverRefusalText(outcome.refusal, locale)
        : t.options.server.refused({ status: outcome.status });
    case 'unreachable':
      return t.options.server.unreachable({ error: outcome.error });
  }
}

export interface ReportLine {
  kind: 'pending' | 'sent' | 'retrying' | 'refused' | 'revoked';
  text: string;
}

/** The lines of the sending status, most pressing first; none when there is nothing to say. */
export function reportStateLines({ t, locale }: Words, state: FindingReportState): ReportLine[] {
  const lines: ReportLine[] = [];
  const refusal = state.lastRefusal ? serverRefusalText(state.lastRefusal, locale) : null;
  if (state.revoked) {
    lines.push({ kind: 'revoked', text: [refusal, t.reports.revoked].filter(Boolean).join(' ') });
  } else if (state.lastError && state.failures > 0) {
    lines.push({
      kind: 'retrying',
      text: `${t.reports.error({ error: state.lastError })} ${t.reports.retrying}`,
    });
  } else if (state.lastError) {
    lines.push({ kind: 'refused', text: t.reports.error({ error: refusal ?? state.lastError }) });
  }
  if (state.pending > 0) lines.push({ kind: 'pending', text: t.reports.pending({ count: state.pending }) });
  if (state.lastSent && state.lastSentAt) {
    const sent = t.reports.sent(state.lastSent);
    lines.push({
      kind: 'sent',
      text: `${sent} ${t.reports.sentAt({ time: formatVietnamInstant(state.lastSentAt) })}`,
    });
  }
  return lines;
}

/** A sentence under the connection form in Options. */
export interface ServerMessage {
  kind: 'ok' | 'error';
  text: string;
}

/**
 * What Options says under the connection form. The server no longer taking the stored token
 * (a send or the catalogue poll learnt it, maybe while Options was closed) is said there, next
 * to the field a new token goes into, and a stale "connected" gives way to it; but while the
 * user acts on the form, what that action gives (a check under way, its failure) is said instead.
 */
export function serverSectionMessage(
  { t, locale }: Words,
  view: {
    /** What the user's last action on the form said, if anything. */
    message: ServerMessage | null;
    busy: boolean;
    connected: boolean;
    reports: FindingReportState | undefined;
  },
): ServerMessage | null {
  const { message, busy, connected, reports } = view;
  if (!connected || !reports?.revoked || busy || message?.kind === 'error') return message;
  const why = reports.lastRefusal
    ? serverRefusalText(reports.lastRefusal, locale)
    : t.options.server.refused({ status: 401 });
  return { kind: 'error', text: `${why} ${t.options.server.pasteNew}` };
}
