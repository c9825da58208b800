export * from './decision-action';
export * from './document-number';
export * from './level';
export * from './procedure-code';
export * from './vietnamese-date';
