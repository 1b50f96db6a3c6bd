/**
 * Where each muscle sits on the stylised body, as an ellipse measured from the midline (dx, always
 * positive) in a 200 x 440 view box. The side is applied when drawing: in the front view the patient's
 * right is on the viewer's left, in the back view on the viewer's right. Which view a muscle appears in
 * comes from the catalog (`Muscle.view`), not from here; a region whose muscle the catalog puts in the
 * other view is not drawn (the table test keeps the two in step).
 */
export interface RegionShape {
  readonly muscleId: string;
  readonly dx: number;
  readonly cy: number;
  readonly rx: number;
  readonly ry: number;
}

const r = (muscleId: string, dx: number, cy: number, rx: number, ry: number): RegionShape => ({
  muscleId,
  dx,
  cy,
  rx,
  ry,
});

/** Drawn in this order (head to feet), which is also the keyboard order. */
export const REGIONS: readonly RegionShape[] = [
  // front
  r("temporalis", 13, 22, 4, 5),
  r("masseter", 10, 36, 4, 4),
  r("sternocleidomastoid", 6, 52, 3, 7),
  r("anterior-scalene", 14, 55, 3, 4),
  r("pectoralis-minor", 31, 69, 7, 3),
  r("anterior-deltoid", 45, 72, 4, 7),
  r("middle-deltoid", 55, 68, 4, 6),
  r("pectoralis-major", 21, 83, 13, 8),
  r("biceps-brachii", 59, 104, 6, 17),
  r("serratus-anterior", 38, 108, 5, 9),
  r("rectus-abdominis", 8, 140, 6, 20),
  r("external-oblique", 26, 142, 6, 12),
  r("brachioradialis", 59, 164, 5, 13),
  r("psoas-major", 12, 178, 4, 7),
  r("iliacus", 23, 184, 6, 5),
  r("flexor-carpi-radialis", 59, 195, 4, 10),
  r("tensor-fasciae-latae", 34, 206, 4, 9),
  r("adductor-longus", 7, 232, 3, 10),
  r("rectus-femoris", 19, 262, 6, 24),
  r("vastus-lateralis", 30, 272, 4, 22),
  r("vastus-medialis", 9, 302, 4, 9),
  r("tibialis-anterior", 22, 362, 4, 18),
  // back
  r("splenius-capitis", 5, 49, 4, 6),
  r("levator-scapulae", 14, 56, 4, 6),
  r("upper-trapezius", 27, 62, 11, 4),
  r("supraspinatus", 30, 72, 8, 3.5),
  r("posterior-deltoid", 46, 74, 5, 7),
  r("middle-trapezius", 13, 77, 6, 4),
  r("infraspinatus", 30, 90, 9, 8),
  r("rhomboid-major", 12, 93, 6, 8),
  r("teres-minor", 42, 97, 4, 4),
  r("teres-major", 38, 106, 6, 3.5),
  r("lower-trapezius", 10, 116, 5, 8),
  r("triceps-brachii", 59, 120, 6, 22),
  r("latissimus-dorsi", 30, 131, 8, 14),
  r("quadratus-lumborum", 14, 164, 6, 10),
  r("gluteus-medius", 28, 195, 10, 7),
  r("piriformis", 16, 208, 9, 3.5),
  r("gluteus-maximus", 20, 226, 13, 10),
  r("semitendinosus", 12, 285, 5, 20),
  r("biceps-femoris", 26, 280, 5, 22),
  r("gastrocnemius", 19, 350, 9, 16),
  r("soleus", 19, 382, 7, 8),
];
