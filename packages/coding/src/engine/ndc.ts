/**
 * NDC shapes (FDA labeler-product-package, 10 digits in three segments) and the 11-digit 5-4-2 form
 * claims carry: the short segment gets a leading zero (0003-0293-05 -> 00003029305).
 */
const SHAPES: readonly { readonly re: RegExp; readonly pad: readonly [number, number, number] }[] =
  [
    { re: /^(\d{4})-(\d{4})-(\d{2})$/, pad: [5, 4, 2] },
    { re: /^(\d{5})-(\d{3})-(\d{2})$/, pad: [5, 4, 2] },
    { re: /^(\d{5})-(\d{4})-(\d{1,2})$/, pad: [5, 4, 2] },
  ];

/** The 11-digit claim form of an NDC, or undefined for a shape that is no NDC. */
export function ndcToEleven(ndc: string): string | undefined {
  if (/^\d{11}$/.test(ndc)) return ndc;
  for (const { re, pad } of SHAPES) {
    const m = re.exec(ndc);
    if (m) return [m[1]!, m[2]!, m[3]!].map((seg, i) => seg.padStart(pad[i]!, "0")).join("");
  }
  return undefined;
}
