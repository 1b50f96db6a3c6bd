import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}"],
    // zod's English messages, as main.tsx installs them in the app; two select properties happy-dom
    // lacks and react-hook-form reads (see the file).
    setupFiles: ["src/app/zod-locale.ts", "src/testing/happy-dom-select.ts"],
    // Globals on so Testing Library unmounts between tests by itself.
    globals: true,
    // Components render with the real engine and code sets; on CI's two shared cores a file's first
    // test can take seconds. Speed is measured by the UI bench, not by a time limit here.
    testTimeout: 30_000,
  },
});
