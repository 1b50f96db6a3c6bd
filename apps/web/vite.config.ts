import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The API (apps/api) serves the built app in production; in `pnpm dev` Vite proxies /api to it so the
// session cookie stays same-origin.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { "/api": { target: "http://127.0.0.1:3000", changeOrigin: false } },
  },
  build: {
    // The budget is checked on gzip size in the report; warn early on anything unusually large.
    chunkSizeWarningLimit: 400,
    // dist/.vite/manifest.json: which chunks each route loads, for the size budget (scripts/route-size.mjs).
    manifest: true,
    rolldownOptions: {
      treeshake: {
        // Our workspace packages are pure modules reached through one index file. Saying so lets the
        // bundler keep the coding engine (needed only by the lazily loaded code panel) out of the form's
        // chunk, which only uses the muscle and agent catalogs.
        moduleSideEffects: [
          { test: /\/packages\/(coding|schemas|document)\/src\//, sideEffects: false },
        ],
      },
    },
  },
});
