import type { CarriedMark } from "./use-carried-mark";

/** Visible text (not colour alone), referenced by the control's aria-describedby. */
export function CarriedMarkText({ mark }: { mark: CarriedMark | null }) {
  if (!mark) return null;
  return (
    <p className="carried-mark" id={mark.id}>
      {mark.text}
    </p>
  );
}
