export * from './dates';
export * from './field-labels';
export * from './numbers';
export * from './vietnam-time';
