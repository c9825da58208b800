export * from './audit-report';
export * from './audit-schemas';
export * from './catalogue-index';
export * from './listing-audit';
export * from './name-candidates';
export * from './snapshot-index';
