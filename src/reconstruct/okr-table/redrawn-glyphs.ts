/**
 * Glyphs a producer draws twice at a page break. A browser that breaks a table row across pages
 * at a line height under 1 paints the line cut by the break on both pages, each clipped: on the
 * next page, above the repeated header, only the descenders of that line show ("p", "jgj", "( / )").
 * The text is whole on the page before, so such a fragment is a copy, not text the break cut off.
 */
import type { Word } from "../../model/pdf.js";
import { inOrder } from "../../text/letters.js";

/** Characters of a word without soft hyphens and spaces. */
function chars(text: string): string {
  return text.replace(/[\u00ad\s]/gu, "");
}

/**
 * Whether `w`, a fragment atop a page, repeats glyphs of the last line of `before` (the words of
 * the row that ended the page before): a word on that line spans the fragment's x-range (within
 * a fraction of the type size) and holds its characters in the same order.
 */
export function isRedrawnFragment(w: Word, before: readonly Word[]): boolean {
  const text = chars(w.text);
  if (!text) return false;
  const earlier = before.filter((v) => v.page < w.page);
  if (!earlier.length) return false;
  const page = Math.max(...earlier.map((v) => v.page));
  const onPage = earlier.filter((v) => v.page === page);
  const lastBaseline = Math.max(...onPage.map((v) => v.baseline));
  const tol = 0.25 * w.fontSize;
  return onPage.some(
    (v) => Math.abs(v.baseline - lastBaseline) <= 0.3 * v.fontSize && v.x0 - tol <= w.x0 && w.x1 <= v.x1 + tol && inOrder(text, chars(v.text)),
  );
}

/**
 * Whether a table body's last line on a page is the header drawn again, clipped at the page's foot:
 * a browser that moves a header row (repeated, or the next section's) to the next page paints it
 * here too, so only its tall glyphs show ("l l l A l T"). Every word of the line lies within a
 * header label word of this page (the columns repeat at the same positions) and holds part of its
 * characters in order; at least two words do so (one short word may be a row's real last line).
 */
export function isRedrawnHeaderLine(line: readonly Word[], headerWords: readonly Word[]): boolean {
  if (line.length < 2) return false;
  return line.every((w) => {
    const text = chars(w.text);
    const tol = 0.25 * w.fontSize;
    return text !== "" && headerWords.some((v) => v.x0 - tol <= w.x0 && w.x1 <= v.x1 + tol && text.length < chars(v.text).length && inOrder(text, chars(v.text)));
  });
}
