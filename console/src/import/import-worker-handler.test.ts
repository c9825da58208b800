import { verifyChangeLog } from '@niemyet/core';
import { describe, expect, it } from 'vitest';
import { type ImportWorkerMessage, ImportWorkerMessageSchema } from './import-protocol';
import { handleImportRequest, PART_SIZE } from './import-worker-handler';

const HEADER = 'Số quyết định,Ngày ký,Ngày hiệu lực,Hình thức,Mã TTHC,Tên TTHC,Cấp thực hiện';
const list = (count: number) =>
  [
    HEADER,
    ...Array.from(
      { length: count },
      (_, i) =>
        `${Math.floor(i / 100) + 1}/QĐ-UBND,03/02/2020,05/02/2020,Mới ban hành,2.${String(i).padStart(6, '0')},Thủ tục ${i},Cấp xã`,
    ),
  ].join('\n');

function run(text: string, chainAfter: { seq: number; hash: string } | null = null): ImportWorkerMessage[] {
  const sent: ImportWorkerMessage[] = [];
  handleImportRequest(
    {
      type: 'import',
      fileName: 'ds.csv',
      bytes: new TextEncoder().encode(text),
      importedAt: '2026-11-25T09:00:00.000Z',
      chainAfter,
    },
    (message) => sent.push(message),
  );
  return sent;
}

const ofType = <T extends ImportWorkerMessage['type']>(sent: ImportWorkerMessage[], type: T) =>
  sent.filter((m): m is Extract<ImportWorkerMessage, { type: T }> => m.type === type);

describe('the import worker', () => {
  it('checks a file and sends its bundle in parts, closed by the counts, every message valid', () => {
    const sent = run(list(2_500));
    for (const message of sent) expect(ImportWorkerMessageSchema.safeParse(message).success).toBe(true);
    expect(sent.at(-1)).toEqual({
      type: 'checked',
      warnings: [],
      encoding: 'utf-8',
      counts: { decisions: 25, baseline: 0, changeLog: 2_500 },
    });
    const logParts = ofType(sent, 'change-log');
    expect(logParts.map((p) => p.entries.length)).toEqual([PART_SIZE, PART_SIZE, 500]);
    expect(ofType(sent, 'decisions').flatMap((p) => p.decisions)).toHaveLength(25);
    // Progress comes first, parts after: the page sees the bar move before any records.
    const firstPart = sent.findIndex((m) => m.type !== 'progress');
    expect(sent.slice(firstPart).some((m) => m.type === 'progress')).toBe(false);
    const log = logParts.flatMap((p) => p.entries);
    expect(verifyChangeLog(log)).toEqual({ ok: true, count: 2_500 });
  });

  it('chains the log after the stored head it is given', () => {
    const head = { seq: 41, hash: 'c'.repeat(64) };
    const sent = run(list(1_200), head);
    const log = ofType(sent, 'change-log').flatMap((p) => p.entries);
    expect(log[0]).toMatchObject({ seq: 42, prevHash: head.hash });
    for (let i = 1; i < log.length; i++) {
      expect(log[i]!.seq).toBe(log[i - 1]!.seq + 1);
      expect(log[i]!.prevHash).toBe(log[i - 1]!.hash);
    }
    // The second chaining reports its progress too, ending complete.
    expect(ofType(sent, 'progress').at(-1)).toEqual({
      type: 'progress',
      phase: 'logging',
      done: 1_200,
      total: 1_200,
    });
  });

  it('sends the errors of an invalid file and no bundle', () => {
    const sent = run([HEADER, '1/QĐ-UBND,31/02/2020,05/02/2020,Mới ban hành,2.000001,A,Cấp xã'].join('\n'));
    const last = sent.at(-1)!;
    expect(last.type).toBe('invalid');
    expect(last.type === 'invalid' && last.errors.map((e) => [e.row, e.column])).toEqual([[2, 'Ngày ký']]);
    expect(sent.some((m) => m.type === 'decisions' || m.type === 'checked')).toBe(false);
  });

  it('answers a request it cannot read with a failure, not an exception', () => {
    const sent: ImportWorkerMessage[] = [];
    handleImportRequest({ type: 'import', text: 42 }, (m) => sent.push(m));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.type).toBe('failed');
  });
});
