export { en } from './en';
export * from './format';
export * from './messages';
export * from './use-i18n';
export { vi } from './vi';
