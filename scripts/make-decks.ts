/**
 * Slide-deck PDFs typeset from the gold files, for testing the reading-order stage (issue 25):
 * LibreOffice flat ODP with positioned text frames, converted with `soffice --headless`.
 *
 *   npx tsx scripts/make-decks.ts OUTDIR SET [NAME-PREFIX]
 *
 * SETs "tune", "tune7" … "tune16" are tuning sets; SETs "heldout", "heldout3" … "heldout11" use other layouts, fonts and seeds
 * and are each made (and scored) once, after the last change to src/ of their round. Each deck has
 * its own layout choices (see LAYOUTS), so a reconstruction that only knows one arrangement fails
 * on the other. Every deck is checked (gold texts whole, nothing off the page or overprinted).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readPdf } from "../src/read/pdf.js";

interface Layout {
  name: string;
  font: string;
  /** Body font size (pt). */
  size: number;
  footer: string | null;
  slideNumbers: boolean;
  /** Sub-goals beside their main goal (table-like rows) or below it. */
  priorities: "beside" | "below";
  /** Split the priorities over this many slides ("… 1/2"). */
  prioritySlides: number;
  /** Success bullets in one column with a picture beside them, or in two columns. */
  successes: "picture" | "two-columns" | "picture-left";
  /** Date boxes above a horizontal arrow, or beside a vertical one. */
  timeline: "horizontal" | "vertical" | "zigzag";
  /** LU goals: a row of boxes per goal under column labels, or a goal box with its evaluation under it. */
  lu: "rows" | "stacked";
  /** Page-number box at the top right instead of the bottom right. */
  numberAtTop?: boolean;
  /** The footer's text as a header at the top left instead. */
  footerAtTop?: boolean;
  /** Slide numbers as "7 / 31" rather than "7". */
  numberOfTotal?: boolean;
  /** Paragraph line spacing, proportional (1.8 = 180 %): a face whose lines stand far apart, or close together, for its size. */
  lineSpacing?: number;
  /** Box heights measured as if the lines were single-spaced: lines standing taller than the generator allows for, as in a face whose ascent and descent are large for its size (LM Roman Dunhill's 2.06 em). */
  unmeasuredSpacing?: boolean;
  /** Shifts every content frame a little (±0.3 cm across, ±0.1 cm down), as hand-placed boxes are: a seed for the shifts. */
  seed?: number;
}

const LAYOUTS: Record<string, Layout[]> = {
  tune: [
    { name: "t1-sans-beside-footer", font: "Liberation Sans", size: 14, footer: "Päijät-Hämeen hyvinvointialue · Strategiatyö 2025", slideNumbers: true, priorities: "beside", prioritySlides: 1, successes: "picture", timeline: "horizontal", lu: "rows" },
    { name: "t2-carlito-below-plain", font: "Carlito", size: 13, footer: null, slideNumbers: false, priorities: "below", prioritySlides: 2, successes: "two-columns", timeline: "vertical", lu: "stacked" },
    { name: "t4-dejavuserif-below-jitter", font: "DejaVu Serif", size: 13, footer: "Hyvinvointialue – strategia", slideNumbers: true, numberAtTop: true, numberOfTotal: true, priorities: "below", prioritySlides: 2, successes: "two-columns", timeline: "horizontal", lu: "stacked", seed: 99 },
    { name: "t5-liberationserif-zigzag-jitter", font: "Liberation Serif", size: 14, footer: "Hyvinvointialue", slideNumbers: true, priorities: "beside", prioritySlides: 1, successes: "picture", timeline: "zigzag", lu: "rows", seed: 555 },
    { name: "t6-dejavusans-rows-footer-jitter", font: "DejaVu Sans", size: 12, footer: "Strategian arviointi 2025", slideNumbers: true, priorities: "below", prioritySlides: 1, successes: "two-columns", timeline: "vertical", lu: "rows", seed: 8080 },
    { name: "t3-narrow-beside-header-jitter", font: "Liberation Sans Narrow", size: 14, footer: "LUONNOS – ei julkinen", footerAtTop: true, slideNumbers: true, numberOfTotal: true, priorities: "beside", prioritySlides: 2, successes: "picture-left", timeline: "zigzag", lu: "rows", seed: 7 },
  ],
  // Tuning variants of the fifth round (issue 25): jittered LU goal slides in the stacked layout at a
  // large size (a goal box standing a little into the column labels' row), and long slide titles that
  // wrap onto a second line together with their "1/4" part.
  tune7: [
    { name: "t7-liberationserif-stacked-jitter", font: "Liberation Serif", size: 15, footer: null, slideNumbers: false, priorities: "below", prioritySlides: 1, successes: "picture-left", timeline: "zigzag", lu: "stacked", seed: 2468 },
    { name: "t9-carlito-rows-large-jitter", font: "Carlito", size: 18, footer: null, slideNumbers: true, priorities: "beside", prioritySlides: 2, successes: "picture", timeline: "vertical", lu: "rows", seed: 97531 },
    { name: "t8-dejavusans-rows-header-jitter", font: "DejaVu Sans", size: 13, footer: "Luonnos", footerAtTop: true, slideNumbers: true, priorities: "beside", prioritySlides: 1, successes: "two-columns", timeline: "horizontal", lu: "rows", seed: 1357 },
  ],
  // Tuning variants of the sixth round (issue 25): stacked LU goals in other serif faces, and large
  // body sizes (16–19 pt) that wrap more lines, for LU and the horizontal PH timeline.
  tune8: [
    { name: "t10-utopia-stacked-footer", font: "Utopia", size: 13, footer: "Arviointi · hyvinvointialue", slideNumbers: true, numberOfTotal: true, priorities: "beside", prioritySlides: 2, successes: "two-columns", timeline: "zigzag", lu: "stacked", seed: 70707 },
    { name: "t11-liberationsans-rows-large", font: "Liberation Sans", size: 17, footer: null, slideNumbers: true, numberAtTop: true, priorities: "below", prioritySlides: 2, successes: "picture", timeline: "horizontal", lu: "rows", seed: 16180 },
    { name: "t12-lmroman-stacked-large", font: "Latin Modern Roman", size: 14, footer: "Luonnos", slideNumbers: true, priorities: "below", prioritySlides: 2, successes: "picture-left", timeline: "horizontal", lu: "stacked", seed: 11235 },
    { name: "t13-dejavuserif-rows-large", font: "DejaVu Serif", size: 16, footer: null, slideNumbers: false, priorities: "beside", prioritySlides: 2, successes: "picture", timeline: "horizontal", lu: "rows", seed: 2718 },
  ],
  // More of the sixth round: the largest body sizes (18–20 pt) with every timeline and both LU layouts.
  tune9: [
    { name: "t14-liberationserif-stacked-huge", font: "Liberation Serif", size: 19, footer: "Hyvinvointialue", slideNumbers: true, numberAtTop: true, numberOfTotal: true, priorities: "beside", prioritySlides: 2, successes: "two-columns", timeline: "zigzag", lu: "stacked", seed: 19191 },
    { name: "t15-carlito-rows-huge", font: "Carlito", size: 20, footer: "Luonnos", footerAtTop: true, slideNumbers: true, priorities: "below", prioritySlides: 2, successes: "picture-left", timeline: "vertical", lu: "rows", seed: 20202 },
    { name: "t16-narrow-stacked-large", font: "Liberation Sans Narrow", size: 19, footer: "Strategia 2025", slideNumbers: true, priorities: "below", prioritySlides: 1, successes: "picture", timeline: "horizontal", lu: "stacked", seed: 16161 },
    { name: "t17-utopia-rows-large", font: "Utopia", size: 18, footer: null, slideNumbers: true, priorities: "beside", prioritySlides: 1, successes: "two-columns", timeline: "horizontal", lu: "rows", seed: 17171 },
  ],
  // Last of the sixth round: other mixes of layout, size and furniture.
  tune10: [
    { name: "t18-sans-stacked-header-top", font: "Liberation Sans", size: 16, footer: "Luonnos – ei julkinen", footerAtTop: true, slideNumbers: true, numberAtTop: true, numberOfTotal: true, priorities: "beside", prioritySlides: 1, successes: "picture-left", timeline: "vertical", lu: "stacked", seed: 18181 },
    { name: "t19-dejavusans-rows-zigzag-large", font: "DejaVu Sans", size: 16, footer: "Hyvinvointialue · 2025", slideNumbers: true, priorities: "below", prioritySlides: 2, successes: "two-columns", timeline: "zigzag", lu: "rows", seed: 19919 },
    { name: "t20-carlito-stacked-small", font: "Carlito", size: 12, footer: "Strategiatyö", slideNumbers: true, numberOfTotal: true, priorities: "beside", prioritySlides: 2, successes: "picture", timeline: "horizontal", lu: "stacked", seed: 20020 },
    { name: "t21-utopia-stacked-large-plain", font: "Utopia", size: 17, footer: null, slideNumbers: false, priorities: "below", prioritySlides: 1, successes: "two-columns", timeline: "horizontal", lu: "stacked", seed: 21021 },
  ],
  // Seventh round (issue 25): paragraphs set with a line pitch far from their size (proportional
  // spacing 150–200 %, and a tight 90 %), and 16–20 pt condensed faces with no furniture.
  tune11: [
    { name: "t22-liberationserif-rows-spaced-header", font: "Liberation Serif", size: 14, lineSpacing: 1.8, footer: "Valmistelu · luonnos", footerAtTop: true, slideNumbers: true, numberAtTop: true, priorities: "beside", prioritySlides: 2, successes: "picture-left", timeline: "zigzag", lu: "rows", seed: 22022 },
    { name: "t23-carlito-stacked-spaced-footer", font: "Carlito", size: 13, lineSpacing: 1.6, footer: "Hyvinvointialue", slideNumbers: true, priorities: "below", prioritySlides: 2, successes: "two-columns", timeline: "horizontal", lu: "stacked", seed: 23023 },
    { name: "t24-dejavucond-rows-large-plain", font: "DejaVu Sans Condensed", size: 17, footer: null, slideNumbers: false, priorities: "beside", prioritySlides: 1, successes: "picture", timeline: "vertical", lu: "rows", seed: 24024 },
    { name: "t25-narrow-rows-large-plain", font: "Liberation Sans Narrow", size: 18, footer: null, slideNumbers: false, priorities: "beside", prioritySlides: 1, successes: "picture", timeline: "vertical", lu: "rows", seed: 25025 },
    { name: "t26-liberationsans-rows-tight", font: "Liberation Sans", size: 14, lineSpacing: 0.9, footer: "Strategia", slideNumbers: true, numberOfTotal: true, priorities: "beside", prioritySlides: 1, successes: "two-columns", timeline: "vertical", lu: "rows", seed: 26026 },
  ],
  // More of the seventh round: condensed and narrow faces at 19–20 pt with a vertical timeline and
  // no furniture (the set-6 timeline failure); Latin Modern faces (a wide pitch of their own) with
  // 130–135 % spacing on top; 150 % spacing with stacked goals.
  tune12: [
    { name: "t27-nimbusnarrow-rows-huge-plain", font: "Nimbus Sans Narrow", size: 20, footer: null, slideNumbers: false, priorities: "beside", prioritySlides: 1, successes: "picture", timeline: "vertical", lu: "rows", seed: 27027 },
    { name: "t28-dejavucond-rows-huge-plain", font: "DejaVu Sans Condensed", size: 18, footer: null, slideNumbers: false, priorities: "beside", prioritySlides: 1, successes: "picture", timeline: "horizontal", lu: "rows", seed: 28028 },
    { name: "t29-narrow-beside-huge-vertical", font: "Liberation Sans Narrow", size: 20, footer: null, slideNumbers: false, priorities: "beside", prioritySlides: 1, successes: "picture", timeline: "vertical", lu: "rows", seed: 29029 },
    { name: "t31-lmslanted-rows-spaced-header", font: "Latin Modern Roman Slanted", size: 14, lineSpacing: 1.3, footer: "Valmisteluaineisto", footerAtTop: true, slideNumbers: true, numberAtTop: true, priorities: "beside", prioritySlides: 2, successes: "picture-left", timeline: "zigzag", lu: "rows", seed: 31031 },
    { name: "t32-lmsans-stacked-spaced-horizontal", font: "Latin Modern Sans", size: 15, lineSpacing: 1.35, footer: "Strategia · luonnos", slideNumbers: true, numberOfTotal: true, priorities: "beside", prioritySlides: 2, successes: "two-columns", timeline: "horizontal", lu: "stacked", seed: 32032 },
    { name: "t33-sans-stacked-spaced-vertical", font: "Liberation Sans", size: 11, lineSpacing: 1.7, footer: null, slideNumbers: true, priorities: "below", prioritySlides: 2, successes: "picture", timeline: "vertical", lu: "stacked", seed: 33033 },
    { name: "t34-dejavuserif-rows-double-zigzag", font: "DejaVu Serif", size: 12, lineSpacing: 2, footer: "Hyvinvointialue", slideNumbers: true, numberOfTotal: true, priorities: "beside", prioritySlides: 2, successes: "two-columns", timeline: "zigzag", lu: "rows", seed: 34034 },
    { name: "t30-bookman-stacked-double", font: "URW Bookman", size: 12, lineSpacing: 1.5, footer: "Luonnos", slideNumbers: true, numberOfTotal: true, priorities: "below", prioritySlides: 2, successes: "picture", timeline: "vertical", lu: "stacked", seed: 30030 },
  ],
  // Eighth round (issue 25): LU rows at 12 pt with a line pitch near 2 em (190–200 % spacing), and LU
  // stacked at 15–16 pt in sans faces, where the goal with the most sub-goals fills its box; t45–t47
  // with `unmeasuredSpacing` (boxes overfilled, as a face with a tall line pitch overfills them).
  tune13: [
    { name: "t35-nimbusroman-rows-double-header", font: "Nimbus Roman", size: 12, lineSpacing: 2, footer: "Valmistelu 2026", footerAtTop: true, slideNumbers: false, priorities: "beside", prioritySlides: 2, successes: "two-columns", timeline: "horizontal", lu: "rows", seed: 35035 },
    { name: "t36-lmdemi-rows-spaced-header", font: "Latin Modern Roman Demi", size: 12, lineSpacing: 1.45, footer: "Luonnos", footerAtTop: true, slideNumbers: false, priorities: "beside", prioritySlides: 2, successes: "two-columns", timeline: "horizontal", lu: "rows", seed: 36036 },
    { name: "t40-lmsans-rows-spaced-plain", font: "Latin Modern Sans", size: 12, lineSpacing: 1.4, footer: null, slideNumbers: false, priorities: "beside", prioritySlides: 1, successes: "picture", timeline: "horizontal", lu: "rows", seed: 40040 },
    { name: "t41-lmsans-stacked-large-plain", font: "Latin Modern Sans", size: 15, footer: null, slideNumbers: false, priorities: "below", prioritySlides: 2, successes: "picture", timeline: "zigzag", lu: "stacked", seed: 41041 },
    { name: "t42-liberationsans-rows-double-header", font: "Liberation Sans", size: 12, lineSpacing: 1.9, footer: "Valmistelu", footerAtTop: true, slideNumbers: false, priorities: "beside", prioritySlides: 2, successes: "two-columns", timeline: "horizontal", lu: "rows", seed: 42042 },
    { name: "t43-bookman-rows-double-header", font: "URW Bookman", size: 12, lineSpacing: 2, footer: "Luonnos 2026", footerAtTop: true, slideNumbers: false, priorities: "beside", prioritySlides: 2, successes: "two-columns", timeline: "horizontal", lu: "rows", seed: 43043 },
    { name: "t45-nimbusroman-rows-tall-header", font: "Nimbus Roman", size: 12, lineSpacing: 1.65, unmeasuredSpacing: true, footer: "Valmistelu", footerAtTop: true, slideNumbers: false, priorities: "beside", prioritySlides: 2, successes: "two-columns", timeline: "horizontal", lu: "rows", seed: 45045 },
    { name: "t46-dejavusans-stacked-tall-plain", font: "DejaVu Sans", size: 15, lineSpacing: 1.15, unmeasuredSpacing: true, footer: null, slideNumbers: false, priorities: "below", prioritySlides: 2, successes: "picture", timeline: "zigzag", lu: "stacked", seed: 46046 },
    { name: "t47-carlito-stacked-tall-plain", font: "Carlito", size: 16, lineSpacing: 1.25, unmeasuredSpacing: true, footer: null, slideNumbers: false, priorities: "beside", prioritySlides: 2, successes: "picture", timeline: "zigzag", lu: "stacked", seed: 47047 },
    { name: "t37-dejavusans-stacked-large-plain", font: "DejaVu Sans", size: 15, footer: null, slideNumbers: false, priorities: "below", prioritySlides: 2, successes: "picture", timeline: "zigzag", lu: "stacked", seed: 37037 },
    { name: "t38-carlito-stacked-large-footer", font: "Carlito", size: 16, footer: "Arviointi", slideNumbers: true, priorities: "beside", prioritySlides: 1, successes: "two-columns", timeline: "horizontal", lu: "stacked", seed: 38038 },
    { name: "t39-liberationsans-stacked-large-plain", font: "Liberation Sans", size: 15, footer: null, slideNumbers: false, priorities: "below", prioritySlides: 2, successes: "picture-left", timeline: "zigzag", lu: "stacked", seed: 39039 },
  ],
  // Ninth round (issue 25): LU rows set tight (85–90 % spacing) in serif faces, where the sub-goal
  // bullet lines overlap the line above.
  tune14: [
    { name: "t48-liberationserif-rows-tight-plain", font: "Liberation Serif", size: 12, lineSpacing: 0.9, footer: null, slideNumbers: false, priorities: "below", prioritySlides: 1, successes: "two-columns", timeline: "zigzag", lu: "rows", seed: 48048 },
    { name: "t49-dejavuserif-rows-tight-numbers", font: "DejaVu Serif", size: 12, lineSpacing: 0.85, footer: null, slideNumbers: true, priorities: "beside", prioritySlides: 1, successes: "picture", timeline: "horizontal", lu: "rows", seed: 49049 },
    { name: "t50-lmroman-rows-tight-plain", font: "Latin Modern Roman", size: 12, lineSpacing: 0.9, footer: null, slideNumbers: false, priorities: "below", prioritySlides: 1, successes: "two-columns", timeline: "zigzag", lu: "rows" },
    { name: "t51-liberationserif-rows-tighter-plain", font: "Liberation Serif", size: 12, lineSpacing: 0.85, footer: null, slideNumbers: false, priorities: "below", prioritySlides: 1, successes: "two-columns", timeline: "horizontal", lu: "rows" },
    { name: "t52-lmdunhill-rows-tight-plain", font: "Latin Modern Roman Dunhill", size: 12, lineSpacing: 0.9, footer: null, slideNumbers: false, priorities: "below", prioritySlides: 1, successes: "two-columns", timeline: "zigzag", lu: "rows" },
    { name: "t53-lmroman10-rows-tight-plain", font: "LM Roman 10", size: 12, lineSpacing: 0.9, footer: null, slideNumbers: false, priorities: "below", prioritySlides: 1, successes: "two-columns", timeline: "horizontal", lu: "rows" },
  ],
  // Tenth round (issue 25): vertical timelines at 17–19 pt in faces whose lines stand wide for their
  // size (Latin Modern, proportional spacing): a two-line date box or step text followed by the next
  // step's box less than one and a half wrapped lines below; and LU rows whose boxes are overfilled
  // (`unmeasuredSpacing`), the next row's goal one wrapped line under the last bullet.
  tune15: [
    { name: "t54-lmroman12-beside-vertical-footer", font: "LM Roman 12", size: 18, footer: "Strategia 2026 · luonnos", slideNumbers: true, numberOfTotal: true, priorities: "beside", prioritySlides: 2, successes: "two-columns", timeline: "vertical", lu: "rows", seed: 54054 },
    { name: "t55-lmsans-below-vertical-plain", font: "Latin Modern Sans", size: 17, footer: null, slideNumbers: false, priorities: "below", prioritySlides: 1, successes: "picture", timeline: "vertical", lu: "stacked", seed: 55055 },
    { name: "t56-dejavusans-beside-vertical-spaced", font: "DejaVu Sans", size: 17, lineSpacing: 1.2, footer: "Hyvinvointialue", slideNumbers: true, priorities: "beside", prioritySlides: 1, successes: "picture-left", timeline: "vertical", lu: "rows", seed: 56056 },
    { name: "t57-liberationserif-vertical-spaced-header", font: "Liberation Serif", size: 18, lineSpacing: 1.3, footer: "Luonnos", footerAtTop: true, slideNumbers: true, numberAtTop: true, priorities: "below", prioritySlides: 2, successes: "two-columns", timeline: "vertical", lu: "rows", seed: 57057 },
    { name: "t58-carlito-vertical-spaced-numbers", font: "Carlito", size: 19, lineSpacing: 1.35, footer: null, slideNumbers: true, priorities: "beside", prioritySlides: 2, successes: "picture", timeline: "vertical", lu: "stacked", seed: 58058 },
    { name: "t59-lmromandemi-vertical-plain", font: "Latin Modern Roman Demi", size: 17, footer: null, slideNumbers: false, priorities: "beside", prioritySlides: 1, successes: "two-columns", timeline: "vertical", lu: "rows", seed: 59059 },
    { name: "t60-liberationsans-rows-tall-footer", font: "Liberation Sans", size: 12, lineSpacing: 1.6, unmeasuredSpacing: true, footer: "Arviointi 2025", slideNumbers: true, priorities: "beside", prioritySlides: 1, successes: "picture", timeline: "horizontal", lu: "rows", seed: 60060 },
    { name: "t61-dejavuserif-rows-tall-plain", font: "DejaVu Serif", size: 12, lineSpacing: 1.5, unmeasuredSpacing: true, footer: null, slideNumbers: false, priorities: "below", prioritySlides: 1, successes: "two-columns", timeline: "zigzag", lu: "rows", seed: 61061 },
    { name: "t62-lmroman-rows-tall-header", font: "Latin Modern Roman", size: 12, lineSpacing: 1.45, unmeasuredSpacing: true, footer: "Valmistelu", footerAtTop: true, slideNumbers: false, priorities: "beside", prioritySlides: 2, successes: "two-columns", timeline: "horizontal", lu: "rows", seed: 62062 },
  ],
  // Eleventh round (issue 25): LU goals stacked at 16–18 pt in sans faces, the goal with the most
  // sub-goals filling its slide; a footer holding a date, a header with numbers at the bottom.
  tune16: [
    { name: "t63-lmsans10-stacked-datefooter", font: "LM Sans 10", size: 17, footer: "Aluehallituksen iltakoulu 12.2.2026", slideNumbers: false, priorities: "below", prioritySlides: 1, successes: "picture", timeline: "horizontal", lu: "stacked", seed: 63063 },
    { name: "t64-lmsans12-stacked-header-numbers", font: "LM Sans 12", size: 18, footer: "Valtuustoseminaari", footerAtTop: true, slideNumbers: true, priorities: "beside", prioritySlides: 2, successes: "two-columns", timeline: "horizontal", lu: "stacked", seed: 64064 },
    { name: "t65-dejavusans-stacked-datefooter", font: "DejaVu Sans", size: 17, footer: "Arviointi 3.4.2026", slideNumbers: false, priorities: "beside", prioritySlides: 1, successes: "picture-left", timeline: "zigzag", lu: "stacked", seed: 65065 },
    { name: "t66-liberationsans-stacked-header-numbers", font: "Liberation Sans", size: 18, footer: "Luonnos", footerAtTop: true, slideNumbers: true, priorities: "below", prioritySlides: 2, successes: "picture", timeline: "horizontal", lu: "stacked", seed: 66066 },
    { name: "t67-lmsansquot-stacked-plain", font: "Latin Modern Sans Quotation", size: 17, footer: null, slideNumbers: false, priorities: "below", prioritySlides: 1, successes: "picture", timeline: "horizontal", lu: "stacked", seed: 67067 },
  ],
  heldout: [
    { name: "h1-dejavu-below-footer", font: "DejaVu Sans", size: 12, footer: "Hyvinvointialue | Aluevaltuusto", slideNumbers: true, priorities: "below", prioritySlides: 1, successes: "picture-left", timeline: "vertical", lu: "rows", numberAtTop: true },
    { name: "h2-serif-beside-numbers", font: "Liberation Serif", size: 15, footer: null, slideNumbers: true, priorities: "beside", prioritySlides: 2, successes: "two-columns", timeline: "zigzag", lu: "stacked" },
  ],
  // Made after the last change to src/ of the third round (issue 25) and scored once.
  heldout3: [
    { name: "x1-gothic-beside-footer", font: "URW Gothic", size: 13, footer: "Länsi-Uudenmaan hyvinvointialue", slideNumbers: true, priorities: "beside", prioritySlides: 1, successes: "two-columns", timeline: "vertical", lu: "rows", seed: 2027 },
    { name: "x2-palatino-below-plain", font: "P052", size: 14, footer: null, slideNumbers: false, priorities: "below", prioritySlides: 2, successes: "picture", timeline: "zigzag", lu: "stacked", seed: 4242 },
    { name: "x3-century-beside-header", font: "C059", size: 12, footer: "Strategiatyö 2025 | luonnos", footerAtTop: true, slideNumbers: true, numberAtTop: true, numberOfTotal: true, priorities: "beside", prioritySlides: 2, successes: "picture-left", timeline: "horizontal", lu: "stacked", seed: 31337 },
    { name: "x4-nimbusnarrow-below-numbers", font: "Nimbus Sans Narrow", size: 15, footer: null, slideNumbers: true, priorities: "below", prioritySlides: 1, successes: "two-columns", timeline: "zigzag", lu: "rows" },
  ],
  // Made after the timeline change of the fourth round (issue 25) and scored once.
  heldout4: [
    { name: "y1-bookman-zigzag-footer", font: "URW Bookman", size: 12, footer: "Hyvinvointialueen strategia 2026–2029", slideNumbers: true, numberOfTotal: true, priorities: "beside", prioritySlides: 2, successes: "picture", timeline: "zigzag", lu: "rows", seed: 9001 },
    { name: "y2-nimbusroman-below-plain", font: "Nimbus Roman", size: 15, footer: null, slideNumbers: false, priorities: "below", prioritySlides: 1, successes: "picture-left", timeline: "zigzag", lu: "stacked", seed: 1234 },
    { name: "y3-dejavucondensed-header-numbers", font: "DejaVu Sans Condensed", size: 13, footer: "Luottamuksellinen luonnos", footerAtTop: true, slideNumbers: true, priorities: "beside", prioritySlides: 1, successes: "two-columns", timeline: "horizontal", lu: "rows", seed: 4711 },
  ],
  // Made after the label and marker-order changes of the fifth round (issue 25) and scored once.
  heldout5: [
    { name: "z1-charter-stacked-footer", font: "Bitstream Charter", size: 13, footer: "Hyvinvointialue · arviointi", slideNumbers: true, numberOfTotal: true, priorities: "beside", prioritySlides: 2, successes: "two-columns", timeline: "zigzag", lu: "stacked", seed: 60606 },
    { name: "z2-nimbussans-rows-large", font: "Nimbus Sans", size: 17, footer: null, slideNumbers: true, numberAtTop: true, priorities: "below", prioritySlides: 1, successes: "picture", timeline: "horizontal", lu: "rows", seed: 31415 },
    { name: "z3-lmsans-rows-header", font: "Latin Modern Sans", size: 14, footer: "Luonnos 2025", footerAtTop: true, slideNumbers: true, priorities: "beside", prioritySlides: 1, successes: "picture-left", timeline: "vertical", lu: "rows", seed: 27182 },
  ],
  /** Made after the last change to src/ of this round and scored once (issue 25, sixth held-out set). */
  heldout6: [
    { name: "v1-dejavuserifcond-stacked-footer", font: "DejaVu Serif Condensed", size: 12, footer: "Hyvinvointialueen strategia – väliarvio", slideNumbers: true, numberOfTotal: true, priorities: "below", prioritySlides: 2, successes: "two-columns", timeline: "horizontal", lu: "stacked", seed: 5150 },
    { name: "v2-lmsansdemicond-rows-large-plain", font: "Latin Modern Sans Demi Cond", size: 18, footer: null, slideNumbers: false, priorities: "beside", prioritySlides: 1, successes: "picture", timeline: "vertical", lu: "rows", seed: 86420 },
    { name: "v3-lmdunhill-rows-header", font: "Latin Modern Roman Dunhill", size: 14, footer: "Valmisteluaineisto 2026", footerAtTop: true, slideNumbers: true, numberAtTop: true, priorities: "beside", prioritySlides: 2, successes: "picture-left", timeline: "zigzag", lu: "rows", seed: 13579 },
    { name: "v4-liberationmono-rows-numbers", font: "Liberation Mono", size: 13, footer: null, slideNumbers: true, priorities: "below", prioritySlides: 1, successes: "two-columns", timeline: "horizontal", lu: "rows", seed: 42424 },
  ],
  /**
   * Seventh held-out set (issue 25, k1–k4): defined by a helper that did no tuning, kept private until the
   * tuning helpers' last change to src/ was in main, made after the last change at main commit 45f9098 and
   * scored once. Fonts no tuning deck used, layout combinations no tuning deck used, every kind of
   * furniture (footer + "n / N", numbers only at the top, a header only, none), a condensed face at
   * 19 pt and LM Roman Dunhill's large line pitch (2.06 em) and 130 % line spacing.
   */
  heldout7: [
    { name: "k1-dejavulight-spaced130-beside-twocol-vertical-stacked-footer", font: "DejaVu Sans Light", size: 14, footer: "Aluehallituksen iltakoulu 2026 · luonnos", slideNumbers: true, numberOfTotal: true, priorities: "beside", prioritySlides: 2, successes: "two-columns", timeline: "vertical", lu: "stacked", seed: 73451, lineSpacing: 1.3 },
    { name: "k2-dejavuserifcond19-below-horizontal-rows-numbers-top", font: "DejaVu Serif Condensed", size: 19, footer: null, slideNumbers: true, numberAtTop: true, priorities: "below", prioritySlides: 2, successes: "picture-left", timeline: "horizontal", lu: "rows", seed: 24680 },
    { name: "k3-lmdunhill-beside-horizontal-rows-header", font: "Latin Modern Roman Dunhill", size: 12, footer: "Strategian toimeenpano – valmisteluaineisto", footerAtTop: true, slideNumbers: false, priorities: "beside", prioritySlides: 2, successes: "two-columns", timeline: "horizontal", lu: "rows", seed: 80808 },
    { name: "k4-lmsansquot-below-zigzag-stacked-plain", font: "Latin Modern Sans Quotation", size: 15, footer: null, slideNumbers: false, priorities: "below", prioritySlides: 2, successes: "picture", timeline: "zigzag", lu: "stacked", seed: 31416 },
  ],
  /**
   * Eighth held-out set (issue 25, m1–m4): held-out, defined privately by a helper that did no tuning
   * (held6), added after the tuning helpers' last change to src/ (made after main commit 9c2c31f) and scored
   * once. Fonts no deck used (checked with `pdffonts`): LM Mono Light Cond at 18 pt (condensed), the
   * display optical sizes LM Sans 17 (at 150 % line spacing: about 2.2 em, the face alone being 1.46 em)
   * and LM Roman 17, and LM Roman Unslanted set tight (90 %); LU goals in rows and stacked, PH sub-goals beside
   * and below; furniture: "n / N" numbers only, footer + numbers, a header and the number at the top, none.
   */
  heldout8: [
    { name: "m1-lmmonoltcond18-beside-pictureleft-zigzag-stacked-numbers", font: "Latin Modern Mono Light Cond", size: 18, footer: null, slideNumbers: true, numberOfTotal: true, priorities: "beside", prioritySlides: 2, successes: "picture-left", timeline: "zigzag", lu: "stacked", seed: 60911 },
    { name: "m2-lmsans17-spaced150-below-twocol-horizontal-rows-footer", font: "LM Sans 17", size: 12, lineSpacing: 1.5, footer: "Hyvinvointialueen strategia 2026–2029 · valmistelu", slideNumbers: true, priorities: "below", prioritySlides: 2, successes: "two-columns", timeline: "horizontal", lu: "rows", seed: 41207 },
    { name: "m3-lmroman17-beside-picture-vertical-stacked-header-top", font: "LM Roman 17", size: 15, footer: "Aluevaltuuston seminaari – luonnos", footerAtTop: true, slideNumbers: true, numberAtTop: true, priorities: "beside", prioritySlides: 1, successes: "picture", timeline: "vertical", lu: "stacked", seed: 88123 },
    { name: "m4-lmunslanted-tight90-below-twocol-zigzag-rows-plain", font: "Latin Modern Roman Unslanted", size: 12, lineSpacing: 0.9, footer: null, slideNumbers: false, priorities: "below", prioritySlides: 1, successes: "two-columns", timeline: "zigzag", lu: "rows" },
  ],
  /**
   * Ninth held-out set (issue 25, q1–q4): held-out, defined privately by a helper that did no tuning
   * (held7), added after the tuning helpers' last change to src/ (made after main commit beaa32d) and scored
   * once. Fonts no deck (nor OKR variant) used, checked with `pdffonts`: the optical sizes LM Sans 12 at
   * 18 pt, LM Roman 8 set tight (90 %), LM Mono 9 set wide (150 %) and LM Roman 6 (a face drawn wide for
   * 6 pt) at 14 pt; LU goals in rows and stacked, PH sub-goals beside and below; furniture: footer + "n / N",
   * none, a header with the number at the top, numbers only.
   */
  heldout9: [
    { name: "q1-lmsans12-18pt-beside-twocol-vertical-rows-footer-numbers", font: "LM Sans 12", size: 18, footer: "Hyvinvointialueen strategia 2026–2029 · aluevaltuusto", slideNumbers: true, numberOfTotal: true, priorities: "beside", prioritySlides: 2, successes: "two-columns", timeline: "vertical", lu: "rows", seed: 90417 },
    { name: "q2-lmroman8-tight90-below-pictureleft-horizontal-stacked-plain", font: "LM Roman 8", size: 13, lineSpacing: 0.9, footer: null, slideNumbers: false, priorities: "below", prioritySlides: 1, successes: "picture-left", timeline: "horizontal", lu: "stacked", seed: 52731 },
    { name: "q3-lmmono9-spaced150-below-picture-zigzag-rows-header-top", font: "LM Mono 9", size: 12, lineSpacing: 1.5, footer: "Valmisteluaineisto – ei päätös", footerAtTop: true, slideNumbers: true, numberAtTop: true, priorities: "below", prioritySlides: 2, successes: "picture", timeline: "zigzag", lu: "rows", seed: 37193 },
    { name: "q4-lmroman6-beside-twocol-horizontal-stacked-numbers", font: "LM Roman 6", size: 14, footer: null, slideNumbers: true, priorities: "beside", prioritySlides: 1, successes: "two-columns", timeline: "horizontal", lu: "stacked", seed: 64029 },
  ],
  /**
   * Tenth held-out set (issue 25, r1–r4): held-out, defined privately by a helper that did no tuning
   * (held8), added after the tuning helpers' last change to src/ (made after main commit f9729c4) and
   * scored once. Fonts no deck used (checked with `pdffonts`): LM Sans 9 at 16 pt, LM Roman 7 at 12 pt and
   * 125 %, LM Sans 8 at 18 pt, LM Roman 9 set tight (95 %) (OKR variants used
   * these four, no deck did); layout combinations no earlier deck used;
   * furniture new to the decks (a footer with a date and no slide numbers; "n / N" numbers alone at the
   * top) besides a header with numbers at the bottom, and none. (A private run of the generator, before
   * any score, rejected LM Roman 5 at 11–13 pt, r2 with its priorities on one slide, and r3 at 19 pt as
   * NOT USABLE: texts clipped or overprinted; r2 was drafted in LM Roman 12, which a tuning deck took up, and
   * in LM Roman 7 at 140 %, rejected so.)
   */
  heldout10: [
    { name: "r1-lmsans9-16pt-beside-pictureleft-horizontal-stacked-footer-only", font: "LM Sans 9", size: 16, footer: "Aluevaltuuston strategiaseminaari 5.3.2026", slideNumbers: false, priorities: "beside", prioritySlides: 1, successes: "picture-left", timeline: "horizontal", lu: "stacked", seed: 10461 },
    { name: "r2-lmroman7-12pt-spaced125-below-two-slides-picture-vertical-rows-numbers-of-total-top", font: "LM Roman 7", size: 12, lineSpacing: 1.25, footer: null, slideNumbers: true, numberAtTop: true, numberOfTotal: true, priorities: "below", prioritySlides: 2, successes: "picture", timeline: "vertical", lu: "rows", seed: 27718 },
    { name: "r3-lmsans8-18pt-below-twocol-zigzag-stacked-header-numbers", font: "LM Sans 8", size: 18, footer: "Strategian valmistelu · työpaja 2", footerAtTop: true, slideNumbers: true, priorities: "below", prioritySlides: 2, successes: "two-columns", timeline: "zigzag", lu: "stacked", seed: 58203 },
    { name: "r4-lmroman9-tight95-beside-pictureleft-vertical-rows-plain", font: "LM Roman 9", size: 14, lineSpacing: 0.95, footer: null, slideNumbers: false, priorities: "beside", prioritySlides: 2, successes: "picture-left", timeline: "vertical", lu: "rows", seed: 73390 },
  ],
  /**
   * Eleventh held-out set (issue 25, s1–s4): held-out, defined privately by a helper that did no tuning
   * (held9), added after the tuning helpers' last change to src/ (made after main commit 5203911) and
   * scored once. Fonts no deck used (checked with `pdffonts`; OKR variants had used them): LM Roman Slanted
   * 12 at 16.5 pt, LM Mono Prop 10 (a proportional typewriter face) at 11 pt, DejaVu Math TeX Gyre (its text
   * glyphs a serif) at 13.5 pt and 110 %, Latin Modern Math at 12.5 pt and 120 %; fractional sizes no deck
   * used (11 pt only tuning deck t33); layout combinations no earlier deck used. Every combination of the
   * generator's furniture options has been used before, so the texts are new: a footer naming a meeting, its
   * date and an attachment with "n / N" at the top, a draft-marking header with "n / N" at the top, none, and
   * a footer with a version number and the slide number at the bottom. (A private run of the generator,
   * before any score, rejected s4 as NOT USABLE in Noto Sans Mono at 12 pt and 130 %, with and without boxes
   * sized for single spacing, and in Latin Modern Math at 130 %: texts clipped or overprinting the footer.)
   */
  heldout11: [
    { name: "s1-lmslanted12-16p5-beside-two-slides-pictureleft-vertical-stacked-footer-numbers-of-total-top", font: "LM Roman Slanted 12", size: 16.5, footer: "Aluehallitus 14.4.2026 · liite 3", slideNumbers: true, numberAtTop: true, numberOfTotal: true, priorities: "beside", prioritySlides: 2, successes: "picture-left", timeline: "vertical", lu: "stacked", seed: 11923 },
    { name: "s2-lmmonoprop10-11pt-below-picture-zigzag-rows-header-numbers-of-total-top", font: "LM Mono Prop 10", size: 11, footer: "LUONNOS – ei julkaistavaksi", footerAtTop: true, slideNumbers: true, numberAtTop: true, numberOfTotal: true, priorities: "below", prioritySlides: 1, successes: "picture", timeline: "zigzag", lu: "rows", seed: 30571 },
    { name: "s3-dejavumath-13p5-spaced110-beside-twocol-zigzag-stacked-plain", font: "DejaVu Math TeX Gyre", size: 13.5, lineSpacing: 1.1, footer: null, slideNumbers: false, priorities: "beside", prioritySlides: 1, successes: "two-columns", timeline: "zigzag", lu: "stacked", seed: 62207 },
    { name: "s4-lmmath-12p5-spaced120-below-pictureleft-horizontal-rows-footer-numbers", font: "Latin Modern Math", size: 12.5, lineSpacing: 1.2, footer: "Strategian arviointi 2025 | versio 1.2", slideNumbers: true, priorities: "below", prioritySlides: 1, successes: "picture-left", timeline: "horizontal", lu: "rows", seed: 84419 },
  ],
};

const W = 28; // cm, 16:9
const H = 15.75;

interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
  paras: { text: string; bold?: boolean; size?: number; align?: "center" | "end" }[];
  box?: boolean;
}
interface Slide {
  frames: Frame[];
  shapes: string[];
  noFurniture?: boolean;
}

/** A small seeded generator (mulberry32): the same seed gives the same deck. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Lines a text needs in a frame (an over-estimate, so frames do not overlap). */
function linesFor(text: string, widthCm: number, size: number): number {
  const perLine = Math.max(8, Math.floor((widthCm * 28.35 - 16) / (size * 0.6)));
  let lines = 1;
  let cur = 0;
  for (const w of text.split(" ")) {
    if (cur && cur + 1 + w.length > perLine) {
      lines++;
      cur = w.length;
    } else cur += (cur ? 1 : 0) + w.length;
  }
  return lines;
}
/** The line spacing of the layout being made (set per layout in `main`): frame heights grow with it. */
let spacing = 1;
const heightFor = (texts: string[], widthCm: number, size: number, gapCm = 0.25) => texts.reduce((a, t) => a + (linesFor(t, widthCm, size) * size * 1.32 * Math.max(1, spacing)) / 28.35 + gapCm, 0.3);

/** Every word of a text fits one line of a frame `widthCm` wide (0.2 cm padding each side) at `size` pt. */
function wordsFit(text: string, widthCm: number, size: number, bold = false): boolean {
  const em = bold ? 0.62 : 0.56;
  return text.split(/\s+/).every((w) => w.length * size * em <= widthCm * 28.35 - 11.3);
}

/**
 * The height a column label takes in a narrow frame (cm), a word longer than the frame's line
 * counting as the lines it is broken into: a label row must end above the first row of cells
 * (a label that ran down into the cells at large sizes was a generator bug, not a layout).
 */
function labelHeight(text: string, widthCm: number, size: number): number {
  const perLine = Math.max(1, Math.floor((widthCm * 28.35 - 11.3) / (size * 0.62)));
  let lines = 0;
  let cur = 0;
  for (const w of text.split(" ")) {
    if (w.length > perLine) {
      lines += Math.ceil(w.length / perLine);
      cur = 0;
    } else if (!cur || cur + 1 + w.length > perLine) {
      lines++;
      cur = w.length;
    } else cur += 1 + w.length;
  }
  return (lines * size * 1.2 * Math.max(1, spacing)) / 28.35 + 0.3;
}

function frameXml(f: Frame, L: Layout, k: number): string {
  const paras = f.paras
    .map((p) => `<text:p text:style-name="P${p.bold ? "b" : "n"}${p.align ?? ""}${p.size ?? L.size}">${esc(p.text)}</text:p>`)
    .join("");
  return `<draw:frame draw:style-name="${f.box ? "grbox" : "gr"}" draw:name="f${k}" svg:x="${f.x.toFixed(2)}cm" svg:y="${f.y.toFixed(2)}cm" svg:width="${f.w.toFixed(2)}cm" svg:height="${f.h.toFixed(2)}cm"><draw:text-box>${paras}</draw:text-box></draw:frame>`;
}

/**
 * Shifted frames side by side stay at least as far apart as they were, up to 0.3 cm: a box pushed
 * against its neighbour prints its text on the neighbour's line a word space away, which no reader
 * (nor a person) can tell from one line; a designer keeps boxes visibly apart.
 */
function keepApart(orig: readonly Frame[], moved: Frame[]): Frame[] {
  const order = orig.map((_, i) => i).sort((a, b) => orig[a]!.x - orig[b]!.x);
  for (const j of order)
    for (const i of order) {
      const [a, b, ma, mb] = [orig[i]!, orig[j]!, moved[i]!, moved[j]!];
      const gap = b.x - (a.x + a.w);
      const side = gap >= 0 && Math.min(a.y + a.h, b.y + b.h) > Math.max(a.y, b.y);
      if (side && mb.x - (ma.x + ma.w) < Math.min(gap, 0.3)) mb.x = Math.min(ma.x + ma.w + Math.min(gap, 0.3), W - 0.3 - mb.w);
    }
  return moved;
}

function odp(slides: Slide[], L: Layout): string {
  const sizes = new Set<number>([L.size, 10]);
  for (const sl of slides) for (const f of sl.frames) for (const p of f.paras) sizes.add(p.size ?? L.size);
  const pstyles: string[] = [];
  for (const s of sizes)
    for (const b of ["b", "n"])
      for (const a of ["", "center", "end"])
        pstyles.push(
          `<style:style style:name="P${b}${a}${s}" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"${L.lineSpacing ? ` fo:line-height="${Math.round(L.lineSpacing * 100)}%"` : ""}${a ? ` fo:text-align="${a}"` : ""}/><style:text-properties fo:font-size="${s}pt" style:font-name="F1" fo:font-family="'${L.font}'"${b === "b" ? ' fo:font-weight="bold"' : ""}/></style:style>`,
        );
  const rand = prng(L.seed ?? 0);
  const pages = slides
    .map((s, i) => {
      const frames = L.seed === undefined ? [...s.frames] : keepApart(s.frames, s.frames.map((f) => ({ ...f, x: Math.min(Math.max(0.3, f.x + (rand() - 0.5) * 0.6), W - 0.3 - f.w), y: f.y + (rand() - 0.5) * 0.2 })));
      if (!s.noFurniture && i > 0) {
        if (L.footer) frames.push({ x: 1, y: L.footerAtTop ? 0.1 : H - 1.1, w: 14, h: 0.8, paras: [{ text: L.footer, size: 10 }] });
        const number = L.numberOfTotal ? `${i + 1} / ${slides.length}` : String(i + 1);
        if (L.slideNumbers) frames.push({ x: W - 3, y: L.numberAtTop ? 0.3 : H - 1.1, w: 2, h: 0.8, paras: [{ text: number, size: 10, align: "end" }] });
      }
      return `<draw:page draw:name="s${i + 1}" draw:master-page-name="Default" draw:style-name="dp1">${s.shapes.join("")}${frames.map((f, k) => frameXml(f, L, k)).join("")}</draw:page>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">
<office:font-face-decls><style:font-face style:name="F1" svg:font-family="'${L.font}'"/></office:font-face-decls>
<office:automatic-styles>
<style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="${W}cm" fo:page-height="${H}cm" style:print-orientation="landscape"/></style:page-layout>
<style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties presentation:background-visible="true" draw:fill="none"/></style:style>
<style:style style:name="gr" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none" draw:textarea-vertical-align="top" draw:auto-grow-height="false" fo:min-height="0cm" fo:padding-top="0.1cm" fo:padding-bottom="0.1cm" fo:padding-left="0.2cm" fo:padding-right="0.2cm" fo:wrap-option="wrap"/></style:style>
<style:style style:name="grbox" style:family="graphic"><style:graphic-properties draw:stroke="solid" svg:stroke-color="#1f5f8b" draw:fill="solid" draw:fill-color="#dcebf5" draw:textarea-vertical-align="top" draw:auto-grow-height="false" fo:min-height="0cm" fo:padding-top="0.1cm" fo:padding-bottom="0.1cm" fo:padding-left="0.2cm" fo:padding-right="0.2cm" fo:wrap-option="wrap"/></style:style>
<style:style style:name="grpic" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#9ab"/></style:style>
<style:style style:name="grline" style:family="graphic"><style:graphic-properties draw:stroke="solid" svg:stroke-width="0.12cm" svg:stroke-color="#1f5f8b"/></style:style>
${pstyles.join("\n")}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="dp1"/></office:master-styles>
<office:body><office:presentation>
${pages}
</office:presentation></office:body></office:document>`;
}

const title = (text: string, L: Layout, y = 0.6): Frame => ({ x: 1, y, w: W - 5, h: 1.6, paras: [{ text, bold: true, size: L.size + 10 }] });
const picture = (x: number, y: number, w: number, h: number) => `<draw:rect draw:style-name="grpic" svg:x="${x}cm" svg:y="${y}cm" svg:width="${w}cm" svg:height="${h}cm"/>`;
const line = (x1: number, y1: number, x2: number, y2: number) => `<draw:line draw:style-name="grline" svg:x1="${x1}cm" svg:y1="${y1}cm" svg:x2="${x2}cm" svg:y2="${y2}cm"/>`;

interface PhGold {
  priorities: { paatavoite: string; alatavoitteet: { code: string; text: string }[] }[];
  successes: { paatavoite_heading: string; items: string[] }[];
  timeline: { when: string | null; what: string }[];
}

function phDeck(g: PhGold, L: Layout): Slide[] {
  const s = L.size;
  const slides: Slide[] = [{ frames: [{ x: 2, y: 5, w: W - 4, h: 3, paras: [{ text: "Päijät-Hämeen hyvinvointialueen strategia", bold: true, size: s + 10, align: "center" }] }], shapes: [], noFurniture: true }];
  // Timeline, in chronological order along the arrow.
  const tl: Slide = { frames: [title("Miten strategian päivittäminen etenee?", L)], shapes: [] };
  const n = g.timeline.length;
  if (L.timeline === "horizontal") {
    // Columns as wide as their longest word needs (a slide designer widens the box, too).
    const weight = g.timeline.map((e) => Math.max(11, ...e.what.split(" ").map((w) => w.length)));
    const unit = (W - 2) / weight.reduce((a, b) => a + b, 0);
    tl.shapes.push(line(1, 6.2, W - 1, 6.2));
    const whensOf = (e: PhGold["timeline"][number]) => (e.when === null ? [] : /^\d{4} \d{4}$/.test(e.when) ? e.when.split(" ") : [e.when]);
    // The text's size: at most four points under the body's, small enough for every word to fit
    // its box (a designer would not publish words broken inside, "202" over "6").
    const fits = (ts: number) =>
      g.timeline.every((e, i) => {
        const colW = weight[i]! * unit;
        const whens = whensOf(e);
        return wordsFit(e.what, colW - 0.2, ts) && whens.every((w) => wordsFit(w, colW / whens.length - 0.2, ts, true));
      });
    let ts = s - 4;
    while (ts > 8 && !fits(ts)) ts--;
    g.timeline.forEach((e, i) => {
      const colW = weight[i]! * unit;
      const x = 1 + weight.slice(0, i).reduce((a, b) => a + b, 0) * unit;
      const whens = whensOf(e);
      whens.forEach((w, k) => tl.frames.push({ x: x + (k * colW) / whens.length, y: 3.6, w: colW / whens.length - 0.2, h: 2.2, box: true, paras: [{ text: w, bold: true, size: ts }] }));
      tl.frames.push({ x, y: 6.8, w: colW - 0.2, h: 6.5, paras: [{ text: e.what, size: ts }] });
    });
  } else if (L.timeline === "zigzag") {
    // Steps alternate above and below the arrow: each step's date box and text stand together.
    // A step's boxes are two steps wide (its neighbours stand on the other side of the arrow),
    // so the steps are spaced for the last one to end on the page.
    const step = (W - 1.7) / (n + 1);
    const boxW = 2 * step - 0.3;
    tl.shapes.push(line(1, 8.2, W - 1, 8.2));
    g.timeline.forEach((e, i) => {
      const x = 1 + i * step;
      const up = i % 2 === 0;
      const y0 = up ? 2.6 : 8.6;
      // A date box as tall as its lines (a two-line date ran into its text at 19 pt).
      const dateH = e.when === null ? 1.1 : Math.max(1.1, labelHeight(e.when, boxW, (s - 4) * 1.1));
      if (e.when !== null) tl.frames.push({ x, y: y0, w: boxW, h: dateH, box: true, paras: [{ text: e.when, bold: true, size: s - 4 }] });
      tl.frames.push({ x, y: y0 + dateH + 0.2, w: boxW, h: 4.2, paras: [{ text: e.what, size: s - 4 }] });
    });
  } else {
    const rowH = (H - 4) / n;
    tl.shapes.push(line(6.2, 2.6, 6.2, H - 1.3));
    g.timeline.forEach((e, i) => {
      const y = 2.6 + i * rowH;
      if (e.when !== null) tl.frames.push({ x: 1, y, w: 4.8, h: rowH - 0.15, box: true, paras: [{ text: e.when, bold: true, size: s - 3 }] });
      tl.frames.push({ x: 6.8, y, w: W - 8, h: rowH - 0.1, paras: [{ text: e.what, size: s - 3 }] });
    });
  }
  slides.push(tl);
  // Priorities. Beside: a main goal's row as tall as its taller box, with a margin for wide faces
  // (a short estimate ran a box into the next row at 16 pt DejaVu Serif).
  const priorityHeight = (p: PhGold["priorities"][number], ps: number) => {
    const h = Math.max(heightFor([p.paatavoite], 8, ps), heightFor(p.alatavoitteet.map((x) => `• ${x.code}. ${x.text}`), 17, ps));
    return ps >= 15 ? 1.12 * h : h;
  };
  const per = Math.ceil(g.priorities.length / L.prioritySlides);
  for (let k = 0; k < L.prioritySlides; k++) {
    const part = g.priorities.slice(k * per, (k + 1) * per);
    const t = L.prioritySlides > 1 ? `Priorisoidut alatavoitteet ${k + 1}/${L.prioritySlides}` : "Priorisoidut alatavoitteet";
    const sl: Slide = { frames: [title(t, L)], shapes: [] };
    // The largest font size at which the part fits between the title and the footer.
    const need = (ps: number) =>
      part.reduce((a, p) => {
        const subs = p.alatavoitteet.map((x) => `• ${x.code}. ${x.text}`);
        return a + (L.priorities === "beside" ? priorityHeight(p, ps) + 0.3 : heightFor([p.paatavoite, ...subs], W - 4, ps) + 0.2);
      }, L.priorities === "beside" ? 1.1 : 0);
    let ps = s;
    while (ps > 8 && need(ps) > H - 4) ps--;
    let y = 2.4;
    if (L.priorities === "beside") {
      sl.frames.push({ x: 1, y, w: 8, h: 0.9, paras: [{ text: "Päätavoite", bold: true, size: ps }] }, { x: 9.5, y, w: 17, h: 0.9, paras: [{ text: "Priorisoidut alatavoitteet", bold: true, size: ps }] });
      y += 1.1;
      for (const p of part) {
        const subs = p.alatavoitteet.map((a) => `• ${a.code}. ${a.text}`);
        const h = priorityHeight(p, ps);
        sl.frames.push({ x: 1, y, w: 8, h, paras: [{ text: p.paatavoite, bold: true, size: ps }] });
        sl.frames.push({ x: 9.5, y, w: 17, h, paras: subs.map((text) => ({ text, size: ps })) });
        y += h + 0.3;
      }
    } else {
      for (const p of part) {
        const subs = p.alatavoitteet.map((a) => `• ${a.code}. ${a.text}`);
        const h = heightFor([p.paatavoite, ...subs], W - 4, ps);
        sl.frames.push({ x: 1.5, y, w: W - 4, h, paras: [{ text: p.paatavoite, bold: true, size: ps }, ...subs.map((text) => ({ text, size: ps }))] });
        y += h + 0.2;
      }
    }
    slides.push(sl);
  }
  // Successes: a title slide, then one slide per main goal.
  slides.push({ frames: [{ x: 2, y: 6, w: W - 4, h: 2.5, paras: [{ text: "Missä on onnistuttu?", bold: true, size: s + 12, align: "center" }] }], shapes: [] });
  for (const sc of g.successes) {
    // The heading's size: at most six points over the body's, small enough to end above the bullets.
    let hs = s + 6;
    while (hs > s && labelHeight(sc.paatavoite_heading, 12, hs * 1.1) > 3.1) hs--;
    const sl: Slide = { frames: [{ x: 1, y: 0.8, w: 12, h: 3, paras: [{ text: sc.paatavoite_heading, bold: true, size: hs }] }], shapes: [] };
    const bullets = sc.items.map((i) => `• ${i}`);
    const bs = bullets.join(" ").length > 600 ? s - 3 : s - 1;
    if (L.successes === "picture") {
      sl.frames.push({ x: 1, y: 3.9, w: 14, h: 10.5, paras: bullets.map((text) => ({ text, size: bs })) });
      sl.shapes.push(picture(16.5, 1.5, 10, 12));
    } else if (L.successes === "picture-left") {
      sl.frames[0] = { ...sl.frames[0]!, x: 11.5, w: 15 };
      sl.frames.push({ x: 11.5, y: 3.9, w: 15.5, h: 10.5, paras: bullets.map((text) => ({ text, size: bs })) });
      sl.shapes.push(picture(1, 1.5, 9.5, 12));
    } else {
      const half = Math.ceil(bullets.length / 2);
      sl.frames.push({ x: 1, y: 3.9, w: 12.5, h: 10.5, paras: bullets.slice(0, half).map((text) => ({ text, size: bs })) });
      sl.frames.push({ x: 14.5, y: 3.9, w: 12.5, h: 10.5, paras: bullets.slice(half).map((text) => ({ text, size: bs })) });
    }
    slides.push(sl);
  }
  slides.push({ frames: [{ x: 2, y: 6, w: W - 4, h: 2.5, paras: [{ text: "Kiitos mielenkiinnosta!", bold: true, size: s + 12, align: "center" }] }], shapes: [] });
  return slides;
}

interface LuGold {
  summaries: { strategy: string; linjaus: string; count: number; average: number; completed_yes: number; completed_partial: number | null }[];
  goals: { strategy: string; linjaus: string; tavoite: string; alatavoitteet: string[]; achieved: string; score: number; assessment: string }[];
}

function luDeck(g: LuGold, L: Layout): Slide[] {
  const s = L.size - 4;
  const slides: Slide[] = [{ frames: [{ x: 2, y: 5, w: W - 4, h: 3, paras: [{ text: "Yhteisten tavoitteiden arviointi", bold: true, size: L.size + 10, align: "center" }] }], shapes: [], noFurniture: true }];
  const strategies = [...new Set(g.summaries.map((x) => x.strategy))];
  const marker = (st: string): Frame => ({ x: W - 10, y: 2.2, w: 9, h: 0.8, paras: [{ text: st.toUpperCase(), bold: true, size: 10, align: "end" }] });
  const fmt = (v: number) => v.toFixed(1).replace(".", ",");
  for (const st of strategies) {
    const rows = g.summaries.filter((x) => x.strategy === st);
    const total = g.goals.filter((x) => x.strategy === st).length;
    const sumTitle = `Yhteenveto: ${st.toLowerCase()}n yhteiset tavoitteet`;
    const sl: Slide = { frames: [{ ...title(sumTitle, L), paras: [{ text: sumTitle, bold: true, size: L.size + 4 }] }, { x: 1, y: 2.2, w: 16, h: 0.9, paras: [{ text: `${st}ssa on asetettu ${total} yhteistä tavoitetta.`, size: s }] }, marker(st)], shapes: [] };
    const cols: [number, number][] = [[1, 11], [12.5, 3], [16, 3.5], [20, 3], [23.5, 3]];
    const head = ["Strateginen linjaus", "Tavoitteiden lukumäärä", "Keskiarvo kokonaisuuden tilanteesta", "Valmistuneita tavoitteita Kyllä", "Osittain"];
    const headH = Math.max(1.6, ...head.map((t, i) => labelHeight(t, cols[i]![1], s)));
    head.forEach((t, i) => sl.frames.push({ x: cols[i]![0], y: 3.4, w: cols[i]![1], h: headH, paras: [{ text: t, bold: true, size: s }] }));
    let y = 3.4 + Math.max(1.9, headH + 0.3);
    for (const r of rows) {
      const vals = [r.linjaus, String(r.count), fmt(r.average), String(r.completed_yes), r.completed_partial === null ? "" : String(r.completed_partial)];
      vals.forEach((t, i) => t && sl.frames.push({ x: cols[i]![0], y, w: cols[i]![1], h: 1.4, paras: [{ text: t, size: s }] }));
      y += 1.7;
    }
    slides.push(sl);
    // Goals per strategic line, as many per slide as fit, "1/2" parts in the title.
    const lines = [...new Set(g.goals.filter((x) => x.strategy === st).map((x) => x.linjaus))];
    for (const ln of lines) {
      const goals = g.goals.filter((x) => x.strategy === st && x.linjaus === ln);
      const hasSubs = goals.some((x) => x.alatavoitteet.length);
      const parts: (typeof goals)[] = [];
      let cur: typeof goals = [];
      let used = 0;
      const tavW = hasSubs ? 9 : 7;
      const asW = W - 2 - tavW - 6;
      const rowLabels = [hasSubs ? "Tavoite Alatavoitteet" : "Tavoite", "Tavoite saavutettu?", "Arviointi (1-5)", "Sanallinen arviointi (tiivistelmä)"];
      const rowLabelW = [tavW, 2.8, 2.8, asW];
      // The height of the column labels' row at a size (at least what it was before labels were measured).
      const labelRow = (gs: number) =>
        L.lu === "rows" ? Math.max(1.4, ...rowLabels.map((l, i) => labelHeight(l, rowLabelW[i]!, gs) + 0.2)) : Math.max(1.3, labelHeight("Tavoite saavutettu?", 3.4, gs - 1) + 0.2, labelHeight("Arviointi (1-5)", 2.6, gs - 1) + 0.2);
      // Goals stand between the column labels and the footer's band (1.4 cm from the bottom).
      const budgetAt = (gs: number) => H - 1.4 - 3.2 - labelRow(gs);
      // Estimates of the text's height, with a margin: a goal must not run into the next or the footer.
      const heightAt = (x: (typeof goals)[number], gs: number) =>
        1.12 *
        (L.lu === "rows"
          ? Math.max(heightFor([x.tavoite, ...x.alatavoitteet.map((a) => `• ${a}`)], tavW, gs, 0.1), heightFor([x.assessment], asW, gs))
          : heightFor([x.tavoite, ...x.alatavoitteet.map((a) => `• ${a}`)], W - 2, gs, 0.1) + heightFor([x.assessment], W - 15, gs) + 0.2);
      // The largest font size at which the tallest goal fits a slide of its own.
      let gs = s;
      while (gs > 7 && Math.max(...goals.map((x) => heightAt(x, gs))) + 0.3 > budgetAt(gs)) gs--;
      const budget = budgetAt(gs);
      const heightOf = (x: (typeof goals)[number]) => heightAt(x, gs);
      for (const x of goals) {
        const h = heightOf(x) + 0.3;
        if (cur.length && used + h > budget) {
          parts.push(cur);
          cur = [];
          used = 0;
        }
        cur.push(x);
        used += h;
      }
      if (cur.length) parts.push(cur);
      parts.forEach((part, k) => {
        const t = `Strateginen linjaus: ${ln}${parts.length > 1 ? ` ${k + 1}/${parts.length}` : ""}`;
        const sl: Slide = { frames: [{ ...title(t, L), paras: [{ text: t, bold: true, size: L.size + 4 }] }, marker(st)], shapes: [] };
        let y = 3.2;
        if (L.lu === "rows") {
          const hx = [1, 1 + tavW + 0.3, 1 + tavW + 3.2, 1 + tavW + 6];
          rowLabels.forEach((l, i) => sl.frames.push({ x: hx[i]!, y, w: rowLabelW[i]!, h: labelRow(gs) - 0.2, paras: [{ text: l, bold: true, size: gs }] }));
          y += labelRow(gs);
          for (const x of part) {
            const h = heightOf(x);
            sl.frames.push({ x: hx[0]!, y, w: tavW, h, paras: [{ text: x.tavoite, bold: hasSubs, size: gs }, ...x.alatavoitteet.map((a) => ({ text: `• ${a}`, size: gs }))] });
            sl.frames.push({ x: hx[1]!, y, w: 2.8, h: 1, paras: [{ text: x.achieved, size: gs }] });
            sl.frames.push({ x: hx[2]!, y, w: 2.5, h: 1, paras: [{ text: String(x.score), size: gs }] });
            sl.frames.push({ x: hx[3]!, y, w: asW, h, paras: [{ text: x.assessment, size: gs }] });
            y += h + 0.3;
          }
        } else {
          // Column labels over the evaluation row; each goal is a box across the slide with its
          // evaluation (status, score, assessment) in a row beneath it.
          const labels = ["Tavoite", "Tavoite saavutettu?", "Arviointi (1-5)", "Sanallinen arviointi (tiivistelmä)"];
          const lh = labelRow(gs) - 0.4;
          sl.frames.push({ x: 1, y, w: 6, h: lh, paras: [{ text: labels[0]!, bold: true, size: gs }] });
          sl.frames.push({ x: 7.2, y, w: 3.4, h: lh, paras: [{ text: labels[1]!, bold: true, size: gs - 1 }] });
          sl.frames.push({ x: 10.6, y, w: 2.6, h: lh, paras: [{ text: labels[2]!, bold: true, size: gs - 1 }] });
          sl.frames.push({ x: 14, y, w: W - 15, h: lh, paras: [{ text: labels[3]!, bold: true, size: gs }] });
          y += labelRow(gs);
          for (const x of part) {
            // With the margin the slide's budget counts (an estimate short of the text ran a box into the next).
            const th = 1.12 * heightFor([x.tavoite, ...x.alatavoitteet.map((a) => `• ${a}`)], W - 2, gs, 0.1);
            const ah = 1.12 * heightFor([x.assessment], W - 15, gs);
            sl.frames.push({ x: 1, y, w: W - 2, h: th, box: true, paras: [{ text: x.tavoite, bold: true, size: gs }, ...x.alatavoitteet.map((a) => ({ text: `• ${a}`, size: gs }))] });
            sl.frames.push({ x: 7.2, y: y + th + 0.1, w: 3.4, h: 0.8, paras: [{ text: x.achieved, bold: true, size: gs }] });
            sl.frames.push({ x: 10.6, y: y + th + 0.1, w: 2.6, h: 0.8, paras: [{ text: String(x.score), bold: true, size: gs }] });
            sl.frames.push({ x: 14, y: y + th + 0.1, w: W - 15, h: ah, paras: [{ text: x.assessment, size: gs }] });
            y += th + ah + 0.5;
          }
        }
        slides.push(sl);
      });
    }
  }
  return slides;
}

/** Letters and digits only, lower case: how a text is compared with the PDF's, whatever the line breaks. */
const letters = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * A deck must show every text of the gold whole and once on its page: a text clipped off the page,
 * or printed over another, is a generator bug and would be scored as a reading error. Checked on
 * the PDF itself: each gold text in the content-stream text (`pdftotext -raw`, frame by frame),
 * no word on or beyond a page edge, no two words over each other.
 */
async function checkDeck(pdf: string, texts: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  const raw = letters(execFileSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8" }));
  for (const t of texts) if (!raw.includes(letters(t))) problems.push(`text not whole on its page: "${t.slice(0, 60)}…"`);
  // A word broken inside (a box narrower than the word: "202" over "6") is a layout no designer
  // publishes; words may break at their hyphens and dashes only.
  const tokens = new Set(execFileSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8" }).split(/[\s\-–—/]+/u).map(letters));
  for (const t of texts) for (const w of t.split(/[\s\-–—/]+/u).map(letters)) if (w && !tokens.has(w)) problems.push(`word broken inside: "${w}" of "${t.slice(0, 40)}…"`);
  const doc = await readPdf(pdf, readFileSync(pdf), { rulings: false });
  for (const p of doc.pages) {
    for (const w of p.words) if (w.x0 < 0 || w.top < 0 || w.x1 > p.width || w.bottom > p.height) problems.push(`page ${p.number}: "${w.text}" off the page`);
    const ws = [...p.words].sort((a, b) => a.x0 - b.x0);
    for (let i = 0; i < ws.length; i++)
      for (let j = i + 1; j < ws.length && ws[j]!.x0 < ws[i]!.x1; j++) {
        const [a, b] = [ws[i]!, ws[j]!];
        const ix = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
        const iy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (ix > 1 && iy > 0.3 * Math.min(a.bottom - a.top, b.bottom - b.top)) problems.push(`page ${p.number}: "${a.text}" and "${b.text}" overprint`);
      }
  }
  return problems;
}

function goldTexts(ph: PhGold, lu: LuGold): { ph: string[]; lu: string[] } {
  return {
    ph: [...ph.priorities.flatMap((p) => [p.paatavoite, ...p.alatavoitteet.map((a) => a.text)]), ...ph.successes.flatMap((x) => [x.paatavoite_heading, ...x.items]), ...ph.timeline.map((t) => t.what)],
    lu: lu.goals.flatMap((x) => [x.tavoite, ...x.alatavoitteet, x.assessment]),
  };
}

async function main(): Promise<void> {
  const [out, set, only] = process.argv.slice(2);
  if (!out || !set || !LAYOUTS[set]) {
    console.error(`usage: tsx scripts/make-decks.ts OUTDIR ${Object.keys(LAYOUTS).join("|")}`);
    process.exit(2);
  }
  const goldDir = process.env.GOLD_DIR ?? "fixtures/gold";
  const ph = JSON.parse(readFileSync(join(goldDir, "ph-strategy-004.json"), "utf8")) as PhGold;
  const lu = JSON.parse(readFileSync(join(goldDir, "lu-eval-003.json"), "utf8")) as LuGold;
  const texts = goldTexts(ph, lu);
  let bad = false;
  mkdirSync(out, { recursive: true });
  const tmp = join(out, "odp");
  mkdirSync(tmp, { recursive: true });
  for (const L of LAYOUTS[set]!.filter((x) => !only || x.name.startsWith(only))) {
    spacing = L.unmeasuredSpacing ? 1 : (L.lineSpacing ?? 1);
    for (const [fam, slides] of [
      ["ph", phDeck(ph, L)],
      ["lu", luDeck(lu, L)],
    ] as const) {
      const f = join(tmp, `${fam}-${L.name}.fodp`);
      writeFileSync(f, odp(slides, L));
      execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${process.env.LO_PROFILE ?? "/tmp/slides-lo-profile"}`, "--convert-to", "pdf", "--outdir", out, f], { stdio: "ignore", timeout: 300_000 });
      const pdf = join(out, `${fam}-${L.name}.pdf`);
      const problems = await checkDeck(pdf, texts[fam]);
      console.log(problems.length ? `${pdf}: NOT USABLE\n  ${problems.slice(0, 10).join("\n  ")}` : pdf);
      bad ||= problems.length > 0;
    }
  }
  rmSync(tmp, { recursive: true, force: true });
  if (bad) process.exit(1);
}

await main();
