import { useFormContext, useFormState, useWatch } from "react-hook-form";
import { fieldDomId } from "../../shared/field-id";
import { useCodingResultValue } from "../../shared/coding-result";
import { StatusMark } from "../../shared/ui/status-mark";
import type { NoteFormValues } from "./form-types";
import "./section-navigator.css";

/** The form's sections in visit order, with the note keys each holds. */
export const FORM_SECTIONS: readonly { path: string; title: string; keys: readonly string[] }[] = [
  {
    path: "encounter",
    title: "Patient and encounter",
    keys: ["dateOfService", "payerProfileId", "placeOfService", "renderingProvider"],
  },
  { path: "history", title: "History", keys: ["history"] },
  { path: "vitals", title: "Vitals", keys: ["vitals"] },
  { path: "findings", title: "Exam findings", keys: ["findings"] },
  { path: "conservativeCare", title: "Conservative care tried", keys: ["conservativeCare"] },
  { path: "diagnoses", title: "Diagnoses", keys: ["diagnoses"] },
  { path: "consent", title: "Consent", keys: ["consent"] },
  { path: "procedure", title: "Procedure performed", keys: ["procedure"] },
  { path: "sameDayEm", title: "Same-day E/M service", keys: ["sameDayEm"] },
  { path: "priorSessions", title: "Prior trigger point sessions", keys: ["priorSessions"] },
];

function sectionOf(path: string): string | undefined {
  const key = path.split(".")[0] ?? "";
  return FORM_SECTIONS.find((s) => s.keys.includes(key))?.path;
}

/**
 * Where am I, and what is still incomplete: a sticky list of the form's sections, each a link to its
 * heading, marked "incomplete" (a word and a shape) while a field in it holds an error or the engine's
 * documentation checklist has an open item there (a muscle row with no injectate chosen, say).
 */
export function SectionNavigator() {
  const { errors } = useFormState<NoteFormValues>();
  const withErrors = new Set(
    Object.keys(errors).flatMap((key) => {
      const s = sectionOf(key);
      return s ? [s] : [];
    }),
  );
  // Joined into a string, so a keystroke re-renders the navigator only when the set changes.
  const openItems = useCodingResultValue(
    (result) =>
      [
        ...new Set(result.checklist.filter((c) => !c.done).flatMap((c) => sectionOf(c.path) ?? [])),
      ].join(" "),
    "",
  );
  const open = new Set(openItems.split(" ").filter(Boolean));
  // A muscle row with neither an injectate nor dry needling chosen leaves the procedure incomplete.
  const { control } = useFormContext<NoteFormValues>();
  const undecidedRows = useWatch({
    control,
    name: "procedure.muscles",
    compute: (rows) =>
      (rows ?? []).filter((r) => (r.injectates?.length ?? 0) === 0 && r.dryNeedling !== true)
        .length,
  });
  if (undecidedRows > 0) open.add("procedure");
  return (
    <nav className="section-nav" aria-label="Sections of the note">
      <ol>
        {FORM_SECTIONS.map((s) => {
          const incomplete = withErrors.has(s.path) || open.has(s.path);
          return (
            <li key={s.path}>
              <a
                href={`#${fieldDomId(s.path)}-heading`}
                onClick={(event) => {
                  const heading = document.getElementById(`${fieldDomId(s.path)}-heading`);
                  if (!heading) return;
                  event.preventDefault();
                  heading.scrollIntoView({ block: "start" });
                  heading.focus();
                }}
              >
                {s.title}
                {incomplete ? (
                  <>
                    {" "}
                    <StatusMark kind="incomplete" word="incomplete" />
                  </>
                ) : null}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
