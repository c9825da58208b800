export * from './dates/iso-date';
export * from './hashing/canonical-json';
export * from './model/index';
export * from './text/normalize';
