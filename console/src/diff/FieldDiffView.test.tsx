// @vitest-environment happy-dom
import { makeProcedureFields } from '@niemyet/core';
import { cleanup, render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../i18n/language';
import { FieldDiffList, useFieldDiffs } from './FieldDiffView';

afterEach(cleanup);

const before = makeProcedureFields({
  code: '1.000001',
  name: 'Đăng ký khai sinh',
  processingTime: '05 ngày làm việc',
  legalBasis: [{ number: '123/2015/NĐ-CP' }],
});

describe('field diffs', () => {
  it('shows a text change word by word and a list change as entries removed and added', () => {
    const after = {
      processingTime: '03 ngày làm việc',
      legalBasis: [{ number: '87/2020/NĐ-CP', title: null, issuedOn: null, issuer: null }],
    };
    const { result } = renderHook(() => useFieldDiffs(before, after));
    render(
      <LanguageProvider>
        <FieldDiffList diffs={result.current} />
      </LanguageProvider>,
    );
    const rows = screen.getAllByTestId('field-diff');
    expect(rows.map((row) => row.dataset.field)).toEqual(['processingTime', 'legalBasis']);
    expect(rows[0]!.querySelector('dt')!.textContent).toBe('Thời hạn giải quyết');
    expect(rows[0]!.querySelector('del')!.textContent).toContain('05');
    expect(rows[0]!.querySelector('ins')!.textContent).toContain('03');
    expect([...rows[1]!.querySelectorAll('del')].map((d) => d.textContent)).toEqual(['123/2015/NĐ-CP']);
    expect([...rows[1]!.querySelectorAll('ins')].map((d) => d.textContent)).toEqual(['87/2020/NĐ-CP']);
  });

  it('shows every field of a new procedure as added', () => {
    const { result } = renderHook(() => useFieldDiffs(null, { name: 'Cấp phép mới', levels: ['province'] }));
    expect(result.current.map((d) => [d.field, d.kind])).toEqual([
      ['name', 'text'],
      ['levels', 'list'],
    ]);
    expect(result.current[1]!.added).toEqual(['province']);
  });

  it('renders hostile wording as text, never as markup', () => {
    const { result } = renderHook(() => useFieldDiffs(before, { name: '<img src=x onerror=alert(1)>' }));
    const { container } = render(
      <LanguageProvider>
        <FieldDiffList diffs={result.current} />
      </LanguageProvider>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
