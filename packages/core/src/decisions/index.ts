export * from './deadline-check';
export * from './decision-rule-error';
export * from './issue';
export * from './item-label';
export * from './revision';
export * from './state-machine';
export * from './validate';
export * from './validation-issue';
