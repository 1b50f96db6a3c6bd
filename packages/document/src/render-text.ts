import type { Block, DocumentSection, Table } from "./layout.js";
import { layoutDocument } from "./layout.js";
import type { NoteDocument } from "./model.js";
import { wrap } from "./wrap.js";

/** The width of a plain-text export: fits an 80-column EHR text box with a margin. */
export const DEFAULT_TEXT_WIDTH = 78;
const GAP = "  ";
const MIN_WRAPPED_COLUMN = 12;

/** Column widths: natural widths, then the widest wrappable column narrowed until the table fits. */
function columnWidths(table: Table, width: number): number[] {
  const widths = table.columns.map((c, i) =>
    Math.max(c.length, ...table.rows.map((r) => (r[i] ?? "").length)),
  );
  if (width <= 0) return widths;
  const total = () => totalWidth(widths);
  while (total() > width) {
    const widest = table.wrappable
      .filter((i) => (widths[i] ?? 0) > MIN_WRAPPED_COLUMN)
      .sort((a, b) => (widths[b] ?? 0) - (widths[a] ?? 0))[0];
    if (widest === undefined) break;
    widths[widest] = Math.max(MIN_WRAPPED_COLUMN, (widths[widest] ?? 0) - (total() - width));
  }
  return widths;
}

const totalWidth = (widths: readonly number[]) =>
  widths.reduce((a, b) => a + b, 0) + GAP.length * (widths.length - 1);

/** A table too wide even with its long columns wrapped: each row as "Column: value; ..." lines. */
function stackedLines(table: Table, width: number): string[] {
  return table.rows.flatMap((r) =>
    wrap(
      r.map((cell, i) => `${table.columns[i] ?? ""}: ${cell === "" ? "-" : cell}`).join("; "),
      width,
    ),
  );
}

function tableLines(table: Table, width: number): string[] {
  const widths = columnWidths(table, width);
  if (width > 0 && totalWidth(widths) > width) return stackedLines(table, width);
  const row = (cells: readonly string[]) => {
    const wrapped = cells.map((c, i) => wrap(c, width <= 0 ? 0 : (widths[i] ?? 0)));
    const height = Math.max(...wrapped.map((w) => w.length));
    return Array.from({ length: height }, (_, line) =>
      wrapped
        .map((w, i) => (w[line] ?? "").padEnd(widths[i] ?? 0))
        .join(GAP)
        .trimEnd(),
    );
  };
  return [...row(table.columns), ...table.rows.flatMap(row)];
}

function blockLines(block: Block, width: number): string[] {
  switch (block.kind) {
    case "paragraph":
      return wrap(block.text, width);
    case "field":
      return wrap(`${block.label}: ${block.value}`, width);
    case "table":
      return tableLines(block.table, width);
  }
}

function sectionLines(section: DocumentSection, width: number): string[] {
  return [
    ...(section.heading === null ? [] : [section.heading]),
    ...section.blocks.flatMap((b) => blockLines(b, width)),
  ];
}

/**
 * The note as plain text for pasting into another EHR: no markup, sections separated by one blank
 * line, no line longer than `width` (78 by default; 0 leaves line breaking to the receiving system).
 */
export function renderText(doc: NoteDocument, width: number = DEFAULT_TEXT_WIDTH): string {
  const top = [...wrap(doc.title, width), ...(doc.draftMark ? wrap(doc.draftMark, width) : [])];
  const sections = layoutDocument(doc).map((s) => sectionLines(s, width).join("\n"));
  return [top.join("\n"), ...sections].join("\n\n") + "\n";
}
