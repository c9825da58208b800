// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '../i18n/language';
import { MemoryStorage } from '../testing/render-console';
import { ScreenFailed, ScreenPending } from './RouteStates';

afterEach(cleanup);

describe('a screen in the router', () => {
  it('that failed says why in Vietnamese and offers to reload the page', () => {
    const reload = vi.fn();
    render(
      <LanguageProvider storage={new MemoryStorage()}>
        <ScreenFailed
          error={new Error('Failed to fetch dynamically imported module')}
          reset={() => {}}
          reload={reload}
        />
      </LanguageProvider>,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'Không hiển thị được màn hình này: Failed to fetch dynamically imported module',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tải lại trang' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('still coming says so', () => {
    render(
      <LanguageProvider storage={new MemoryStorage()}>
        <ScreenPending />
      </LanguageProvider>,
    );
    expect(screen.getByRole('status').textContent).toBe('Đang tải màn hình…');
  });
});
