// @vitest-environment happy-dom
import type { DecisionComment } from '@niemyet/core';
import { makeDecision, makeItem } from '@niemyet/core/testing';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../i18n/language';
import { MemoryStorage } from '../../testing/render-console';
import { Timeline } from './Timeline';

afterEach(cleanup);

const decision = makeDecision({
  state: 'approved',
  author: 'lan',
  items: [makeItem({ id: 'i1', action: 'amended' }), makeItem({ id: 'i2', action: 'new', code: '1.000002' })],
  transitions: [
    { from: null, to: 'draft', actor: 'lan', at: '2026-12-01T01:00:00.000Z', comment: null },
    { from: 'draft', to: 'in_review', actor: 'lan', at: '2026-12-01T02:00:00.000Z', comment: 'Nhờ anh xem' },
    { from: 'in_review', to: 'approved', actor: 'hung', at: '2026-12-02T17:30:00.000Z', comment: 'Được' },
  ],
  approvals: [{ reviewer: 'hung', revisionHash: 'h0', at: '2026-12-02T17:30:00.000Z', comment: 'Được' }],
});

const comments: DecisionComment[] = [
  {
    id: 'c1',
    decisionId: decision.id,
    revision: 0,
    author: 'hung',
    at: '2026-12-02T03:00:00.000Z',
    itemId: 'i2',
    field: 'fees',
    text: 'Phí ghi theo Thông tư nào?',
  },
];

describe('the timeline', () => {
  it('puts transitions, approvals and comments in time order, on Vietnam time', () => {
    render(
      <LanguageProvider storage={new MemoryStorage()}>
        <Timeline decision={decision} comments={comments} revisions={new Map([['h0', 0]])} />
      </LanguageProvider>,
    );
    const events = screen.getAllByTestId('timeline-event');
    expect(events.map((e) => e.dataset.kind)).toEqual([
      'transition',
      'transition',
      'comment',
      'approval',
      'transition',
    ]);
    expect(events.map((e) => e.querySelector('time')!.textContent)).toEqual([
      '01/12/2026 08:00',
      '01/12/2026 09:00',
      '02/12/2026 10:00',
      // 17:30 UTC is past midnight in Vietnam.
      '03/12/2026 00:30',
      '03/12/2026 00:30',
    ]);
    expect(events[0]!.textContent).toContain('Tạo dự thảo');
    expect(events[1]!.textContent).toContain('Dự thảo → Đang thẩm định');
    expect(events[1]!.textContent).toContain('Nhờ anh xem');
    expect(events[2]!.textContent).toContain('Ý kiến về «Phí, lệ phí» của mục 2 (trên phiên bản 0)');
    expect(events[2]!.textContent).toContain('Phí ghi theo Thông tư nào?');
    expect(events[3]!.textContent).toContain('hung · Phê duyệt phiên bản 0');
    expect(events[4]!.textContent).toContain('Đang thẩm định → Đã phê duyệt');
  });

  it('says so when nothing happened yet', () => {
    render(
      <LanguageProvider storage={new MemoryStorage()}>
        <Timeline decision={{ ...decision, transitions: [], approvals: [] }} comments={[]} />
      </LanguageProvider>,
    );
    expect(screen.getByText('Chưa có diễn biến nào.')).toBeTruthy();
  });
});
