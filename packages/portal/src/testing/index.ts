/**
 * `@niemyet/portal/testing`: the hand-built provincial portal layouts, for tests, the
 * benchmark, the portal simulator and the extension's tests. Never imported by product code
 * (the package's index does not export it). The local HTTP server of the pull tests
 * (`./local-http`, Node only) stays out of it: the extension's tests import this barrel too.
 */
export * from './layouts/index';
