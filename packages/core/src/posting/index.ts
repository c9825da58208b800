export * from './office-procedures';
export * from './portal-link';
export * from './posting-sheet';
export * from './reposting-checklist';
export * from './submission-channels';
