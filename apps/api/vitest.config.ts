import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Each file starts real servers on real databases; scrypt hashing of the demo users takes a moment.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
