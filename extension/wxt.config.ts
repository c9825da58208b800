import { defineConfig } from 'wxt';

// The store build asks for nothing up front beyond the national portal; provincial portals
// are granted at run time (optional host permissions). The `test` mode adds loopback so the
// Playwright suites and the portal simulator need no permission prompt.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ mode }) => ({
    name: 'Niêm yết',
    description: 'Đối chiếu thủ tục hành chính niêm yết trên cổng dịch vụ công với danh mục đã rà soát.',
    default_locale: undefined,
    permissions: ['storage'],
    host_permissions: [
      'https://dichvucong.gov.vn/*',
      'https://thutuc.dichvucong.gov.vn/*',
      ...(mode === 'test' ? ['http://127.0.0.1/*', 'http://localhost/*'] : []),
    ],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
  }),
});
