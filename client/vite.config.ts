import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The client is built into client/dist and served by the API server on the same port (npm start).
// `npm run dev` runs Vite on its own port and forwards /graphql to the API.
export default defineConfig({
  root: 'client',
  plugins: [react()],
  // No source maps in the production build: the server would otherwise publish the whole client source.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: { proxy: { '/graphql': `http://127.0.0.1:${process.env.PORT ?? 4000}` } },
});
