import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';

// The API runs beside the app in production (the server serves dist/); in dev, proxy to it.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [
    vue(),
    // Element Plus components and directives (v-loading) are imported where a template uses them,
    // so each page's chunk carries its own and the entry only the shell's. Its CSS stays one file
    // (main.ts); our own components are always imported by hand.
    Components({ resolvers: [ElementPlusResolver({ importStyle: false })], dirs: [], dts: false }),
  ],
  server: { proxy: { '/api': process.env.BATON_API ?? 'http://127.0.0.1:3000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // A manifest lets the browser test check which chunks each route loads.
    manifest: true,
  },
});
