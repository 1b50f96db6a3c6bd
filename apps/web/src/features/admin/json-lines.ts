/**
 * Reads JSON text and remembers, for every value, the line its key (or array element) starts on, so
 * a schema error's path ("frequency.maxSessions") can be shown at its line in the text the admin
 * typed. A syntax error is reported with its own line and column, in words.
 */

export type JsonLines =
  | { ok: true; value: unknown; lineOf: (path: string) => number }
  | { ok: false; message: string; line: number; column: number };

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export function parseJsonWithLines(text: string): JsonLines {
  const lines = new Map<string, number>();
  let i = 0;

  const lineAt = (offset: number) => {
    let line = 1;
    for (let k = 0; k < offset && k < text.length; k += 1) if (text[k] === "\n") line += 1;
    return line;
  };
  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, at);
  };
  const skipSpace = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i += 1;
  };
  const describe = (at: number) => (at >= text.length ? "the end of the text" : `"${text[at]}"`);

  function parseString(): string {
    const start = i;
    i += 1; // opening quote
    let out = "";
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"') {
        i += 1;
        return out;
      }
      if (ch === "\n") fail("A text value is not closed before the end of the line", start);
      if (ch === "\\") {
        const next = text[i + 1];
        const simple: Record<string, string> = {
          '"': '"',
          "\\": "\\",
          "/": "/",
          b: "\b",
          f: "\f",
          n: "\n",
          r: "\r",
          t: "\t",
        };
        if (next !== undefined && next in simple) {
          out += simple[next];
          i += 2;
          continue;
        }
        if (next === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        fail("An unknown escape in a text value", i);
      }
      out += ch;
      i += 1;
    }
    return fail("A text value is not closed", start);
  }

  function parseValue(path: string): unknown {
    skipSpace();
    const ch = text[i];
    if (ch === "{") return parseObject(path);
    if (ch === "[") return parseArray(path);
    if (ch === '"') return parseString();
    const literal = /^(true|false|null)/.exec(text.slice(i, i + 5));
    if (literal) {
      i += literal[1]!.length;
      return literal[1] === "true" ? true : literal[1] === "false" ? false : null;
    }
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (number) {
      i += number[0].length;
      return Number(number[0]);
    }
    if (ch === "'") return fail('Use double quotes (") around text, not single quotes');
    return fail(`Expected a value, found ${describe(i)}`);
  }

  function parseObject(path: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    i += 1;
    skipSpace();
    if (text[i] === "}") {
      i += 1;
      return out;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"') {
        return fail(
          text[i] === "}"
            ? "A comma before a closing brace: remove the last comma"
            : `Expected a quoted field name, found ${describe(i)}`,
        );
      }
      const keyAt = i;
      const key = parseString();
      const childPath = path === "" ? key : `${path}.${key}`;
      lines.set(childPath, lineAt(keyAt));
      skipSpace();
      if (text[i] !== ":") fail(`Expected ":" after "${key}", found ${describe(i)}`);
      i += 1;
      out[key] = parseValue(childPath);
      skipSpace();
      if (text[i] === ",") {
        i += 1;
        continue;
      }
      if (text[i] === "}") {
        i += 1;
        return out;
      }
      return fail(`Expected "," or "}" after the value of "${key}", found ${describe(i)}`);
    }
  }

  function parseArray(path: string): unknown[] {
    const out: unknown[] = [];
    i += 1;
    skipSpace();
    if (text[i] === "]") {
      i += 1;
      return out;
    }
    for (;;) {
      skipSpace();
      if (text[i] === "]") return fail("A comma before a closing bracket: remove the last comma");
      const childPath = path === "" ? String(out.length) : `${path}.${out.length}`;
      lines.set(childPath, lineAt(i));
      out.push(parseValue(childPath));
      skipSpace();
      if (text[i] === ",") {
        i += 1;
        continue;
      }
      if (text[i] === "]") {
        i += 1;
        return out;
      }
      return fail(`Expected "," or "]" in a list, found ${describe(i)}`);
    }
  }

  try {
    skipSpace();
    if (i >= text.length) fail("The text is empty: paste the profile's JSON");
    const value = parseValue("");
    skipSpace();
    if (i < text.length) fail(`Unexpected ${describe(i)} after the end of the JSON`);
    return {
      ok: true,
      value,
      // The line of the path, or of its nearest parent that is there (a missing field: its object).
      lineOf: (path) => {
        const parts = path === "" ? [] : path.split(".");
        for (let n = parts.length; n > 0; n -= 1) {
          const line = lines.get(parts.slice(0, n).join("."));
          if (line !== undefined) return line;
        }
        return 1;
      },
    };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const before = text.slice(0, error.offset);
    const line = before.split("\n").length;
    const column = error.offset - before.lastIndexOf("\n");
    return { ok: false, message: error.message, line, column };
  }
}
