// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { documentsOffice } from '../documents/documents-fixtures';
import { renderConsole } from '../testing/render-console';

/** The procedure page's "Căn cứ pháp lý": each cited document's status, and the flag when one has ended. */

afterEach(cleanup);

const entries = () => screen.getAllByTestId('legal-basis-entry');

describe('procedure legal basis', () => {
  it('flags a procedure resting on an expired document, each citation with its status and link', async () => {
    const { server } = renderConsole({
      server: documentsOffice('lan'),
      path: '/procedures/2.000003?asOf=2026-12-06',
    });
    const flag = await screen.findByTestId('legal-basis-flag');
    expect(flag.textContent).toContain('Thủ tục đang dựa trên văn bản đã hết hiệu lực');
    expect(server.requestsTo('GET', '/api/procedures/2.000003/legal-basis')[0]?.search.get('at')).toBe(
      '2026-12-06',
    );
    expect(
      entries().map((entry) => [
        entry.dataset.status,
        within(entry).getByTestId('document-link').textContent,
      ]),
    ).toEqual([
      ['cited_only', '43/2014/NĐ-CP'],
      ['expired', '01/2018/TT-VPCP'],
    ]);
    expect(within(entries()[1]!).getByTestId('document-status').textContent).toBe('Hết hiệu lực');
    expect(within(entries()[0]!).getByRole('link').getAttribute('href')).toBe(
      '/documents/43/2014/N%C4%90-CP',
    );
  });

  it('raises no flag while every cited document applies', async () => {
    renderConsole({ server: documentsOffice('lan'), path: '/procedures/2.000003?asOf=2024-06-01' });
    await screen.findByTestId('legal-basis-entries');
    expect(entries().map((entry) => entry.dataset.status)).toEqual(['cited_only', 'in_force']);
    expect(screen.queryByTestId('legal-basis-flag')).toBeNull();
  });

  it('names the document that replaced a cited one', async () => {
    const server = documentsOffice('lan');
    server.legal.seed({
      number: '55/2024/TT-VPCP',
      effectiveOn: '2024-03-01',
      relations: [{ kind: 'replaces', target: '01/2018/TT-VPCP' }],
    });
    renderConsole({ server, path: '/procedures/1.000002?asOf=2024-06-01' });
    await screen.findByTestId('legal-basis-flag');
    const replaced = entries().find((entry) => entry.dataset.status === 'replaced')!;
    expect(replaced.textContent).toContain('Bị thay thế bởi 55/2024/TT-VPCP');
  });
});
