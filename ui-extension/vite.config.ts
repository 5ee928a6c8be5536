import { defineConfig } from 'vitest/config';

// The app is served by telerad.war under /telerad/ (files from the ui-extension jar's META-INF/resources).
// `npm run dev` proxies the APIs to the dev stack on 8080.
export default defineConfig({
  root: 'src/main/web',
  base: '/telerad/',
  publicDir: false,
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: '../../../target/classes/META-INF/resources',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 200,
  },
  server: {
    port: 5173,
    proxy: { '/telerad/api': 'http://127.0.0.1:8080', '/telerad/rs': 'http://127.0.0.1:8080',
      '/telerad/ui-config.json': 'http://127.0.0.1:8080' },
  },
  test: {
    root: '.',
    include: ['src/test/web/**/*.test.ts'],
    environment: 'node',
  },
});
