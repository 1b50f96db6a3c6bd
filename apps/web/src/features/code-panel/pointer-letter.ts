/** Claim diagnosis pointers are letters: position 1 is A, 12 is L (CMS-1500 item 21). */
export function pointerLetter(position: number): string {
  return position >= 1 && position <= 26 ? String.fromCharCode(64 + position) : "?";
}
