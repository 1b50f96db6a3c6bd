import { agentById, formatQuantity, muscleById } from "@tpi/coding";
import type { Injectate, Side } from "@tpi/schemas";

/** "a, b and c": how a list reads in a sentence. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

/** Lower-cases a catalog name for use mid-sentence, unless it starts with an abbreviation ("PRP"). */
export function midSentence(name: string): string {
  const [a = "", b = ""] = name;
  return b !== "" && b === b.toUpperCase() && /[A-Z]/.test(b)
    ? name
    : a.toLowerCase() + name.slice(1);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "right upper trapezius": side and the catalog's name. An unknown id is shown as it is, never guessed. */
export function muscleWithSide(muscleId: string, side: Side): string {
  const m = muscleById(muscleId);
  const name = m ? midSentence(m.name) : `muscle "${muscleId}"`;
  return side === "midline" ? `${name} (midline)` : `${side} ${name}`;
}

export function agentName(agentId: string): string {
  const a = agentById(agentId);
  return a ? midSentence(a.name) : `agent "${agentId}"`;
}

/** Numbers as a clinician writes them: the one formatter the form and the code panel use too. */
export function num(x: number): string {
  return formatQuantity(x);
}

export function concentrationText(c: Injectate["concentration"]): string {
  switch (c.unit) {
    case "percent":
      return `${num(c.value)} %`;
    case "mg/mL":
      return `${num(c.value)} mg/mL`;
    case "units/mL":
      return `${num(c.value)} units/mL`;
  }
}
