/**
 * The national portal's hosts: built in, granted at install (host_permissions), with the
 * content script declared in the manifest. wxt.config.ts builds the manifest from this list.
 */
export const NATIONAL_PORTAL_HOSTS = ['dichvucong.gov.vn', 'thutuc.dichvucong.gov.vn'] as const;

export const NATIONAL_PORTAL_MATCHES = NATIONAL_PORTAL_HOSTS.map((host) => `https://${host}/*`);

/** Loopback, only in the test build (`wxt build --mode test`): the simulator and Playwright. */
export const TEST_LOOPBACK_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
