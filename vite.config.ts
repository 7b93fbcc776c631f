import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// The app is served from any base path so portal editors can host the build anywhere.
export default defineConfig({
  base: './',
  plugins: [preact()],
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
});
