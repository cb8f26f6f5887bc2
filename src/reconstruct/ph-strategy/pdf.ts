/**
 * Päijät-Häme strategy slides from a PDF: the text families' reading order (blocks by columns,
 * furniture left out) feeds the text reconstructor; the timeline is rebuilt from positions, because
 * a timeline is a drawing: date boxes stand above, below or beside the text they date, and the
 * steps follow each other along the arrow (left to right, or top to bottom), not in the text order.
 */
import type { PdfText } from "../../model/pdf.js";
import type { PhStrategy } from "../../model/families.js";
import type { Rules } from "../../rules/load.js";
import { HyphenEvidence, joinCellLines, type DehyphenContext } from "../dehyphenate.js";
import { letterKey } from "../../text/letters.js";
import { pageText, readingOrder, type Block, type PageBlocks } from "../reading-order/index.js";
import { chronological } from "./chronology.js";
import { loadPhRules, reconstructPhStrategy } from "./text.js";

const centre = (b: Block, axis: "x" | "y") => (axis === "x" ? (b.x0 + b.x1) / 2 : (b.top + b.bottom) / 2);
const overlap = (a: Block, b: Block, axis: "x" | "y") => (axis === "x" ? Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) : Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/**
 * Timeline steps from a page's blocks: each date box goes to the nearest text box across the
 * arrow's axis among those it overlaps along it, and of equally near ones to the one it overlaps most.
 */
export function timelineFromBlocks(blocks: readonly Block[], isWhen: (text: string) => boolean, text: (b: Block) => string): PhStrategy["timeline"] {
  const whens = blocks.filter((b) => isWhen(text(b)));
  const whats = blocks.filter((b) => !whens.includes(b));
  if (!whats.length) return [];
  const spread = (axis: "x" | "y") => Math.max(...whats.map((b) => centre(b, axis))) - Math.min(...whats.map((b) => centre(b, axis)));
  const axis = spread("x") >= spread("y") ? "x" : "y";
  const across = axis === "x" ? "y" : "x";
  const dated = new Map<Block, Block[]>();
  for (const d of whens) {
    // Of the text boxes the date box overlaps along the axis, those nearest across it (on its own
    // side of the arrow: a zigzag's neighbours across the arrow overlap it too), within two of its
    // lines; of those, the one it overlaps most.
    const facing = whats.filter((w) => overlap(d, w, axis) > 0);
    const nearest = Math.min(...facing.map((w) => -overlap(d, w, across)));
    const near = facing.filter((w) => -overlap(d, w, across) <= nearest + 2 * d.fontSize);
    let best: Block | undefined;
    let bestScore = -Infinity;
    for (const w of near.length ? near : whats) {
      // The largest overlap along the axis; among equals, the nearest across it.
      const score = overlap(d, w, axis) * 1000 - Math.abs(centre(d, across) - centre(w, across));
      if (score > bestScore) [best, bestScore] = [w, score];
    }
    if (best) dated.set(best, [...(dated.get(best) ?? []), d]);
  }
  const along = (a: Block, b: Block) => centre(a, axis) - centre(b, axis) || centre(a, axis === "x" ? "y" : "x") - centre(b, axis === "x" ? "y" : "x");
  return [...whats].sort(along).map((w) => {
    const ds = (dated.get(w) ?? []).sort(along);
    return { when: ds.length ? ds.map(text).join(" ") : null, what: text(w) };
  });
}

export function reconstructPhStrategyPdf(doc: PdfText, rules: Rules, pages: PageBlocks[] = readingOrder(doc, rules)): PhStrategy & { warnings: string[] } {
  const pr = loadPhRules(rules);
  const lines = pageText(pages, rules);
  const res = reconstructPhStrategy(lines, rules);
  const ctx: DehyphenContext = { rules: rules.dehyphenation, evidence: new HyphenEvidence(lines.map((l) => l.text), rules.dehyphenation.wrapHyphens) };
  const text = (b: Block) => joinCellLines(b.lines.map((l) => l.text), ctx);
  const part = new RegExp(pr.pagePartPattern, "u");
  const titleKey = letterKey(pr.timelineTitle);
  const page = pages.find((p) => p.blocks.some((b) => letterKey(text(b).replace(part, "")) === titleKey));
  if (page) {
    const whenRe = new RegExp(pr.whenPattern, "iu");
    const body = page.blocks.filter((b) => letterKey(text(b).replace(part, "")) !== titleKey);
    res.timeline = chronological(timelineFromBlocks(body, (t) => whenRe.test(t) && t.length <= pr.whenMaxLength, text), pr.monthStems);
  }
  return res;
}
