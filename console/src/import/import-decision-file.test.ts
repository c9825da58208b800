import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../api/http';
import { FakeServer } from '../testing/fake-server';
import { type ImportFile, type ImportProgress, importDecisionFile } from './import-decision-file';
import type { ImportWorkerPort } from './import-worker-port';
import { inProcessImportWorkers } from './in-process-import-worker';

const fixtureBytes = (name: string) =>
  new Uint8Array(
    readFileSync(fileURLToPath(new URL(`../../../tests/fixtures/decisions/${name}`, import.meta.url))),
  );
const fixture = (name: string): ImportFile => ({ name, arrayBuffer: async () => fixtureBytes(name).buffer });
const truth = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../tests/fixtures/decisions/hoa-binh-2020.truth.json', import.meta.url)),
    'utf8',
  ),
);

function signedIn() {
  const server = new FakeServer({
    accounts: { lan: { password: 'mat-khau-dai-1', roles: ['drafter'] } },
    signedInAs: 'lan',
  });
  return { server, client: createApiClient({ fetch: server.fetch }) };
}
const viaWorker = () => ({ startWorker: inProcessImportWorkers().start });
const text = (name: string, content: string): ImportFile => ({
  name,
  arrayBuffer: async () => new TextEncoder().encode(content).buffer,
});
const HEADER = 'Số quyết định,Ngày ký,Ngày hiệu lực,Hình thức,Mã TTHC,Tên TTHC,Cấp thực hiện';
const listOf = (count: number) =>
  [
    HEADER,
    ...Array.from(
      { length: count },
      (_, i) =>
        `${Math.floor(i / 100) + 1}/QĐ-UBND,03/02/2020,05/02/2020,Mới ban hành,2.${String(i).padStart(6, '0')},Thủ tục ${i},Cấp xã`,
    ),
  ].join('\n');

describe('importing a decision-list file through the server', () => {
  it('checks the Hòa Bình 2020 list here, uploads it, and shows the server figures and the yearly ones', async () => {
    const { server, client } = signedIn();
    const result = await importDecisionFile(client, fixture('hoa-binh-2020.csv'), viaWorker());
    if (result.kind !== 'imported') throw new Error(JSON.stringify(result));
    expect(result.server).toMatchObject({
      decisions: truth.file.decisions,
      items: truth.file.items,
      decisionsAdded: truth.file.decisions,
      decisionsAlreadyPresent: 0,
      baseline: truth.file.baseline,
      changeLog: truth.file.changeLogEntries,
    });
    const year2020 = result.figures.byYear.find((y) => y.year === '2020');
    expect(year2020).toMatchObject({
      decisions: 68,
      items: 775,
      byAction: { new: 340, amended: 237, abolished: 198 },
    });
    // The file went as it is, as CSV: the server is the one that stores it.
    const [upload] = server.requestsTo('POST', '/api/imports/decisions');
    expect(upload?.headers.get('Content-Type')).toMatch(/^text\/csv/);
    const sent = new TextDecoder().decode(fixtureBytes('hoa-binh-2020.csv')).replace(/^\uFEFF/, '');
    expect(upload?.body.replace(/^\uFEFF/, '')).toBe(sent);

    const again = await importDecisionFile(client, fixture('hoa-binh-2020.csv'), viaWorker());
    expect(again.kind === 'imported' && again.server).toMatchObject({
      decisionsAdded: 0,
      decisionsAlreadyPresent: truth.file.decisions,
    });
  });

  it('reads the bytes of the file: UTF-16 as Excel saves "Unicode Text" goes up as it is; TCVN3 is refused naming it', async () => {
    const { server, client } = signedIn();
    const csv = `${HEADER}\n1/QĐ-UBND,03/02/2020,05/02/2020,Mới ban hành,2.000001,Đăng ký khai sinh,Cấp xã\n`;
    const utf16 = new Uint8Array(2 + csv.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < csv.length; i++)
      new DataView(utf16.buffer).setUint16(2 + i * 2, csv.charCodeAt(i), true);
    const imported = await importDecisionFile(
      client,
      { name: 'unicode.txt', arrayBuffer: async () => utf16.buffer },
      viaWorker(),
    );
    if (imported.kind !== 'imported') throw new Error(JSON.stringify(imported));
    expect(imported.figures.items).toBe(1);
    expect(server.requestsTo('POST', '/api/imports/decisions')).toHaveLength(1);

    // "Số quyết định,Tên thủ tục" and a name in TCVN3, as its bytes show in Latin-1.
    const tcvn3 = 'Sè quyÕt ®Þnh,Tªn thñ tôc\n1/Q§-UBND,Céng hoµ x· héi chñ nghÜa ViÖt Nam\n';
    const refused = await importDecisionFile(
      client,
      { name: 'abc.csv', arrayBuffer: async () => Uint8Array.from(tcvn3, (c) => c.charCodeAt(0)).buffer },
      viaWorker(),
    );
    if (refused.kind !== 'invalid') throw new Error(JSON.stringify(refused));
    expect(refused.errors).toEqual([
      expect.objectContaining({ code: 'encoding-legacy', row: 0, params: { encoding: 'tcvn3' } }),
    ]);
    expect(server.requestsTo('POST', '/api/imports/decisions')).toHaveLength(1);
  });

  it('refuses a malformed file in the browser, by row and column, sending nothing', async () => {
    const { server, client } = signedIn();
    const result = await importDecisionFile(client, fixture('malformed.csv'), viaWorker());
    if (result.kind !== 'invalid') throw new Error(JSON.stringify(result));
    expect(result.checkedBy).toBe('browser');
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'Ngày ký'],
      [4, 'Hình thức'],
      [6, null],
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it("shows the server's own 422 errors by row and column", async () => {
    const client = createApiClient({
      fetch: async () =>
        new Response(
          JSON.stringify({
            code: 'import-invalid',
            params: {},
            message: 'the file has errors',
            errors: [
              { code: 'code-invalid', params: {}, row: 7, column: 'Mã TTHC', message: 'mã đã bãi bỏ' },
            ],
          }),
          { status: 422 },
        ),
    });
    const result = await importDecisionFile(client, text('ds.csv', listOf(3)), viaWorker());
    expect(result).toEqual({
      kind: 'invalid',
      fileName: 'ds.csv',
      checkedBy: 'server',
      errors: [{ code: 'code-invalid', params: {}, row: 7, column: 'Mã TTHC', message: 'mã đã bãi bỏ' }],
    });
  });

  it('names the decisions the server holds with other content (409)', async () => {
    const client = createApiClient({
      fetch: async () =>
        new Response(
          JSON.stringify({
            code: 'import-conflict',
            params: { conflicts: [{ decisionId: 'decision:1', number: '1/QĐ-UBND' }] },
            message: 'conflict',
          }),
          { status: 409 },
        ),
    });
    const result = await importDecisionFile(client, text('ds.csv', listOf(3)), viaWorker());
    expect(result).toEqual({
      kind: 'conflict',
      fileName: 'ds.csv',
      conflicts: [{ decisionId: 'decision:1', number: '1/QĐ-UBND' }],
    });
  });

  it('reports the check, then the upload, then the server at work', async () => {
    const { client } = signedIn();
    const seen: ImportProgress[] = [];
    const result = await importDecisionFile(client, text('ds.csv', listOf(1_200)), {
      ...viaWorker(),
      onProgress: (p) => seen.push(p),
    });
    expect(result.kind).toBe('imported');
    expect([...new Set(seen.map((p) => p.phase))]).toEqual([
      'reading',
      'checking',
      'building',
      'logging',
      'uploading',
    ]);
    expect(seen.find((p) => p.phase === 'checking' && p.done === 500)).toEqual({
      phase: 'checking',
      done: 500,
      total: 1_200,
    });
  });

  it('stops the worker and sends nothing when cancelled while the file is checked', async () => {
    const { server, client } = signedIn();
    const workers = inProcessImportWorkers({ pauseAfter: 3 });
    const controller = new AbortController();
    const importing = importDecisionFile(client, text('ds.csv', listOf(1_200)), {
      startWorker: workers.start,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'checking') controller.abort();
      },
    });
    expect(await importing).toEqual({ kind: 'cancelled', fileName: 'ds.csv' });
    workers.resume();
    expect(workers.terminated).toBe(1);
    expect(server.requests).toHaveLength(0);
  });

  it('aborts the upload when cancelled while it is sent: the server writes nothing', async () => {
    const { server, client } = signedIn();
    // The server holds the upload until the user has pressed Cancel.
    server.hold();
    const controller = new AbortController();
    const result = importDecisionFile(client, text('ds.csv', listOf(300)), {
      ...viaWorker(),
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'uploading') setTimeout(() => controller.abort(), 0);
      },
    });
    await new Promise((resolve) => controller.signal.addEventListener('abort', resolve));
    expect(server.requestsTo('POST', '/api/imports/decisions')).toHaveLength(1);
    server.release();
    expect(await result).toEqual({ kind: 'cancelled', fileName: 'ds.csv' });
    expect(server.decisions.size).toBe(0);
  });

  it('fails when the worker sends what the protocol does not allow', async () => {
    const { client } = signedIn();
    let terminated = false;
    const rogue = (messages: unknown[]) => (): ImportWorkerPort => {
      let listener: (data: unknown) => void = () => {};
      return {
        post: () =>
          setTimeout(() => {
            for (const message of messages) listener(message);
          }, 0),
        onMessage: (l) => {
          listener = l;
        },
        onError: () => {},
        terminate: () => {
          terminated = true;
        },
      };
    };
    await expect(
      importDecisionFile(client, text('ds.csv', listOf(3)), {
        startWorker: rogue([{ type: 'decisions', decisions: [{ id: 'x' }] }]),
      }),
    ).rejects.toThrow(/does not accept/);
    expect(terminated).toBe(true);
    await expect(
      importDecisionFile(client, text('ds.csv', listOf(3)), {
        startWorker: rogue([{ type: 'failed', reason: 'out of memory' }]),
      }),
    ).rejects.toThrow('out of memory');
  });
});
