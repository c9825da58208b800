export * from './page-enumeration';
export * from './pull-runner';
export * from './pull-state';
