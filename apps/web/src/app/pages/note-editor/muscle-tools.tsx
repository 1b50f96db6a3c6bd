import { lazy, Suspense, useState } from "react";
import { NoteSchema, type MuscleRow, type Side } from "@tpi/schemas";
import { applyFavourite, FavouritesMenu, type Favourite } from "../../../features/templates";

// The SVG diagram is only needed when opened: its own chunk, fetched the first time it is opened, keeps
// the note route within its JavaScript budget.
const BodyDiagram = lazy(() =>
  import("../../../features/body-diagram").then((m) => ({ default: m.BodyDiagram })),
);

type Props = {
  rows: readonly { muscleId: string; side: Side }[];
  addMuscle: (muscleId: string, side: Side) => void;
  addRows: (rows: MuscleRow[]) => void;
};

/**
 * Favourites and the body diagram beside the muscle grid. A favourite is applied with the templates
 * feature's applyFavourite (fresh rowIds, a muscle and side already present is skipped); only the rows
 * it adds are appended, so no existing row is touched.
 */
export function MuscleTools({ rows, addMuscle, addRows }: Props) {
  // Mounted on first opening and kept, so closing and reopening does not lose its state.
  const [diagramOpened, setDiagramOpened] = useState(false);
  const onApply = (favourite: Favourite) => {
    // Only the muscle and side of each row matter to applyFavourite; rows still being typed may not
    // parse in full, so a minimal valid note stands in for the form's values.
    const base = NoteSchema.parse({
      dateOfService: "2000-01-01",
      payerProfileId: "none",
      procedure: {
        muscles: rows.map((r, i) => ({
          rowId: `existing-${i}`,
          muscleId: r.muscleId,
          side: r.side,
          triggerPoints: 1,
        })),
      },
    });
    addRows(applyFavourite(base, favourite).procedure.muscles.slice(base.procedure.muscles.length));
  };
  return (
    <div className="muscle-tools">
      <FavouritesMenu onApply={onApply} />
      <details
        className="body-diagram-disclosure"
        onToggle={(event) => {
          if (event.currentTarget.open) setDiagramOpened(true);
        }}
      >
        <summary>Pick on the body diagram</summary>
        {diagramOpened ? (
          <Suspense fallback={<p className="muted">Loading the body diagram…</p>}>
            <BodyDiagram rows={rows} onAddMuscle={addMuscle} />
          </Suspense>
        ) : null}
      </details>
    </div>
  );
}
