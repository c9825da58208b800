import { saveAudit } from '@niemyet/db';
import { makeAudit, makeFinding } from '@niemyet/db/testing';
import { createHandlers } from '../background/handlers';
import type { TestBackground } from '../background/test-background';
import type { CommandContext, CommandHandlers } from '../messaging/router';

/** Test support for the server connection: an audit with findings to confirm, and the handlers. */

export const PAGE = 'https://dichvucong.gov.vn/p/home/dvc-tthc.html';

/** A page's audit: row 0 matches, row 1 changed (processing time), row 2 abolished but listed. */
export async function auditWithFindings(background: TestBackground, id = 'a1') {
  const evidence = { url: PAGE, at: '2025-03-01T07:59:00.000Z', text: '1.000002 Đăng ký kết hôn 7 ngày' };
  const audit = makeAudit({
    id,
    tabUrl: PAGE,
    readAt: '2025-03-01T07:59:00.000Z',
    summary: { match: 1, changed: 1, abolished: 1, unknown: 0, notYetEffective: 0, missing: 0 },
    findings: [
      makeFinding({ rowIndex: 0 }),
      makeFinding({
        status: 'changed',
        code: '1.000002',
        rawCode: '1.000002',
        name: 'Đăng ký kết hôn',
        rowIndex: 1,
        evidence,
        diffs: [
          {
            field: 'processingTime',
            kind: 'text',
            expected: '5 Ngày làm việc',
            actual: '7 ngày',
            parts: null,
            added: [],
            removed: [],
          },
        ],
      }),
      makeFinding({
        status: 'abolished',
        code: '1.000003',
        rawCode: '1.000003',
        name: 'Cấp bản sao',
        rowIndex: 2,
      }),
    ],
  });
  await saveAudit(background.db, audit);
  return audit;
}

/** An extension page's message (the Options page, the side panel): no tab. */
export const EXTENSION_PAGE: CommandContext = { tabId: undefined, sender: {} };

export function handlersOf(background: TestBackground): CommandHandlers {
  return createHandlers({ ...background, extraPortalMatches: [] });
}

/** The officer confirms row `rowIndex` of an audit, and the background's sending settles. */
export async function confirm(background: TestBackground, auditId: string, rowIndex: number) {
  const note = await handlersOf(background)['record-finding-note'](
    { auditId, rowIndex, code: null, url: PAGE, action: 'confirm', reason: null, text: null },
    EXTENSION_PAGE,
  );
  await background.reports.idle();
  return note;
}
