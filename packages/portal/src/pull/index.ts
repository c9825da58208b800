export * from './page-enumeration';
export * from './pull-audit';
export * from './pull-runner';
export * from './pull-state';
export * from './rest-listing';
