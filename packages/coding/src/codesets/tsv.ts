/** Splits a TSV text into rows of fields, checking the header names the columns we expect. */
export function parseTsv(
  text: string,
  expectedHeader: readonly string[],
  what: string,
): string[][] {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? "").split("\t");
  for (const [i, name] of expectedHeader.entries()) {
    if (header[i] !== name) {
      throw new Error(`${what}: column ${i + 1} should be "${name}" but is "${header[i] ?? ""}"`);
    }
  }
  const rows: string[][] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined || line === "") continue;
    rows.push(line.split("\t"));
  }
  return rows;
}
