// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { campaignReviewTasks } from '@niemyet/core';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderConsole } from '../testing/render-console';
import { pastedDocumentNumbers } from './campaign-documents';
import { reviewDesk, TODAY } from './review-desk-fixture';

/** Review campaigns: opening one from pasted numbers, its page with progress, sentence and tasks. */

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T02:00:00.000Z`));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('pasted document numbers', () => {
  it('splits on lines and «;», and counts one document however its number was typed', () => {
    const pasted = pastedDocumentNumbers(
      '43/2014/NĐ-CP\nNghị định số 43/2014/NĐ-CP; 01 /2018/TT-VPCP\n\n ; ',
    );
    expect(pasted.numbers).toEqual(['43/2014/NĐ-CP', 'Nghị định số 43/2014/NĐ-CP', '01 /2018/TT-VPCP']);
    expect(pasted.distinct).toBe(2);
  });
});

describe('review campaigns', () => {
  it('a reviewer opens a campaign from pasted numbers and lands on its page with one task per document', async () => {
    const server = reviewDesk({ signedInAs: 'hung' });
    const { history } = renderConsole({ server, path: '/reviews/campaigns' });
    fireEvent.click(await screen.findByTestId('campaign-new'));
    const dialog = await screen.findByTestId('campaign-dialog');
    expect(document.activeElement).toBe(within(dialog).getByTestId('campaign-title'));
    fireEvent.click(within(dialog).getByTestId('campaign-create'));
    expect(
      within(dialog)
        .getAllByRole('alert')
        .map((a) => a.textContent),
    ).toEqual(['Hãy đặt tên cho đợt rà soát.', 'Hãy dán ít nhất một số hiệu văn bản.']);
    fireEvent.change(within(dialog).getByTestId('campaign-title'), {
      target: { value: 'Rà soát VBQPPL năm 2026' },
    });
    fireEvent.change(within(dialog).getByTestId('campaign-due'), { target: { value: '31/12/2026' } });
    fireEvent.change(within(dialog).getByTestId('campaign-documents'), {
      target: { value: '43/2014/NĐ-CP\nNghị định số 43/2014/NĐ-CP;01 /2018/TT-VPCP' },
    });
    expect(within(dialog).getByTestId('campaign-recognised').textContent).toBe(
      'Nhận ra 2 văn bản khác nhau.',
    );
    fireEvent.click(within(dialog).getByTestId('campaign-create'));
    await waitFor(() => expect(history.location.pathname).toBe('/reviews/campaigns/c-1'));
    expect(JSON.parse(server.requestsTo('POST', '/api/review-campaigns')[0]!.body)).toMatchObject({
      title: 'Rà soát VBQPPL năm 2026',
      dueOn: '2026-12-31',
    });
    await waitFor(() =>
      expect(screen.getAllByTestId('task-row').map((row) => row.dataset.id)).toEqual([
        'c-1:01/2018/TT-VPCP',
        'c-1:43/2014/NĐ-CP',
      ]),
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Rà soát VBQPPL năm 2026' })).toBeTruthy();
    expect(screen.getByTestId('campaign-sentence').textContent).toBe(
      'đã rà soát 0 văn bản, không kiến nghị xử lý văn bản nào',
    );
    const decree = screen.getAllByTestId('task-row').find((row) => row.dataset.id === 'c-1:43/2014/NĐ-CP')!;
    expect(
      within(decree)
        .getAllByRole('link', { name: /^1\.00000/ })
        .map((a) => a.textContent),
    ).toEqual(['1.000001', '1.000002']);
    expect(decree.textContent).toContain('Đợt: Rà soát VBQPPL năm 2026');
  });

  it("recording a campaign task's outcome moves the campaign's sentence", async () => {
    const server = reviewDesk({ signedInAs: 'hung' });
    server.reviewDesk.addCampaign(
      { id: 'c-9', title: 'Rà soát 2026', createdOn: TODAY, dueOn: null, createdBy: 'hung' },
      [],
    );
    const campaign = server.reviewDesk.campaigns.get('c-9')!;
    server.reviewDesk.addTasks(
      campaignReviewTasks(campaign, ['43/2014/NĐ-CP', '01/2018/TT-VPCP'], new Map()),
    );
    renderConsole({ server, path: '/reviews/campaigns/c-9' });
    await waitFor(() => expect(screen.getAllByTestId('task-row')).toHaveLength(2));
    fireEvent.click(within(screen.getAllByTestId('task-row')[1]!).getByTestId('task-open'));
    const dialog = await screen.findByTestId('task-dialog');
    fireEvent.change(within(dialog).getByTestId('task-outcome'), { target: { value: 'replace' } });
    fireEvent.change(within(dialog).getByTestId('task-reason'), { target: { value: 'Đã có luật mới' } });
    fireEvent.click(within(dialog).getByTestId('task-save'));
    await waitFor(() =>
      expect(screen.getByTestId('campaign-sentence').textContent).toBe(
        'đã rà soát 1 văn bản, kiến nghị xử lý 1 văn bản (thay thế 1 văn bản)',
      ),
    );
  });

  it('a drafter sees the campaigns but cannot open one', async () => {
    renderConsole({
      server: reviewDesk({ signedInAs: 'lan', campaign389: true }),
      path: '/reviews/campaigns',
    });
    const row = await screen.findByTestId('campaign-row');
    expect(row.textContent).toContain('Mở ngày 01/03/2019 bởi hung · Hạn 31/12/2019');
    expect(screen.queryByTestId('campaign-new')).toBeNull();
  });
});
