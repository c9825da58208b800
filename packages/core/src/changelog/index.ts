export * from './chain';
export * from './content-hash';
export * from './decisions-vs-chain';
export * from './messages';
