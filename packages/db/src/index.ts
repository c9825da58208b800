export * from './console/index';
export * from './extension/index';
export * from './migrations/index';
