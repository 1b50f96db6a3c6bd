import { configDefaults, defineConfig } from "vitest/config";

/**
 * The package's tests. StrykerJS copies the package into .stryker-tmp/sandbox-* while it runs (and a
 * stopped run leaves the copy behind): its test files are never this package's tests.
 */
export default defineConfig({
  test: {
    exclude: [...configDefaults.exclude, "**/.stryker-tmp/**"],
    // Property tests run hundreds of notes through the engine: seconds on a quiet machine, more on
    // CI's two shared cores. A time limit is not what they test (the benches measure speed).
    testTimeout: 60_000,
  },
});
