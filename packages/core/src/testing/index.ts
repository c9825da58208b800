/**
 * `@niemyet/core/testing`: builders and fakes for tests of core and of the packages and apps
 * built on it. Never imported by product code (the package's index does not export it).
 */
export { makeDecision, makeItem, makeVersion } from './builders';
export { FakeBridgeWindow } from './fake-bridge-window';
export * from './legal-builders';
