import { memo, useMemo, useState } from "react";
import { muscleById } from "@tpi/coding";
import type { Muscle, Side } from "@tpi/schemas";
import { REGIONS, type RegionShape } from "./regions.table";
import "./body-diagram.css";

type View = Muscle["view"];

export interface BodyDiagramProps {
  /** The muscle rows of the note (only muscle and side are read). */
  readonly rows: readonly { readonly muscleId: string; readonly side: Side }[];
  /** A region was activated: add a row for this muscle and side. */
  readonly onAddMuscle: (muscleId: string, side: Side) => void;
}

const CENTRE = 100;

/** x of a region's centre: the patient's right is the viewer's left in the front view, right in the back. */
function centreX(view: View, side: Side, dx: number): number {
  if (side === "midline") return CENTRE;
  const viewerLeft = (view === "front") === (side === "right");
  return viewerLeft ? CENTRE - dx : CENTRE + dx;
}

const sideWord = (side: Side) =>
  side === "midline" ? "Midline" : side === "right" ? "Right" : "Left";

/**
 * Front and back of a stylised body with a clickable region per common trigger point muscle and side.
 * Each region is a focusable button named "Right upper trapezius"; injected ones are filled and say
 * "injected" in their name, so the state is not carried by colour alone.
 */
export function BodyDiagram({ rows, onAddMuscle }: BodyDiagramProps) {
  const injected = useMemo(() => new Set(rows.map((r) => `${r.muscleId}|${r.side}`)), [rows]);
  return (
    <div className="bd" role="group" aria-label="Body diagram: choose a muscle to add">
      <BodyView view="front" injected={injected} onAddMuscle={onAddMuscle} />
      <BodyView view="back" injected={injected} onAddMuscle={onAddMuscle} />
    </div>
  );
}

const BodyView = memo(function BodyView({
  view,
  injected,
  onAddMuscle,
}: {
  view: View;
  injected: ReadonlySet<string>;
  onAddMuscle: BodyDiagramProps["onAddMuscle"];
}) {
  const regions = REGIONS.map((shape) => ({ shape, muscle: muscleById(shape.muscleId) })).filter(
    (x): x is { shape: RegionShape; muscle: Muscle } => x.muscle?.view === view,
  );
  const caption = view === "front" ? "Front" : "Back";
  // The region under the pointer or the keyboard, named in words below the figure (a tooltip alone
  // shows late, and never for the keyboard).
  const [pointed, setPointed] = useState<string | null>(null);
  return (
    <figure className="bd-view">
      <figcaption>{caption}</figcaption>
      <svg viewBox="0 0 200 440" className="bd-svg" aria-label={`${caption} view`} role="group">
        <Silhouette />
        <text x={12} y={16} className="bd-side-label" aria-hidden="true">
          {view === "front" ? "R" : "L"}
        </text>
        <text x={180} y={16} className="bd-side-label" aria-hidden="true">
          {view === "front" ? "L" : "R"}
        </text>
        {regions.flatMap(({ shape, muscle }) =>
          (muscle.paired ? (["right", "left"] as const) : (["midline"] as const)).map((side) => {
            const on = injected.has(`${muscle.id}|${side}`);
            const name = `${sideWord(side)} ${muscle.name.charAt(0).toLowerCase()}${muscle.name.slice(1)}`;
            const activate = () => onAddMuscle(muscle.id, side);
            return (
              <g
                key={`${muscle.id}|${side}`}
                role="button"
                tabIndex={0}
                aria-label={on ? `${name}, injected` : name}
                className={on ? "bd-region bd-injected" : "bd-region"}
                data-muscle={muscle.id}
                data-side={side}
                onClick={activate}
                onMouseEnter={() => setPointed(on ? `${name} (injected)` : name)}
                onMouseLeave={() => setPointed(null)}
                onFocus={() => setPointed(on ? `${name} (injected)` : name)}
                onBlur={() => setPointed(null)}
                onKeyDown={(e) => {
                  if (e.key === "Enter" || e.key === " ") {
                    e.preventDefault();
                    activate();
                  }
                }}
              >
                <title>{on ? `${name} (injected)` : name}</title>
                <ellipse
                  cx={centreX(view, side, shape.dx)}
                  cy={shape.cy}
                  rx={shape.rx}
                  ry={shape.ry}
                />
              </g>
            );
          }),
        )}
      </svg>
      <p className="bd-pointed" aria-hidden="true">
        {pointed ?? "\u00a0"}
      </p>
    </figure>
  );
});

/** A plain, symmetric figure: head, neck, trunk, arms, legs. Decorative. */
function Silhouette() {
  return (
    <g className="bd-body" aria-hidden="true">
      <circle cx={100} cy={28} r={18} />
      <rect x={91} y={42} width={18} height={16} rx={4} />
      <path d="M60 60 Q100 50 140 60 Q153 64 151 82 L137 150 L141 206 L59 206 L63 150 L49 82 Q47 64 60 60 Z" />
      <rect x={32} y={64} width={18} height={156} rx={9} />
      <rect x={150} y={64} width={18} height={156} rx={9} />
      <circle cx={41} cy={228} r={8} />
      <circle cx={159} cy={228} r={8} />
      <rect x={63} y={196} width={35} height={216} rx={14} />
      <rect x={102} y={196} width={35} height={216} rx={14} />
      <ellipse cx={80} cy={418} rx={15} ry={6} />
      <ellipse cx={120} cy={418} rx={15} ry={6} />
    </g>
  );
}
