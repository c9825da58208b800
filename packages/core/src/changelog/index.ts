export * from './chain';
export * from './change-log-filter';
export * from './change-log-rows';
export * from './content-hash';
export * from './decisions-vs-chain';
export * from './messages';
