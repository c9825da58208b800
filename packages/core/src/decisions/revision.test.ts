import { describe, expect, it } from 'vitest';
import { makeDecision, makeItem } from '../testing/builders';
import { decisionRevisionHash } from './revision';

describe('decisionRevisionHash', () => {
  const base = makeDecision({ state: 'draft', items: [makeItem({ action: 'new' })] });

  it('is a 64-hex SHA-256 that is stable for equal content', () => {
    const hash = decisionRevisionHash(base);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(decisionRevisionHash(structuredClone(base))).toBe(hash);
  });

  it('ignores workflow state, approvals, transitions, revision and author', () => {
    const moved = makeDecision({
      ...base,
      state: 'approved',
      author: 'someone-else',
      revision: 7,
      revisionHash: 'whatever',
      approvals: [{ reviewer: 'r', revisionHash: 'x', at: '2024-01-01T00:00:00Z', comment: null }],
      transitions: [
        { from: 'draft', to: 'in_review', actor: 'a', at: '2024-01-01T00:00:00Z', comment: null },
      ],
    });
    expect(decisionRevisionHash(moved)).toBe(decisionRevisionHash(base));
  });

  it.each([
    ['number', { number: '2/QĐ-UBND' }],
    ['title', { title: 'Công bố danh mục' }],
    ['issuer', { issuer: 'UBND tỉnh Sơn La' }],
    ['signer', { signer: 'Bùi Văn Khánh' }],
    ['signedOn', { signedOn: '2024-01-02' }],
    ['effectiveOn', { effectiveOn: '2024-01-02' }],
    ['scope', { scope: { agency: 'Sở Tư pháp', fields: [], levels: [] } }],
    ['items', { items: [makeItem({ action: 'abolished' })] }],
    ['legalBasis', { legalBasis: [{ number: '63/2010/NĐ-CP', title: null, issuedOn: null, issuer: null }] }],
    [
      'attachments',
      { attachments: [{ name: 'qd.pdf', mediaType: 'application/pdf', size: 1, sha256: 'ab' }] },
    ],
  ])('changes when %s changes', (_field, patch) => {
    expect(decisionRevisionHash({ ...base, ...patch })).not.toBe(decisionRevisionHash(base));
  });
});
