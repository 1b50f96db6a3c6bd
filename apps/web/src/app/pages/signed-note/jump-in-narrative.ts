/** The narrative section that tells each top-level note key, for "go to" links in a read-only note. */
const NARRATIVE_SECTION: Record<string, string> = {
  history: "narrative-history",
  vitals: "narrative-vitals",
  findings: "narrative-findings",
  conservativeCare: "narrative-conservative-care",
  consent: "narrative-consent",
  procedure: "narrative-procedure",
  sameDayEm: "narrative-em",
  diagnoses: "narrative-diagnoses",
  priorSessions: "signed-prior-sessions-title",
  dateOfService: "signed-encounter-title",
  payerProfileId: "signed-encounter-title",
  placeOfService: "signed-encounter-title",
  renderingProvider: "signed-encounter-title",
};

/**
 * A signed note has no form fields: a link from a stored finding or claim line's evidence moves focus
 * to the part of the note's text that tells that field instead.
 */
export function jumpInNarrative(path: string): void {
  const id = NARRATIVE_SECTION[path.split(".")[0] ?? ""];
  const heading = id ? document.getElementById(id) : null;
  if (!heading) return;
  heading.setAttribute("tabindex", "-1");
  heading.scrollIntoView({ block: "center", behavior: "smooth" });
  heading.focus({ preventScroll: true });
}
