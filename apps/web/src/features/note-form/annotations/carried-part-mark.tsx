import { CarriedMarkText } from "./carried-mark-text";
import { useCarriedMark } from "./use-carried-mark";

/** The mark for a part of a section that has no single control (the muscle grid, tendon injections). */
export function CarriedPartMark({ path }: { path: string }) {
  return <CarriedMarkText mark={useCarriedMark(path)} />;
}
