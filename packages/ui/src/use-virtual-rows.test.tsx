import { cleanup, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SpacerRow } from './SpacerRow';
import { useVirtualRows } from './use-virtual-rows';

function Table({ count, virtualiseAbove }: { count: number; virtualiseAbove: number }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = Array.from({ length: count }, (_, i) => i);
  const { shown, padTop, padBottom, virtual } = useVirtualRows({
    rows,
    scrollRef,
    rowHeight: 30,
    virtualiseAbove,
    initialRect: { width: 800, height: 300 },
  });
  return (
    <div ref={scrollRef} data-virtual={virtual}>
      <table>
        <tbody>
          <SpacerRow height={padTop} columns={1} />
          {shown.map((i) => (
            <tr key={i} data-testid="row">
              <td>{i}</td>
            </tr>
          ))}
          <SpacerRow height={padBottom} columns={1} />
        </tbody>
      </table>
    </div>
  );
}

describe('useVirtualRows', () => {
  afterEach(cleanup);

  // happy-dom lays nothing out: the scrolling element gets the size a screen would give it.
  const size = (name: 'clientHeight' | 'clientWidth', value: number) =>
    Object.defineProperty(HTMLElement.prototype, name, {
      configurable: true,
      get(this: HTMLElement) {
        return this.dataset.virtual === undefined ? 0 : value;
      },
    });
  beforeAll(() => {
    size('clientHeight', 300);
    size('clientWidth', 800);
  });
  afterAll(() => {
    Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
    Reflect.deleteProperty(HTMLElement.prototype, 'clientWidth');
  });

  it('renders every row of a short table', () => {
    render(<Table count={40} virtualiseAbove={150} />);
    expect(screen.getAllByTestId('row')).toHaveLength(40);
  });

  it('renders a screenful of a long one, with a spacer for the rest', async () => {
    const { container } = render(<Table count={20_000} virtualiseAbove={150} />);
    const shown = (await screen.findAllByTestId('row')).length;
    expect(shown).toBeGreaterThan(5);
    expect(shown).toBeLessThan(40);
    const spacer = container.querySelector('tr.spacer td') as HTMLElement;
    expect(Number.parseInt(spacer.style.height, 10)).toBe((20_000 - shown) * 30);
  });
});
