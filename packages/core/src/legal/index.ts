export * from './campaign-progress';
export * from './citation-index';
export * from './cited-only';
export * from './document-status';
export * from './impact';
export * from './legal-basis-flags';
export * from './registry';
export * from './review-tasks';
