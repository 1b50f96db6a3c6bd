import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The first test of a file parses the real code sets (the engine codes each case study): seconds
    // on CI's two shared cores. A time limit is not what these tests check.
    testTimeout: 60_000,
  },
});
