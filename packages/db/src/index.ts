export * from './console/index';
export * from './extension/index';
