/** Bullet lists of the slide families, their items joined across lines (dehyphenated). */
import { joinCellLines, type DehyphenContext } from "./dehyphenate.js";
import type { Paragraph } from "../text/paragraphs.js";

/** Splits bullet paragraphs into items: a line starting with a bullet or sub-bullet starts an item. */
export function bulletItems(paras: readonly Paragraph[], bullets: readonly string[], subBullets: readonly string[], ctx: DehyphenContext): string[] {
  const items: string[][] = [];
  for (const p of paras) {
    for (const l of p.lines) {
      const t = l.text.trim();
      const b = [...bullets, ...subBullets].find((x) => t.startsWith(x + " ") || t === x || (bullets.includes(x) && t.startsWith(x)));
      if (b !== undefined) items.push([t.slice(b.length).trim()]);
      else if (items.length) items[items.length - 1]!.push(l.text);
      else items.push([l.text]);
    }
  }
  return items.map((lines) => joinCellLines(lines, ctx)).filter(Boolean);
}
