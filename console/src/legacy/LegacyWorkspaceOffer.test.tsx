// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { importDecisionCsv, WORKSPACE_VERSION } from '@niemyet/core';
import { importWorkspaceBundle, legacyWorkspaceState } from '@niemyet/db';
import { freshConsoleDb } from '@niemyet/db/testing';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeServer } from '../testing/fake-server';
import { largeDecisionList } from '../testing/large-decision-list';
import { ACCOUNTS, renderConsole } from '../testing/render-console';

/** The workspace an earlier console kept in this browser: offered once, uploaded all or nothing. */

afterEach(cleanup);

async function browserWithEarlierWorkspace() {
  const db = freshConsoleDb();
  const imported = importDecisionCsv(largeDecisionList(3, 10).csv, {
    fileName: 'cu.csv',
    importedAt: '2025-06-01T00:00:00.000Z',
  });
  if (!imported.ok) throw new Error('fixture');
  await importWorkspaceBundle(db, imported.bundle);
  return { db, bundle: imported.bundle };
}

describe('the earlier workspace in this browser', () => {
  it('is offered once, uploaded whole, then shown as uploaded and never offered again', async () => {
    const { db } = await browserWithEarlierWorkspace();
    const server = new FakeServer({ accounts: ACCOUNTS, signedInAs: 'lan' });
    const first = renderConsole({ server, db });
    const offer = await screen.findByTestId('legacy-offer');
    expect(offer.textContent).toContain('3 quyết định');
    fireEvent.click(within(offer).getByRole('button', { name: 'Tải dữ liệu cũ lên máy chủ' }));
    expect((await screen.findByTestId('legacy-uploaded')).textContent).toContain(
      'Đã tải dữ liệu cũ lên máy chủ: 3 quyết định, 3 quyết định mới.',
    );
    expect(server.decisions.size).toBe(3);
    const [upload] = server.requestsTo('POST', '/api/imports/workspace');
    expect(JSON.parse(upload!.body)).toMatchObject({
      format: 'niemyet.workspace',
      version: WORKSPACE_VERSION,
    });
    expect((await legacyWorkspaceState(db)).uploadedAt).not.toBeNull();
    // The catalogue now comes from the server, with the uploaded procedures.
    await waitFor(() => expect(Number(screen.getByTestId('catalogue-count').dataset.total)).toBe(30));
    first.unmount();

    renderConsole({ server, db });
    await screen.findByTestId('user-badge');
    await screen.findByTestId('catalogue-count');
    expect(screen.queryByTestId('legacy-offer')).toBeNull();
    expect(server.requestsTo('POST', '/api/imports/workspace')).toHaveLength(1);
  });

  it('stays offered, with the reason, when the server refuses it (nothing written)', async () => {
    const { db, bundle } = await browserWithEarlierWorkspace();
    const server = new FakeServer({ accounts: ACCOUNTS, signedInAs: 'lan' });
    // The server already holds one of these decisions with other content.
    const decision = bundle.decisions[0]!;
    server.decisions.set(decision.id, { ...decision, revisionHash: 'f'.repeat(64) });
    renderConsole({ server, db });
    fireEvent.click(await screen.findByTestId('legacy-upload'));
    expect((await screen.findByTestId('legacy-error')).textContent).toContain(
      'Máy chủ đã có 1 quyết định với nội dung khác',
    );
    expect(server.decisions.size).toBe(1);
    expect((await legacyWorkspaceState(db)).uploadedAt).toBeNull();
    expect(screen.getByTestId('legacy-offer')).toBeTruthy();
  });

  it('is not offered to those who may not import', async () => {
    const { db } = await browserWithEarlierWorkspace();
    renderConsole({ server: new FakeServer({ accounts: ACCOUNTS, signedInAs: 'hung' }), db });
    await screen.findByTestId('catalogue-empty');
    expect(screen.queryByTestId('legacy-offer')).toBeNull();
  });
});
