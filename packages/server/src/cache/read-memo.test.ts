import { describe, expect, it } from 'vitest';
import { ReadMemo } from './read-memo';

const lan = {
  username: 'lan',
  roles: ['drafter' as const],
  expiresAt: new Date(1e13),
  lastSeenAt: new Date(0),
};

describe('the read memo', () => {
  it('keeps what a read found until a write forgets it', () => {
    const memo = new ReadMemo();
    memo.rememberSession(memo.mark('sessions'), 'h1', lan);
    memo.rememberKey(memo.mark('catalogue'), '1:0:');
    expect(memo.session('h1')).toEqual(lan);
    expect(memo.key()).toBe('1:0:');
    memo.forget();
    expect(memo.session('h1')).toBeUndefined();
    expect(memo.key()).toBeNull();
  });

  it('does not keep a value read while a write was under way', () => {
    const memo = new ReadMemo();
    const sessionsBefore = memo.mark('sessions');
    const catalogueBefore = memo.mark('catalogue');
    // The read started, then a write committed and forgot, then the read came back.
    memo.forget();
    memo.rememberSession(sessionsBefore, 'h1', lan);
    memo.rememberKey(catalogueBefore, '1:0:');
    expect(memo.session('h1')).toBeUndefined();
    expect(memo.key()).toBeNull();
  });

  it('keeps the parts a write declared it leaves alone, and only those', () => {
    const memo = new ReadMemo();
    memo.rememberSession(memo.mark('sessions'), 'h1', lan);
    memo.rememberKey(memo.mark('catalogue'), '1:0:');
    memo.forget([]);
    expect(memo.session('h1')).toEqual(lan);
    expect(memo.key()).toBe('1:0:');
    const catalogueBefore = memo.mark('catalogue');
    const sessionsBefore = memo.mark('sessions');
    memo.forget(['catalogue']);
    expect(memo.session('h1')).toEqual(lan);
    expect(memo.key()).toBeNull();
    // A catalogue read begun before that write is not kept; a session read is.
    memo.rememberKey(catalogueBefore, '1:1:abc');
    memo.rememberSession(sessionsBefore, 'h2', lan);
    expect(memo.key()).toBeNull();
    expect(memo.session('h2')).toEqual(lan);
  });

  it('remembers nothing while distrusted, and starts afresh when trusted again', () => {
    const memo = new ReadMemo(false);
    memo.rememberSession(memo.mark('sessions'), 'h1', lan);
    memo.rememberKey(memo.mark('catalogue'), '1:0:');
    expect(memo.session('h1')).toBeUndefined();
    expect(memo.key()).toBeNull();

    const readBeforeTrust = memo.mark('sessions');
    memo.trust();
    // A read begun while distrusted may predate a write nobody announced: not kept.
    memo.rememberSession(readBeforeTrust, 'h1', lan);
    expect(memo.session('h1')).toBeUndefined();
    memo.rememberSession(memo.mark('sessions'), 'h1', lan);
    expect(memo.session('h1')).toEqual(lan);

    memo.distrust();
    expect(memo.isTrusted).toBe(false);
    expect(memo.session('h1')).toBeUndefined();
    memo.trust();
    expect(memo.session('h1')).toBeUndefined(); // held before the outage: dropped
  });

  it('keeps the workspace documents until the documents part is forgotten', () => {
    const memo = new ReadMemo();
    const documents = { settings: { calendarAdjustments: [], deadlineRules: [] }, legalDocuments: [] };
    const before = memo.mark('documents');
    memo.forget(['documents']);
    memo.rememberDocuments(before, documents); // read while a write was under way
    expect(memo.documents()).toBeNull();
    memo.rememberDocuments(memo.mark('documents'), documents);
    memo.forget(['sessions', 'catalogue']);
    expect(memo.documents()).toBe(documents);
    memo.forget(['documents']);
    expect(memo.documents()).toBeNull();
  });
});
