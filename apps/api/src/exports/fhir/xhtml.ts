import type { DocumentSection } from "@tpi/document";

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A document section as FHIR narrative XHTML: the same words as the print view and the PDF. */
export function sectionXhtml(section: DocumentSection): string {
  const body = section.blocks
    .map((b) => {
      switch (b.kind) {
        case "paragraph":
          return `<p>${escape(b.text)}</p>`;
        case "field":
          return `<p><b>${escape(b.label)}:</b> ${escape(b.value)}</p>`;
        case "table": {
          const head = b.table.columns.map((c) => `<th>${escape(c)}</th>`).join("");
          const rows = b.table.rows
            .map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join("")}</tr>`)
            .join("");
          return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
        }
      }
    })
    .join("");
  return `<div xmlns="http://www.w3.org/1999/xhtml">${body}</div>`;
}
