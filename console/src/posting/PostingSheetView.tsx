import type { PostingEntry, PostingSheet } from '@niemyet/core';
import { levelLabel, submissionChannelLines } from '@niemyet/core';
import { formatCount, formatDate } from '../i18n/format';
import { QrCodeImage } from './QrCodeImage';

/**
 * The posting sheet as printed and posted at the counter: heading, the date it is valid from,
 * one table per field (STT numbered through the sheet), each procedure's code, name,
 * processing time, fees, how to submit and its QR code to the national portal. Always in
 * Vietnamese, whatever the console's language: it is the public document itself, the same as
 * the DOCX. The print stylesheet (styles.css) prints only this, on A4.
 */

const SHEET = {
  title: 'DANH MỤC THỦ TỤC HÀNH CHÍNH',
  postedAt: (name: string) => `Niêm yết tại ${name}`,
  validFrom: (date: string) => `Có hiệu lực từ ngày ${formatDate(date)}`,
  total: (count: number) => `Tổng số: ${formatCount(count)} thủ tục`,
  field: (field: string | null) => (field === null ? 'Lĩnh vực khác' : `Lĩnh vực: ${field}`),
  columns: [
    'STT',
    'Mã thủ tục',
    'Tên thủ tục',
    'Thời hạn giải quyết',
    'Phí, lệ phí',
    'Cách thức nộp',
    'Mã QR',
  ],
  qr: 'Mã QR mở trang thủ tục trên Cổng Dịch vụ công quốc gia',
  qrFooter:
    'Quét mã QR để xem đầy đủ thủ tục (hồ sơ, trình tự, căn cứ pháp lý) trên Cổng Dịch vụ công quốc gia.',
  none: '—',
};

export function PostingSheetView({ sheet }: { sheet: PostingSheet }) {
  const { office } = sheet;
  let number = 0;
  return (
    <article className="posting-sheet" data-testid="posting-sheet" lang="vi">
      <header className="posting-sheet-head">
        <h2>{SHEET.title}</h2>
        <p className="posting-sheet-office">{SHEET.postedAt(office.name)}</p>
        {office.area && <p>{office.area}</p>}
        {office.address && <p className="small">{office.address}</p>}
        <p data-testid="sheet-valid-from">
          <strong>{SHEET.validFrom(sheet.validFrom)}</strong>
        </p>
        <p className="small">
          {SHEET.total(sheet.total)}
          {office.scope.levels.length > 0 &&
            ` · ${office.scope.levels.map((l) => levelLabel(l, 'vi')).join(', ')}`}
        </p>
      </header>
      {sheet.groups.map((group) => (
        <section key={group.field ?? ''} className="posting-sheet-group" data-testid="sheet-group">
          <h3>{SHEET.field(group.field)}</h3>
          <table className="posting-sheet-table">
            <colgroup>
              <col className="col-stt" />
              <col className="col-code" />
              <col className="col-name" />
              <col className="col-time" />
              <col className="col-fees" />
              <col className="col-channels" />
              <col className="col-qr" />
            </colgroup>
            <thead>
              <tr>
                {SHEET.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {group.entries.map((entry) => {
                number += 1;
                return <SheetRow key={entry.procedureId} entry={entry} number={number} />;
              })}
            </tbody>
          </table>
        </section>
      ))}
      <p className="small posting-sheet-foot">{SHEET.qrFooter}</p>
    </article>
  );
}

function SheetRow({ entry, number }: { entry: PostingEntry; number: number }) {
  return (
    <tr data-testid="sheet-entry" data-id={entry.procedureId}>
      <td className="num">{formatCount(number)}</td>
      <td className="code">{entry.code ?? SHEET.none}</td>
      <td>{entry.name}</td>
      <td>{entry.processingTime ?? SHEET.none}</td>
      <td>{entry.fees ?? SHEET.none}</td>
      <td>{submissionChannelLines(entry.channels).join('; ') || SHEET.none}</td>
      <td className="qr">
        {entry.portalUrl ? <QrCodeImage url={entry.portalUrl} label={SHEET.qr} /> : SHEET.none}
      </td>
    </tr>
  );
}
