import type { FieldDiff } from '@niemyet/core';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { type DiffLabels, DiffView } from './DiffView';

const labels: DiffLabels = {
  field: (name) => `«${name}»`,
  expected: 'Danh mục',
  shown: 'Trên cổng',
  replaced: 'Thay toàn bộ',
  added: 'Thêm',
  removed: 'Bỏ',
  damaged: 'Chữ bị hỏng',
};

const text = (parts: FieldDiff['parts'], expected = '5 ngày', actual = '7 ngày'): FieldDiff => ({
  field: 'processingTime',
  kind: 'text',
  expected,
  actual,
  parts,
  added: [],
  removed: [],
});

describe('DiffView', () => {
  afterEach(cleanup);

  it('shows removed words struck out and added words inserted, as text', () => {
    render(
      <DiffView
        diff={text([
          { kind: 'removed', text: '5' },
          { kind: 'added', text: '<b>7</b>' },
          { kind: 'same', text: ' ngày' },
        ])}
        labels={labels}
      />,
    );
    expect(screen.getByRole('heading').textContent).toBe('«processingTime»');
    const words = screen.getByTestId('diff-words');
    expect(words.querySelector('del')?.textContent).toBe('5');
    // Page text stays text: the markup in it is shown, never parsed.
    expect(words.querySelector('ins')?.textContent).toBe('<b>7</b>');
    expect(words.querySelector('b')).toBeNull();
  });

  it('shows both values whole when the word diff timed out', () => {
    render(<DiffView diff={text(null)} labels={labels} />);
    expect(screen.getByTestId('diff-replaced').textContent).toBe('Thay toàn bộ: 5 ngày 7 ngày');
  });

  it('lists the items only one side has for list fields', () => {
    const diff: FieldDiff = {
      field: 'legalBasis',
      kind: 'list',
      expected: '45/2020/NĐ-CP',
      actual: '107/2021/NĐ-CP',
      parts: null,
      added: ['107/2021/NĐ-CP'],
      removed: ['45/2020/NĐ-CP'],
    };
    const { container } = render(<DiffView diff={diff} labels={labels} />);
    expect(container.querySelector('del')?.textContent).toBe('45/2020/NĐ-CP');
    expect(container.querySelector('ins')?.textContent).toBe('107/2021/NĐ-CP');
  });

  it('says a damaged field is damaged and shows both values as they came, with no word diff', () => {
    const diff: FieldDiff = {
      field: 'name',
      kind: 'damaged',
      expected: 'Cấp Giấy chứng nhận đủ điều kiện',
      actual: 'Cấp Giấy chứng nhận \uFFFD\uFFFDủ điều kiện',
      parts: null,
      added: [],
      removed: [],
    };
    const { container } = render(<DiffView diff={diff} labels={labels} />);
    const shown = screen.getByTestId('diff-damaged');
    expect(shown.textContent).toContain('Chữ bị hỏng');
    expect(shown.textContent).toContain('Trên cổng: Cấp Giấy chứng nhận \uFFFD\uFFFDủ điều kiện');
    expect(container.querySelector('del, ins')).toBeNull();
  });
});
