import { Hono, type Context } from "hono";
import { renderText } from "@tpi/document";
import { NoteDocumentSchema, NotePdfQuerySchema, NoteTextQuerySchema } from "@tpi/schemas";
import { audit } from "../audit/audit-context.js";
import type { AppEnv } from "../http/app-env.js";
import { notFound, problem, validationProblem } from "../http/problem.js";
import type { RouteDeps } from "../routes/route-deps.js";
import { exportFileName } from "./file-name.js";
import { loadNoteExport, type NoteExport } from "./note-document.js";
import { noteBundle } from "./fhir/note-bundle.js";
import { renderPdf } from "./render-pdf.js";

type Loaded = { ok: true; value: NoteExport } | { ok: false; response: Response };

/**
 * Who may take which note out of the app: the assistant and the physician any note they can read, a
 * coder only a signed one (coders work from the signed record), an admin none (no chart access).
 */
function refusal(c: Context<AppEnv>, e: NoteExport): Response | null {
  const { role } = c.get("user");
  const allowed =
    role === "medical-assistant" ||
    role === "physician" ||
    (role === "coder" && (e.record.status === "signed" || e.record.status === "coded"));
  return allowed
    ? null
    : problem(c, {
        type: "/problems/forbidden",
        title: "Not allowed for this role",
        status: 403,
        detail:
          role === "coder"
            ? "Coders export signed notes only."
            : "Exports of notes are for the clinical roles.",
      });
}

async function load(deps: RouteDeps, c: Context<AppEnv>): Promise<Loaded> {
  const value = await loadNoteExport(deps.db, c.req.param("id") ?? "");
  if (value === undefined) return { ok: false, response: notFound(c, "No note with this id.") };
  const refused = refusal(c, value);
  return refused ? { ok: false, response: refused } : { ok: true, value };
}

/** The audit row of one export: which note, whose, in which format and in which state. */
function exportFacts(e: NoteExport, format: string) {
  return {
    action: "note.export",
    noteId: e.record.id,
    patientId: e.patient.id,
    detail: { format, status: e.record.status },
  };
}

/** The note leaving the app: plain text for another EHR, and the PDF (also the appeal packet). */
export function noteExportRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  // The document model itself, for the web's print view: the same value the text and PDF render.
  app.get("/:id/document", async (c) => {
    const loaded = await load(deps, c);
    if (!loaded.ok) return loaded.response;
    audit(c, exportFacts(loaded.value, "print-view"));
    return c.json(NoteDocumentSchema.parse(loaded.value.document));
  });

  app.get("/:id/text", async (c) => {
    const query = NoteTextQuerySchema.safeParse(c.req.query());
    if (!query.success) return validationProblem(c, query.error, "The text options are not valid.");
    const loaded = await load(deps, c);
    if (!loaded.ok) return loaded.response;
    audit(c, exportFacts(loaded.value, "text"));
    return c.text(renderText(loaded.value.document, query.data.width), 200, {
      "Content-Type": "text/plain; charset=utf-8",
    });
  });

  app.get("/:id/pdf", async (c) => {
    const query = NotePdfQuerySchema.safeParse(c.req.query());
    if (!query.success) return validationProblem(c, query.error, "The PDF options are not valid.");
    const loaded = await load(deps, c);
    if (!loaded.ok) return loaded.response;
    audit(c, exportFacts(loaded.value, "pdf"));
    const pdf = await renderPdf(loaded.value.document, query.data.paper);
    return c.body(new Uint8Array(pdf), 200, {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${exportFileName(loaded.value, "pdf")}"`,
    });
  });

  app.get("/:id/fhir", async (c) => {
    const loaded = await load(deps, c);
    if (!loaded.ok) return loaded.response;
    audit(c, exportFacts(loaded.value, "fhir"));
    const pdf = await renderPdf(loaded.value.document);
    const bundle = noteBundle(loaded.value, { pdfBase64: pdf.toString("base64"), now: deps.now() });
    return c.body(JSON.stringify(bundle), 200, {
      "Content-Type": "application/fhir+json; fhirVersion=4.0",
    });
  });

  return app;
}
