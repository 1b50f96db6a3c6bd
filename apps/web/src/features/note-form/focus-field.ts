import { fieldDomId } from "../../shared/field-id";

/**
 * Moves focus to the control for a note path ("procedure.muscles.2.injectates.0.volumeMl"). When that
 * exact control is not on screen (a whole list, a row), it walks up the path to the nearest element that
 * is: the row's title, or the section heading.
 */
export function focusField(path: string): boolean {
  const parts = path.split(".");
  while (parts.length > 0) {
    const id = fieldDomId(parts.join("."));
    const element = document.getElementById(id) ?? document.getElementById(`${id}-heading`);
    if (element instanceof HTMLElement) {
      element.scrollIntoView({ block: "center", behavior: "smooth" });
      element.focus({ preventScroll: true });
      return true;
    }
    parts.pop();
  }
  return false;
}
