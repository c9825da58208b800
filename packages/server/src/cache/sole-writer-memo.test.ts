import { describe, expect, it } from 'vitest';
import { SoleWriterMemo } from './sole-writer-memo';

const lan = {
  username: 'lan',
  roles: ['drafter' as const],
  expiresAt: new Date(1e13),
  lastSeenAt: new Date(0),
};

describe('the sole writer memo', () => {
  it('keeps what a read found until a write forgets it', () => {
    const memo = new SoleWriterMemo();
    memo.rememberSession(memo.mark(), 'h1', lan);
    memo.rememberKey(memo.mark(), '1:0:');
    expect(memo.session('h1')).toEqual(lan);
    expect(memo.key()).toBe('1:0:');
    memo.forget();
    expect(memo.session('h1')).toBeUndefined();
    expect(memo.key()).toBeNull();
  });

  it('does not keep a value read while a write was under way', () => {
    const memo = new SoleWriterMemo();
    const before = memo.mark();
    // The read started, then a write committed and forgot, then the read came back.
    memo.forget();
    memo.rememberSession(before, 'h1', lan);
    memo.rememberKey(before, '1:0:');
    expect(memo.session('h1')).toBeUndefined();
    expect(memo.key()).toBeNull();
  });
});
