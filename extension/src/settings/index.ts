export * from './setting';
export * from './settings';
