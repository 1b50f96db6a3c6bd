/**
 * Breaks text into lines of at most `width` characters at spaces; a word longer than the width is cut
 * (a hash or a long code never runs past the margin). width 0 means no wrapping.
 */
export function wrap(text: string, width: number): string[] {
  const words = text.split(/\s+/).filter((w) => w !== "");
  if (width <= 0) return [words.join(" ")];
  const lines: string[] = [];
  let line = "";
  for (let word of words) {
    while (word.length > width) {
      if (line !== "") {
        lines.push(line);
        line = "";
      }
      lines.push(word.slice(0, width));
      word = word.slice(width);
    }
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}
