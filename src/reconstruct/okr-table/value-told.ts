/**
 * Columns told by their values when their header label is one no vocabulary has ("Lohko" over the
 * divisions, "Päämäärä" over the objectives): such a column stands as an added column (`extra:…`)
 * and the field it holds would be empty in every row. The labels only confirm; the values decide.
 *
 * The OKR row is a hierarchy: a division spans result areas, a result area spans objectives, an
 * objective spans key results, and each key result is a row of its own with its measure. So
 * - a level's column has a value on (nearly) every row (each row restates its division, area, …),
 * - a coarser level has fewer distinct values and longer runs of rows under one value,
 * - each value of a finer level lies under one value of the level above,
 * - a result area's names are short (a division's may run long: its long runs tell it), names may
 *   be numbered ("1. …") but open with no figure otherwise, key results are sentences, and
 * - a measure mostly opens with a figure; its values vary and recur (below), and it usually stands
 *   beside the key result or the yearly column.
 * Each missing field has a profile of its own (below); missing levels are told jointly, so two
 * unknown labels side by side go by the hierarchy. Every way of giving the missing fields to added
 * columns that passes is tried, and a field is told only when every best way gives it the same
 * column: an added column of the same shape (a responsible person per result area, a text per row)
 * makes it a guess, and nothing is guessed, unless the levels' order settles it: of the best ways,
 * those printing the most told levels beside their neighbours in the hierarchy are kept. Only
 * fields no header of the table names are told, so an added column never changes a known field.
 *
 * Path-independent: the PDF path and the text path both hand in each row's fields and cell texts.
 */
import { letterKey } from "../../text/letters.js";
import { EXTRA_PREFIX } from "./header.js";

/** A row as these tests see it: its fields (`extra:<header>` for an added column) and each cell's text. */
export interface FieldCells {
  fields: string[];
  texts: string[];
}

/** Rows the evidence needs: a few result areas' worth. */
const MIN_ROWS = 12;
/** Share of rows with a value in a level's or the measure's column. */
const MIN_FILLED = 0.9;
/** Share of a finer level's values found under one value of the level above (a few objectives recur across areas). */
const MIN_UNDER_ONE = 0.8;
/** Letters of a name (division, result area) on average, at the most; longer texts are sentences. */
const MAX_NAME_LETTERS = 60;
/** Letters of a key result on average, at the least: a sentence, not a code or a mark. */
const MIN_KEY_RESULT_LETTERS = 25;
/** Share of a key result column's values that differ from every other row's: one key result a row. */
const MIN_KEY_RESULT_DISTINCT = 0.9;

/** What a caller may ask of the tests. */
export interface ToldSettings {
  /** Share of a key result column's values that differ from every other row's (`MIN_KEY_RESULT_DISTINCT` by default; the text path asks less). */
  keyResultDistinct: number;
  /**
   * Whether the fields' order is the columns' as printed, so that a tie may go by the levels' order
   * (`besideTheirLevels`): the PDF path's columns are; a text's are cut from its lines, less surely.
   */
  printedOrder: boolean;
}
/** Share of a name or sentence column's values that may open with a figure (a measure's do). */
const MAX_FIGURE_FIRST = 0.5;
/** Share of the measure column's values that open with a figure (after at most a sign or two: "n. 60 %", "+3"). */
const MIN_FIGURE_FIRST = 0.6;
/** Share of rows in which the measure stands right beside the key result or the yearly column. */
const MIN_BESIDE = 0.9;
/**
 * Shares of distinct values among a measure column's filled cells: at least the first (one key
 * result, one measured value: "83 %", "1 250 käyntiä", "kesken"), at most the second (a share
 * such as "100 %" is reached by several rows). A column of a few recurring classes (weights, a
 * starting level, sums per class) varies less; a column of identifiers (running numbers, codes)
 * never recurs.
 */
const MEASURE_DISTINCT = { min: 0.2, max: 0.9 };
/** Fields a measure reports on, one of which it stands beside. */
const MEASURE_NEIGHBOURS = ["avaintulos", "vuositaso"];

/** A measured value's opening: a figure after at most a sign or two ("83 %", "n. 60 %", "+3"). */
export const FIGURE_FIRST = /^\P{L}{0,3}\p{N}/u;
/** A name's number before it ("1. Metsä", "2) Järvi", "3 Suo"): a figure, then a capitalised word. */
const NAME_NUMBER = /^\p{N}+(?:[.,]\p{N}+)*[.)]?\s+(?=\p{Lu})/u;

/** The hierarchy, coarse to fine. */
const LEVELS = ["toimiala", "tulosalue", "tavoite", "avaintulos"] as const;
type Level = (typeof LEVELS)[number];

/** One column's values over the rows, with the figures the profiles test. */
interface Column {
  name: string;
  /** Each row's value, letters only ("" when empty or the row lacks the column). */
  keys: string[];
  filled: number;
  distinct: number;
  /** Rows per run of one value. */
  meanRun: number;
  meanLetters: number;
  figureFirst: number;
  /** The share opening with a figure once a name's number before it is set aside (names may be numbered, measures open with theirs). */
  nameFigureFirst: number;
}

/** What each level's column looks like on its own, before the hierarchy relates them. */
const LEVEL_PROFILE: Record<Level, (c: Column, settings: ToldSettings) => boolean> = {
  // A division spans several result areas and their rows. Its names may run long ("… ja … palvelut
  // sekä …"): its long runs and the hierarchy tell it from sentences (an objective's runs are shorter).
  toimiala: (c) => c.meanRun >= 3 && c.nameFigureFirst <= MAX_FIGURE_FIRST,
  // A result area spans its objectives' rows: runs longer than one row.
  tulosalue: (c) => c.meanRun >= 1.5 && c.meanLetters <= MAX_NAME_LETTERS && c.nameFigureFirst <= MAX_FIGURE_FIRST,
  // An objective spans its key results; short or long, the hierarchy places it.
  tavoite: (c) => c.meanRun > 1 && c.figureFirst <= MAX_FIGURE_FIRST,
  // One key result a row, a sentence.
  avaintulos: (c, s) => c.distinct >= s.keyResultDistinct * c.filled && c.meanLetters >= MIN_KEY_RESULT_LETTERS && c.figureFirst <= MAX_FIGURE_FIRST,
};

/**
 * The added columns the rows' values tell as fields: `extra:<header>` → field. Empty when the rows
 * are too few, when no field is missing, or when no added column fits a missing field alone.
 */
export function valueToldColumns(rows: readonly FieldCells[], settings: Partial<ToldSettings> = {}): Map<string, string> {
  const told = new Map<string, string>();
  if (rows.length < MIN_ROWS) return told;
  const named = new Set(rows.flatMap((r) => r.fields));
  const added = [...named].filter((f) => f.startsWith(EXTRA_PREFIX)).map((name) => columnOf(rows, name));
  const levels = tellLevels(rows, named, added, { keyResultDistinct: MIN_KEY_RESULT_DISTINCT, printedOrder: false, ...settings });
  for (const [name, field] of levels) told.set(name, field);
  // A label confirms, the values decide: the measure's label over a column empty in every row (a
  // yearly column labelled "Vuoden toteuma", say) named the wrong column when an added one reads as the measure.
  const measureEmpty = named.has("toteuma") && columnOf(rows, "toteuma").filled === 0;
  if (!named.has("toteuma") || measureEmpty) {
    const fieldsNow = rows.map((r) => ({ fields: r.fields.map((f) => told.get(f) ?? (f === "toteuma" ? UNCONFIRMED : f)), texts: r.texts }));
    const measure = measureColumn(fieldsNow, added.filter((c) => !told.has(c.name)));
    if (measure) told.set(measure, "toteuma");
    if (measure && measureEmpty) told.set("toteuma", UNCONFIRMED);
  }
  return told;
}

/**
 * What `valueToldColumns` tells a named column whose values gave the lie to its label: an added
 * column again, which the caller names by its header text.
 */
export const UNCONFIRMED = EXTRA_PREFIX;

/** The missing levels told jointly: every assignment the profiles and the hierarchy allow, kept where the best agree. */
function tellLevels(rows: readonly FieldCells[], named: ReadonlySet<string>, added: readonly Column[], settings: ToldSettings): Map<string, Level> {
  const missing = LEVELS.filter((l) => !named.has(l));
  const known = new Map<Level, Column>(LEVELS.filter((l) => named.has(l)).map((l) => [l, columnOf(rows, l)]));
  const candidates = missing.map((l) => added.filter((c) => c.filled >= MIN_FILLED * rows.length && LEVEL_PROFILE[l](c, settings)));
  let best: Map<Level, Column>[] = [];
  let bestSize = 1;
  const walk = (i: number, chosen: Map<Level, Column>): void => {
    if (i === missing.length) {
      if (chosen.size < bestSize || !fitsHierarchy(chosen, known)) return;
      if (chosen.size > bestSize) best = [];
      bestSize = chosen.size;
      best.push(new Map(chosen));
      return;
    }
    walk(i + 1, chosen);
    for (const c of candidates[i]!) {
      if ([...chosen.values()].includes(c)) continue;
      chosen.set(missing[i]!, c);
      walk(i + 1, chosen);
      chosen.delete(missing[i]!);
    }
  };
  walk(0, new Map());
  if (settings.printedOrder) best = besideTheirLevels(rows, best, known);
  const out = new Map<string, Level>();
  for (const l of missing) {
    const picks = new Set(best.map((b) => b.get(l)));
    const only = picks.size === 1 ? [...picks][0] : undefined;
    if (only) out.set(only.name, l);
  }
  return out;
}

/**
 * Of the assignments the profiles and the hierarchy allow, those that print the most told levels
 * right beside a level next to them in the hierarchy (told or known): a table prints its levels in
 * their order, either way round, so of two added columns of sentences (a key result under an
 * unknown label and a column of notes) the one beside the objective is the key result. When no
 * assignment places a told level so (a key result printed first), all are kept.
 */
function besideTheirLevels(rows: readonly FieldCells[], best: Map<Level, Column>[], known: ReadonlyMap<Level, Column>): Map<Level, Column>[] {
  if (best.length < 2) return best;
  const beside = (a: string, b: string) => rows.filter((r) => {
    const i = r.fields.indexOf(a);
    const j = r.fields.indexOf(b);
    return i >= 0 && j >= 0 && Math.abs(i - j) === 1;
  }).length >= MIN_BESIDE * rows.length;
  const placed = (told: ReadonlyMap<Level, Column>) =>
    [...told].filter(([l, c]) => {
      const k = LEVELS.indexOf(l);
      return [LEVELS[k - 1], LEVELS[k + 1]].some((n) => {
        const other = n && (told.get(n) ?? known.get(n));
        return other !== undefined && beside(c.name, other.name);
      });
    }).length;
  const counts = best.map(placed);
  const most = Math.max(...counts);
  return best.filter((_, i) => counts[i] === most);
}

/**
 * Whether every told level sits in the hierarchy with the levels next to it (told or known): fewer
 * distinct values than the level below, more than the level above, and each finer value under one
 * coarser value. Known levels are not tested against each other: the header named them.
 */
function fitsHierarchy(told: ReadonlyMap<Level, Column>, known: ReadonlyMap<Level, Column>): boolean {
  const chain = LEVELS.map((l) => ({ told: told.has(l), col: told.get(l) ?? known.get(l) })).filter((x) => x.col);
  for (let i = 1; i < chain.length; i++) {
    const coarse = chain[i - 1]!;
    const fine = chain[i]!;
    if (!coarse.told && !fine.told) continue;
    if (coarse.col!.distinct >= fine.col!.distinct || !nests(fine.col!, coarse.col!)) return false;
  }
  return true;
}

/** Whether (nearly) each value of `fine` lies under one value of `coarse`. */
function nests(fine: Column, coarse: Column): boolean {
  const under = new Map<string, Set<string>>();
  fine.keys.forEach((f, i) => {
    const c = coarse.keys[i]!;
    if (!f || !c) return;
    const s = under.get(f) ?? new Set<string>();
    s.add(c);
    under.set(f, s);
  });
  if (!under.size) return false;
  const one = [...under.values()].filter((s) => s.size === 1).length;
  return one >= MIN_UNDER_ONE * under.size;
}

/**
 * The added column that is the measure: filled and mostly opening with a figure. When exactly one
 * such column varies as a measure does (`MEASURE_DISTINCT`), it is the measure wherever it is
 * printed (first, or between the objective and an added column of sums). Otherwise the one such
 * column beside the key result or the yearly column is; an added column of figures (weights, sums,
 * shares) may pass too, so exactly one column must pass; with two, nothing is guessed.
 */
function measureColumn(rows: readonly FieldCells[], added: readonly Column[]): string | undefined {
  const figures = added.filter((c) => c.filled >= MIN_FILLED * rows.length && c.figureFirst >= MIN_FIGURE_FIRST);
  const varied = figures.filter((c) => c.distinct >= MEASURE_DISTINCT.min * c.filled && c.distinct <= MEASURE_DISTINCT.max * c.filled);
  if (varied.length === 1) return varied[0]!.name;
  // A column empty in every row stands between no two columns for a reader (an empty yearly column is still a neighbour).
  const blank = new Set([...new Set(rows.flatMap((r) => r.fields))].filter((f) => columnOf(rows, f).filled === 0));
  const besideIn = (fields: readonly string[], name: string) => {
    const i = fields.indexOf(name);
    return i >= 0 && MEASURE_NEIGHBOURS.some((f) => fields.includes(f) && Math.abs(fields.indexOf(f) - i) === 1);
  };
  const passing = figures.filter((c) => {
    const beside = rows.filter((r) => besideIn(r.fields, c.name) || besideIn(r.fields.filter((f) => !blank.has(f)), c.name)).length;
    return beside >= MIN_BESIDE * rows.length;
  });
  return passing.length === 1 ? passing[0]!.name : undefined;
}

/** A column's values over the rows and the figures of them the profiles use. */
function columnOf(rows: readonly FieldCells[], name: string): Column {
  const texts = rows.map((r) => {
    const i = r.fields.indexOf(name);
    return i >= 0 ? (r.texts[i] ?? "").trim() : "";
  });
  const keys = texts.map((t) => letterKey(t));
  const filledTexts = texts.filter(Boolean);
  let runs = 1;
  for (let i = 1; i < keys.length; i++) if (keys[i] !== keys[i - 1]) runs++;
  return {
    name,
    keys,
    filled: filledTexts.length,
    distinct: new Set(keys.filter(Boolean)).size,
    meanRun: rows.length / runs,
    meanLetters: filledTexts.length ? filledTexts.reduce((a, t) => a + t.length, 0) / filledTexts.length : 0,
    figureFirst: filledTexts.length ? filledTexts.filter((t) => FIGURE_FIRST.test(t)).length / filledTexts.length : 0,
    nameFigureFirst: filledTexts.length ? filledTexts.filter((t) => FIGURE_FIRST.test(t.replace(NAME_NUMBER, ""))).length / filledTexts.length : 0,
  };
}
