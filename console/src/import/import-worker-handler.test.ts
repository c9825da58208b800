import { describe, expect, it } from 'vitest';
import { type ImportWorkerMessage, ImportWorkerMessageSchema } from './import-protocol';
import { handleImportRequest } from './import-worker-handler';

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

function run(raw: unknown): ImportWorkerMessage[] {
  const sent: ImportWorkerMessage[] = [];
  handleImportRequest(raw, (message) => sent.push(message));
  return sent;
}
const check = (text: string) =>
  run({
    type: 'check',
    fileName: 'ds.csv',
    bytes: new TextEncoder().encode(text),
    importedAt: '2026-11-25T09:00:00.000Z',
  });

describe('the import worker', () => {
  it('checks a file with progress and answers with its figures, every message valid', () => {
    const sent = check(list(2_500));
    for (const message of sent) expect(ImportWorkerMessageSchema.safeParse(message).success).toBe(true);
    expect(sent.slice(0, -1).every((m) => m.type === 'progress')).toBe(true);
    expect(sent.find((m) => m.type === 'progress' && m.phase === 'checking')).toBeTruthy();
    expect(sent.at(-1)).toEqual({
      type: 'checked',
      warnings: [],
      figures: {
        decisions: 25,
        items: 2_500,
        byAction: { new: 2_500, amended: 0, abolished: 0 },
        byYear: [
          { year: '2020', decisions: 25, items: 2_500, byAction: { new: 2_500, amended: 0, abolished: 0 } },
        ],
      },
      encoding: 'utf-8',
    });
  });

  it('answers every error of a file by row and column', () => {
    const sent = check(`${list(2)}\n3/QĐ-UBND,31/02/2020,05/02/2020,Mới ban hành,2.999999,Thủ tục,Cấp xã`);
    const last = sent.at(-1);
    expect(last?.type).toBe('invalid');
    expect(last?.type === 'invalid' && last.errors.map((e) => [e.row, e.column])).toEqual([[4, 'Ngày ký']]);
  });

  it('refuses a request it cannot act on, saying why', () => {
    const [answer] = run({ type: 'import', text: 'x' });
    expect(answer?.type).toBe('failed');
  });
});
