export * from './change-log';
export * from './decision';
export * from './legal-document';
export * from './office';
export * from './procedure';
export * from './settings';
export * from './snapshot';
export * from './workspace-bundle';
