// Built by npm run bench only, with the Vite and React plugin of the Centricity checkout
// (the same bundler and settings as the app, so the comparison is of the code shipped).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022', outDir: process.env.PEER_BUILD_DIR ?? 'dist', sourcemap: false },
});
