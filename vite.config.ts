import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer: browser code only. Built to dist/renderer, with relative URLs so that the same
// build loads from the browser shell's origin and from Electron's app:// protocol.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
    assetsInlineLimit: 0,
  },
});
