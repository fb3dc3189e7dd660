import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The page is served by `leakhound serve` from dist/web; `npm run dev:web` proxies the API to a running server.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The polyfill would be an inline script, which the Content-Security-Policy forbids (and browsers of es2022 need none).
    modulePreload: { polyfill: false },
    // The detection engine (gazetteer, name lists) is one chunk, loaded only by the scan page's worker.
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
