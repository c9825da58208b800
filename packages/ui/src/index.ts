// Shared React components of the extension's pages and the console (DESIGN §3: `ui`).
export * from './DiffView';
export * from './download';
export * from './SpacerRow';
export * from './use-virtual-rows';
