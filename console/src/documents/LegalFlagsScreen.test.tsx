// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderConsole } from '../testing/render-console';
import { documentsOffice } from './documents-fixtures';

/** The catalogue-wide flags (`#/documents/flags`): counts by field, agency and document, and the list. */

afterEach(cleanup);

const counts = (testId: string) =>
  within(screen.getByTestId(testId))
    .getAllByTestId('flag-count')
    .map((row) => [row.children[0]!.textContent, row.children[1]!.textContent]);
const flagged = () => screen.getAllByTestId('flagged-procedure').map((row) => row.children[0]!.textContent);

describe('legal-basis flags', () => {
  it('counts the procedures resting on an ended document and filters by a clicked count', async () => {
    const { server, history } = renderConsole({ server: documentsOffice('lan'), path: '/documents/flags' });
    await screen.findByTestId('flagged-procedures');
    expect(counts('flags-by-field')).toEqual([
      ['Đất đai', '1'],
      ['Hộ tịch', '1'],
    ]);
    expect(counts('flags-by-agency')).toEqual([
      ['UBND cấp huyện', '1'],
      ['UBND cấp xã', '1'],
    ]);
    expect(counts('flags-by-document')).toEqual([['01/2018/TT-VPCP', '2']]);
    expect(flagged()).toEqual(['1.000002', '2.000003']);
    expect(screen.getByTestId('flags-total').textContent).toBe('2 thủ tục');
    const marriage = screen.getAllByTestId('flagged-procedure')[0]!;
    expect(within(marriage).getByTestId('document-status').textContent).toBe('Hết hiệu lực');

    fireEvent.click(screen.getByRole('button', { name: 'Lọc theo Hộ tịch: 1 thủ tục' }));
    await waitFor(() => expect(flagged()).toEqual(['1.000002']));
    expect(history.location.search).toContain('field=');
    expect(server.requestsTo('GET', '/api/legal-basis/flags').at(-1)?.search.get('field')).toBe('Hộ tịch');
    expect(screen.getByTestId('flags-filter').textContent).toContain('Đang lọc: Hộ tịch');
    // The counts stay over every flagged procedure.
    expect(counts('flags-by-field')).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Lọc theo UBND cấp huyện: 1 thủ tục' }));
    await waitFor(() => expect(flagged()).toEqual(['2.000003']));
    expect(history.location.search).not.toContain('field=');
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ lọc' }));
    await waitFor(() => expect(flagged()).toHaveLength(2));
  });

  it('says when nothing is flagged on the date', async () => {
    renderConsole({ server: documentsOffice('lan'), path: '/documents/flags?at=2024-06-01' });
    expect((await screen.findByTestId('flags-empty')).textContent).toBe(
      'Không thủ tục nào dựa trên văn bản đã hết hiệu lực vào ngày này.',
    );
    expect(screen.queryByTestId('flagged-procedures')).toBeNull();
  });
});
