import { describe, expect, test } from "vitest";
import { codeNote } from "../src/engine/code-note.js";
import { ctx } from "./engine-context.js";
import { RULE_CASES, ruleShows } from "./rule-cases.js";

describe("rule cases", () => {
  test.each(
    RULE_CASES.map(
      (c) => [`${c.ruleId} ${c.fires ? "fires" : "does not fire"}: ${c.name}`, c] as const,
    ),
  )("%s", (_name, c) => {
    const result = codeNote(c.note, c.context ?? ctx);
    expect(ruleShows(result, c.ruleId, c.where)).toBe(c.fires);
    c.check?.(result);
  });
});
