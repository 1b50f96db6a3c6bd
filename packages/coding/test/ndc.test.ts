import { describe, expect, test } from "vitest";
import { ndcToEleven } from "../src/engine/ndc.js";

describe("ndcToEleven: the 11-digit 5-4-2 form a claim carries", () => {
  test.each([
    ["4-4-2 gets a leading zero on the labeler", "0003-0293-05", "00003029305"],
    ["5-3-2 gets a leading zero on the product", "12345-678-90", "12345067890"],
    ["5-4-1 gets a leading zero on the package", "12345-6789-0", "12345678900"],
    ["5-4-2 with hyphens loses them", "12345-6789-01", "12345678901"],
    ["11 digits stay as they are", "00003029305", "00003029305"],
  ])("%s: %s -> %s", (_name, ndc, eleven) => {
    expect(ndcToEleven(ndc)).toBe(eleven);
  });

  test.each(["1234-123-1", "0003029305", "abcd-efgh-ij", ""])("%s is no NDC", (ndc) => {
    expect(ndcToEleven(ndc)).toBeUndefined();
  });
});
