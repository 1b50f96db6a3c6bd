/**
 * happy-dom 21 lacks two reflected properties that browsers have: HTMLSelectElement.size (the "size"
 * attribute, 0 when absent) and HTMLOptionElement.defaultSelected (the "selected" attribute), HTML
 * Standard §4.10.7 and §4.10.10. react-hook-form reads both to tell whether a select was changed
 * before the form was ready (isSelectEdited); without them every select mounted with the form looked
 * edited, and the form took its first option instead of the loaded value (a "right" row read "left").
 * Chromium has both, so the app was right there; this gives the component tests the same DOM.
 * Loaded as a vitest setup file; it adds nothing where the properties exist.
 */
if (!("size" in HTMLSelectElement.prototype)) {
  Object.defineProperty(HTMLSelectElement.prototype, "size", {
    configurable: true,
    get(this: HTMLSelectElement): number {
      const n = Number(this.getAttribute("size"));
      return Number.isInteger(n) && n > 0 ? n : 0;
    },
    set(this: HTMLSelectElement, value: number) {
      this.setAttribute("size", String(value));
    },
  });
}

if (!("defaultSelected" in HTMLOptionElement.prototype)) {
  Object.defineProperty(HTMLOptionElement.prototype, "defaultSelected", {
    configurable: true,
    get(this: HTMLOptionElement): boolean {
      return this.hasAttribute("selected");
    },
    set(this: HTMLOptionElement, value: boolean) {
      if (value) this.setAttribute("selected", "");
      else this.removeAttribute("selected");
    },
  });
}
