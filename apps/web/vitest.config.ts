import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}"],
    // zod's English messages, as main.tsx installs them in the app.
    setupFiles: ["src/app/zod-locale.ts"],
    // Globals on so Testing Library unmounts between tests by itself.
    globals: true,
  },
});
