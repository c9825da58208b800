/**
 * The fictional people of the demo: usernames only, no accounts (the demo creates none), so
 * the decisions show who drafted, reviewed and issued them without anyone being able to sign in
 * as them.
 */
export const DEMO_PEOPLE = {
  drafter: 'demo.soanthao',
  colleague: 'demo.chuyenvien',
  reviewer: 'demo.thamdinh',
  legalReviewer: 'demo.phapche',
  issuer: 'demo.lanhdao',
} as const;

export const DEMO_ISSUER = 'Ủy ban nhân dân tỉnh (dữ liệu mẫu)';
export const DEMO_SIGNER = 'Chủ tịch Ủy ban nhân dân tỉnh (dữ liệu mẫu)';
