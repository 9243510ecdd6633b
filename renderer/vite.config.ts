// Builds the renderer into build/renderer. `base: './'` keeps asset URLs relative so the same build loads
// from file:// in Electron and from the local web host in browser mode.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
// This file configures the build and runs in Node, never in the renderer.
// eslint-disable-next-line no-restricted-imports
import { fileURLToPath } from 'node:url';
// eslint-disable-next-line no-restricted-imports
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  build: {
    outDir: path.resolve(here, '../build/renderer'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
});
