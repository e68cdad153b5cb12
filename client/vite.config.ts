import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const from = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The client is built into client/dist and served by the API server on the same port (npm start).
// `npm run dev` runs Vite on its own port and forwards /graphql to the API. Of the server's code the client may
// import only the pure rules in server/src/domain (see client/src/lib/domain.ts); the dev server serves nothing
// else from outside client/.
export default defineConfig({
  root: 'client',
  plugins: [react()],
  // No source maps in the production build: the server would otherwise publish the whole client source.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: {
    proxy: { '/graphql': `http://127.0.0.1:${process.env.PORT ?? 4000}` },
    fs: {
      allow: [
        from('.'),
        from('../server/src/domain'),
        from('../server/src/generated/enums.ts'),
        from('../node_modules'),
      ],
    },
  },
});
