import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { renderDocs } from "../scripts/docs-files.js";

describe("generated documentation", () => {
  test.each(renderDocs().map((d) => [d.path.split("/").slice(-2).join("/"), d] as const))(
    "%s is current (run pnpm --filter @tpi/coding gen:docs)",
    (_name, { path, content }) => {
      expect(readFileSync(path, "utf8")).toBe(content);
    },
  );
});
