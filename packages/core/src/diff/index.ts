export * from './field-diff';
export * from './word-diff';
