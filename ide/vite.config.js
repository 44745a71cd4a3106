import { defineConfig } from 'vite';

// The API serves these files itself (embedded in the assembly) under /ide/; nothing loads from a CDN.
export default defineConfig({
  base: '/ide/',
  build: {
    outDir: '../api/Ide/assets',
    emptyOutDir: true,
    assetsDir: '',
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
  },
});
