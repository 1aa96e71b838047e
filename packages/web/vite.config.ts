import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// The API runs beside the app in production (the server serves dist/); in dev, proxy to it.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [vue()],
  server: { proxy: { '/api': process.env.BATON_API ?? 'http://127.0.0.1:3000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // A manifest lets the browser test check which chunks each route loads.
    manifest: true,
  },
});
