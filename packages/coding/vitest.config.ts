import { configDefaults, defineConfig } from "vitest/config";

/**
 * The package's tests. StrykerJS copies the package into .stryker-tmp/sandbox-* while it runs (and a
 * stopped run leaves the copy behind): its test files are never this package's tests.
 */
export default defineConfig({
  test: {
    exclude: [...configDefaults.exclude, "**/.stryker-tmp/**"],
  },
});
