export * from './bundle-merge';
export * from './console-bridge';
export * from './csv-issue';
export * from './csv-records';
export * from './decision-list/index';
export * from './encoding/index';
