export * from './extension/index';
