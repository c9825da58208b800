export { en } from './en';
export * from './format';
export * from './translate';
export * from './use-i18n';
export { vi } from './vi';
