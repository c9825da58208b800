/** Where the Playwright suites serve the built console (vite preview). */
export const CONSOLE_TEST_URL = 'http://127.0.0.1:4183';
