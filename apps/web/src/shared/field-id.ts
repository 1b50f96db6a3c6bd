/**
 * The DOM id of the form control for a note field path ("procedure.muscles.0.side"). The form gives each
 * control this id; the code panel uses it to jump from a finding to the field it concerns.
 */
export function fieldDomId(path: string): string {
  return `f-${path.replace(/[^a-zA-Z0-9]+/g, "-")}`;
}
