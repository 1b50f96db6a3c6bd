import { describe, expect, it } from "vitest";
import { friendlyMessage } from "./friendly-message";

// The inputs are zod 4's English messages as it writes them (checked against zod/mini with the en locale).
describe("friendlyMessage", () => {
  it.each([
    {
      name: "a number below its minimum",
      zod: "Too small: expected number to be >=1",
      plain: "Must be at least 1",
    },
    {
      name: "a number above its maximum",
      zod: "Too big: expected number to be <=100",
      plain: "Must be at most 100",
    },
    {
      name: "a positive number",
      zod: "Too small: expected number to be >0",
      plain: "Must be more than 0",
    },
    {
      name: "an exclusive maximum",
      zod: "Too big: expected number to be <5",
      plain: "Must be less than 5",
    },
    {
      name: "a decimal limit",
      zod: "Too big: expected number to be <=37.5",
      plain: "Must be at most 37.5",
    },
    {
      name: "an empty required text",
      zod: "Too small: expected string to have >=1 characters",
      plain: "Required",
    },
    {
      name: "a text too long",
      zod: "Too big: expected string to have <=200 characters",
      plain: "Use at most 200 characters",
    },
    {
      name: "a text too short",
      zod: "Too small: expected string to have >=3 characters",
      plain: "Use at least 3 characters",
    },
    {
      name: "a list too long",
      zod: "Too big: expected array to have <=12 items",
      plain: "List at most 12 items",
    },
    {
      name: "not a whole number",
      zod: "Invalid input: expected int, received number",
      plain: "Enter a whole number",
    },
    {
      name: "not a number",
      zod: "Invalid input: expected number, received string",
      plain: "Enter a number",
    },
    {
      name: "an empty number",
      zod: "Invalid input: expected number, received undefined",
      plain: "Enter a number",
    },
    {
      name: "a missing text",
      zod: "Invalid input: expected string, received undefined",
      plain: "Required",
    },
    {
      name: "a missing choice",
      zod: "Invalid input: expected object, received null",
      plain: "Required",
    },
    {
      name: "a value not among the options",
      zod: 'Invalid option: expected one of "a"|"b"',
      plain: "Choose one of the options",
    },
    { name: "a message written in the schema", zod: "NPI is 10 digits", plain: "NPI is 10 digits" },
    { name: "no message", zod: undefined, plain: "Check this field" },
  ])("$name", ({ zod, plain }) => {
    expect(friendlyMessage(zod)).toBe(plain);
  });
});
