import type { Injectate, MuscleRow } from "@tpi/schemas";

/** A favourite: the muscle rows a physician adds together, with their usual injectate. */
export interface Favourite {
  readonly id: string;
  readonly label: string;
  readonly rows: readonly Omit<MuscleRow, "rowId">[];
}

const lidocaine1Percent = (volumeMl: number): Injectate => ({
  agentId: "lidocaine",
  concentration: { value: 1, unit: "percent" },
  volumeMl,
});

// One trigger point and 2 mL per muscle are starting values the form shows for the physician to
// correct: the count and volume of this session are always what is documented, not the favourite.
const row = (muscleId: string, side: "left" | "right"): Omit<MuscleRow, "rowId"> => ({
  muscleId,
  side,
  triggerPoints: 1,
  injectates: [lidocaine1Percent(2)],
});

export const FAVOURITES: readonly Favourite[] = [
  {
    id: "bilateral-upper-trapezius-lidocaine",
    label: "Bilateral upper trapezius, lidocaine 1 %",
    rows: [row("upper-trapezius", "right"), row("upper-trapezius", "left")],
  },
  {
    id: "right-shoulder-girdle-lidocaine",
    label: "Right shoulder girdle (infraspinatus, teres minor, rhomboid major), lidocaine 1 %",
    rows: [
      row("infraspinatus", "right"),
      row("teres-minor", "right"),
      row("rhomboid-major", "right"),
    ],
  },
  {
    id: "bilateral-quadratus-lumborum-lidocaine",
    label: "Bilateral quadratus lumborum, lidocaine 1 %",
    rows: [row("quadratus-lumborum", "right"), row("quadratus-lumborum", "left")],
  },
  {
    id: "right-neck-lidocaine",
    label: "Right neck (upper trapezius, levator scapulae, splenius capitis), lidocaine 1 %",
    rows: [
      row("upper-trapezius", "right"),
      row("levator-scapulae", "right"),
      row("splenius-capitis", "right"),
    ],
  },
];
