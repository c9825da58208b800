export * from './deadline-rules';
export * from './deadlines';
