// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FIRST_CONTENT_WAIT_MS,
  FirstContentProvider,
  useFirstContentCommitted,
  useFirstContentShown,
} from './first-content';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function Deferred() {
  return <p data-testid="deferred">{useFirstContentShown() ? 'shown' : 'waiting'}</p>;
}

function Screen({ ready }: { ready: boolean }) {
  useFirstContentCommitted(ready);
  return null;
}

const state = () => screen.getByTestId('deferred').textContent;
/** A frame and the task after it (`afterNextPaint`). */
const aPaint = () => act(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5))));

describe('what waits for the first content', () => {
  it('comes once the screen’s first content is committed and painted, and stays', async () => {
    const { rerender } = render(
      <FirstContentProvider waitForScreen>
        <Deferred />
        <Screen ready={false} />
      </FirstContentProvider>,
    );
    await aPaint();
    await aPaint();
    expect(state()).toBe('waiting');
    rerender(
      <FirstContentProvider waitForScreen>
        <Deferred />
        <Screen ready />
      </FirstContentProvider>,
    );
    expect(state()).toBe('waiting');
    await aPaint();
    expect(state()).toBe('shown');
    // A later screen (a navigation) does not make it wait again.
    rerender(
      <FirstContentProvider waitForScreen={false}>
        <Deferred />
        <Screen ready={false} />
      </FirstContentProvider>,
    );
    expect(state()).toBe('shown');
  });

  it('comes after the first paint on a screen that does not wait', async () => {
    render(
      <FirstContentProvider waitForScreen={false}>
        <Deferred />
      </FirstContentProvider>,
    );
    expect(state()).toBe('waiting');
    await aPaint();
    expect(state()).toBe('shown');
  });

  it('comes anyway when the screen never says its content is in', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    render(
      <FirstContentProvider waitForScreen>
        <Deferred />
      </FirstContentProvider>,
    );
    await act(() => vi.advanceTimersByTimeAsync(FIRST_CONTENT_WAIT_MS - 1));
    expect(state()).toBe('waiting');
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(state()).toBe('shown');
  });

  it('never waits outside a provider (a screen rendered alone)', () => {
    render(<Deferred />);
    expect(state()).toBe('shown');
  });
});
