import { createRequire } from "node:module";
import { dirname } from "node:path";
import pdfmake from "pdfmake";
import type { Content, TDocumentDefinitions, TFontDictionary } from "pdfmake/interfaces";
import { layoutDocument, type Block, type NoteDocument, type Table } from "@tpi/document";

/** Paper sizes the PDF is offered in: US Letter by default, A4 for clinics that file on it. */
export type Paper = "letter" | "a4";

// pdfmake ships Roboto as TTF files; embedding them (rather than the 14 standard PDF fonts) gives
// every character the note may hold (°, µ, accented names) and keeps the text selectable.
const require = createRequire(import.meta.url);
const ROBOTO = require("pdfmake/fonts/Roboto.js") as TFontDictionary;
const FONT_DIR = dirname(require.resolve("pdfmake/fonts/Roboto.js"));
pdfmake.setFonts(ROBOTO);
// The document definition is built here from our own model, but say so anyway: pdfmake may read
// only its own font files, never a path or URL that found its way into note text.
pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR));
pdfmake.setUrlAccessPolicy(() => false);

const GREY = "#555555";

function tableContent(table: Table): Content {
  return {
    table: {
      headerRows: 1,
      // A row is never split across pages, and the header row repeats on the next page.
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths: table.columns.map((_, i) => (table.wrappable.includes(i) ? "*" : "auto")),
      body: [
        // Short headers ("ICD-10-CM") never break; the long columns take the rest of the width.
        table.columns.map((c, i) => ({
          text: c,
          style: "th",
          noWrap: !table.wrappable.includes(i),
        })),
        ...table.rows.map((r) => r.map((cell) => ({ text: cell }))),
      ],
    },
    layout: "lightHorizontalLines",
    style: "table",
  };
}

function blockContent(block: Block): Content {
  switch (block.kind) {
    case "paragraph":
      return { text: block.text, style: "paragraph" };
    case "field":
      return { text: [{ text: `${block.label}: `, bold: true }, block.value], style: "field" };
    case "table":
      return tableContent(block.table);
  }
}

/** The PDF's page header: the patient on every page, and the draft mark on every page of a draft. */
function pageHeader(doc: NoteDocument): Content {
  const h = doc.header;
  return {
    margin: [48, 24, 48, 0],
    columns: [
      {
        text: `${h.patient.name} · DOB ${h.patient.birthDate} · MRN ${h.patient.mrn} · DOS ${h.dateOfService}`,
        fontSize: 8,
        color: GREY,
        width: "*",
      },
      doc.draftMark
        ? {
            text: doc.draftMark,
            width: "auto",
            alignment: "right",
            bold: true,
            color: "#b00020",
            fontSize: 10,
          }
        : { text: "" },
    ],
  };
}

/**
 * Renders the note document as a PDF (pdfmake over PDFKit): the same sections, in the same order and
 * words, as the web's print view and the plain text, since all three walk layoutDocument().
 */
export async function renderPdf(doc: NoteDocument, paper: Paper = "letter"): Promise<Buffer> {
  const sections = layoutDocument(doc);
  const content: Content[] = [
    { text: doc.title, style: "title" },
    ...(doc.draftMark ? [{ text: doc.draftMark, style: "draft" } as Content] : []),
    ...sections.map((s): Content => {
      const hasTable = s.blocks.some((b) => b.kind === "table");
      return {
        stack: [
          ...(s.heading === null
            ? []
            : [{ text: s.heading, style: "heading", headlineLevel: 1 } as Content]),
          ...s.blocks.map(blockContent),
        ],
        // Short sections stay whole; a long table may run on, one whole row at a time.
        unbreakable: !hasTable && s.blocks.length <= 12,
        margin: [0, 0, 0, 8],
      };
    }),
  ];
  const definition: TDocumentDefinitions = {
    pageSize: paper === "a4" ? "A4" : "LETTER",
    pageMargins: [48, 56, 48, 48],
    info: {
      title: `${doc.title}: ${doc.header.patient.name}, ${doc.header.dateOfService}`,
      author: doc.signature?.signer ?? doc.header.renderingProvider.name,
      subject: doc.draftMark ?? "Signed procedure note",
      creator: "TPI Note",
      producer: "TPI Note (pdfmake)",
    },
    header: () => pageHeader(doc),
    footer: (currentPage, pageCount) => ({
      margin: [48, 12, 48, 0],
      columns: [
        { text: `Note ${doc.noteId}`, fontSize: 8, color: GREY },
        {
          text: `Page ${currentPage} of ${pageCount}`,
          alignment: "right",
          fontSize: 8,
          color: GREY,
        },
      ],
    }),
    ...(doc.draftMark
      ? { watermark: { text: doc.draftMark, opacity: 0.08, bold: true, fontSize: 48 } }
      : {}),
    // A heading is never left alone at the foot of a page.
    pageBreakBefore: (node, queries) =>
      node.headlineLevel === 1 && queries.getFollowingNodesOnPage().length === 0,
    content,
    defaultStyle: { font: "Roboto", fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
      draft: { fontSize: 12, bold: true, color: "#b00020", margin: [0, 0, 0, 6] },
      heading: { fontSize: 12, bold: true, margin: [0, 8, 0, 3] },
      paragraph: { margin: [0, 0, 0, 3] },
      field: { margin: [0, 0, 0, 1] },
      table: { margin: [0, 2, 0, 4], fontSize: 9 },
      th: { bold: true },
    },
  };
  return pdfmake.createPdf(definition).getBuffer();
}
