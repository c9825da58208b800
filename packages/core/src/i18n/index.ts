export * from './api-error-sentences';
export * from './define-messages';
export * from './language';
