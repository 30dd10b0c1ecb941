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
    // The one larger chunk is OpenCC's dictionaries, loaded only when a document is first converted.
    chunkSizeWarningLimit: 1300,
    assetsInlineLimit: 0,
  },
});
