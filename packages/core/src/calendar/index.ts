export * from './default-adjustments';
export * from './holidays';
export * from './lunar';
export * from './working-days';
