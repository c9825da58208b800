import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The console is served by the team server (same origin: the session cookie and `/api`). In
 * development Vite serves it on 5173 and hands `/api` to a running server — `niemyet serve`
 * on 127.0.0.1:4173 unless NIEMYET_SERVER names another.
 */
const server = process.env.NIEMYET_SERVER ?? 'http://127.0.0.1:4173';

const EARLY_MODULES = [
  '/src/early-requests-start.ts',
  '/src/api/early-requests.ts',
  '/src/portals/findings-paging.ts',
];

export default defineConfig({
  plugins: [react()],
  // The import worker is a module worker (`{ type: 'module' }`): bundle it as one too.
  worker: { format: 'es' },
  build: {
    rollupOptions: {
      output: {
        // The page's first GETs (src/early-requests-start.ts) in a chunk of their own, which the
        // entry imports first: the browser runs it before the console's other chunks, not after.
        manualChunks: (id) =>
          EARLY_MODULES.some((name) => id.endsWith(name)) ? 'early-requests' : undefined,
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    // changeOrigin off: the server checks Origin against Host on state-changing requests.
    proxy: { '/api': { target: server, changeOrigin: false } },
  },
  preview: { host: '127.0.0.1', port: 4173 },
});
