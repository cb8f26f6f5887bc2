/** Columns under header labels no vocabulary has, told by their values (value-told.ts). */
import { describe, expect, it } from "vitest";
import { UNCONFIRMED, valueToldColumns, type FieldCells } from "../src/reconstruct/okr-table/value-told.js";

const PARTNERS = ["kunnat", "järjestöt", "oppilaitokset", "seurakunnat", "yritykset"];

/**
 * An invented table of 32 rows: four divisions of two result areas, two objectives per area, two
 * key results per objective, each with its measure; and the values of some added columns (a partner
 * that changes every row, a head per result area, a code per row, a long note per row, a weight).
 */
function cellsOf(n: number): Record<string, string> {
  const d = ["Metsä", "Järvi", "Suo", "Tunturi"][n >> 3]!;
  const area = `${d}n ${["kuusikko", "koivikko"][(n >> 2) & 1]}`;
  const objective = `Polut ${area.toLowerCase()} kunnossa ${["keväällä", "syksyllä"][(n >> 1) & 1]}`;
  return {
    division: d,
    area,
    objective,
    keyResult: `Reitti ${n + 1} merkitään ja sen opasteet uusitaan vuoden aikana`,
    measure: `${(n * 7) % 100} %`,
    yearly: "osittain",
    partner: PARTNERS[n % PARTNERS.length]!,
    head: `Päällikkö ${area}`,
    code: `R-${n + 1}`,
    note: `Huomio ${n + 1}: kunnossapito sovitaan kunnan kanssa erikseen`,
    weight: `${10 + (n % 4) * 5} %`,
    // A measure whose values vary and recur (a share reached by several rows), a starting level of three classes, sums of four.
    reached: n % 3 === 0 ? "100 %" : `${(n * 7) % 100} % toteutunut`,
    start: `${[64, 48, 12][n % 3]} %`,
    sum: ["−25 000 €", "0 €", "+150 000 €", "3 200 €"][n % 4]!,
  };
}

/** Rows with the given columns: `[field as the header names it, cell key]`. */
function table(columns: [string, string][]): FieldCells[] {
  return Array.from({ length: 32 }, (_, n) => {
    const c = cellsOf(n);
    return { fields: columns.map(([f]) => f), texts: columns.map(([, k]) => c[k]!) };
  });
}

const ALL: [string, string][] = [["toimiala", "division"], ["tulosalue", "area"], ["tavoite", "objective"], ["avaintulos", "keyResult"], ["toteuma", "measure"], ["vuositaso", "yearly"]];
/** The known columns with some of them under unknown labels: `{field: "extra:Label"}`. */
const renamed = (names: Record<string, string>, cols = ALL): [string, string][] => cols.map(([f, k]) => [names[f] ?? f, k]);
const told = (rows: FieldCells[]) => Object.fromEntries(valueToldColumns(rows, { printedOrder: true }));

describe("valueToldColumns", () => {
  it("tells two unknown levels side by side by the hierarchy, in either order", () => {
    const cols = renamed({ toimiala: "extra:Lohko", tulosalue: "extra:Yksikkö" });
    expect(told(table(cols))).toEqual({ "extra:Lohko": "toimiala", "extra:Yksikkö": "tulosalue" });
    expect(told(table([cols[1]!, cols[0]!, ...cols.slice(2)]))).toEqual({ "extra:Lohko": "toimiala", "extra:Yksikkö": "tulosalue" });
  }, 30_000);

  it("tells an unknown objective and leaves an added code per row alone", () => {
    const cols: [string, string][] = [["extra:Tunnus", "code"], ...renamed({ tavoite: "extra:Päämäärä" })];
    expect(told(table(cols))).toEqual({ "extra:Päämäärä": "tavoite" });
  }, 30_000);

  it("tells an unknown key result and then the unknown measure beside it", () => {
    expect(told(table(renamed({ avaintulos: "extra:Muutos", toteuma: "extra:Lukema" })))).toEqual({ "extra:Muutos": "avaintulos", "extra:Lukema": "toteuma" });
  }, 30_000);

  it("tells the division and the objective when the result area between them is known", () => {
    const cols: [string, string][] = [...renamed({ toimiala: "extra:Lohko", tavoite: "extra:Päämäärä" }), ["extra:Kumppanit", "partner"]];
    expect(told(table(cols))).toEqual({ "extra:Lohko": "toimiala", "extra:Päämäärä": "tavoite" });
  }, 30_000);

  it("guesses nothing when an added column has the missing field's shape", () => {
    expect(told(table(renamed({ tulosalue: "extra:Yksikkö" })))).toEqual({ "extra:Yksikkö": "tulosalue" });
    // A head per result area and an unknown result area label, neither printed beside the division
    // or the objective: either could be the area. (Printed in its place, the area is told: below.)
    const areaLast = renamed({ tulosalue: "extra:Yksikkö" });
    expect(told(table([...areaLast.filter((_, i) => i !== 1), areaLast[1]!, ["extra:Vastuu", "head"]]))).toEqual({});
    expect(told(table([...areaLast, ["extra:Vastuu", "head"]]))).toEqual({ "extra:Yksikkö": "tulosalue" });
    // A long note per row and a key result under an unknown label, neither printed beside the
    // objective (the key result first): either could be the key result.
    const keyFirst = renamed({ avaintulos: "extra:Muutos" });
    expect(told(table([keyFirst[3]!, ...keyFirst.filter((_, i) => i !== 3), ["extra:Huomio", "note"]]))).toEqual({});
    // Two columns of figures beside the key result: either could be the measure.
    const weights: [string, string][] = [["toimiala", "division"], ["tulosalue", "area"], ["tavoite", "objective"], ["extra:Paino", "weight"], ["avaintulos", "keyResult"], ["extra:Lukema", "measure"], ["vuositaso", "yearly"]];
    expect(told(table(weights))).toEqual({});
  }, 30_000);

  it("tells of two columns of sentences the one printed beside the objective as the key result", () => {
    // Levels are printed in their order: the unknown key result beside the objective, a long note
    // per row after it (before the measure, or last).
    const cols = renamed({ avaintulos: "extra:Muutos" });
    expect(told(table([...cols.slice(0, 4), ["extra:Huomio", "note"], ...cols.slice(4)]))).toEqual({ "extra:Muutos": "avaintulos" });
    expect(told(table([...cols, ["extra:Huomio", "note"]]))).toEqual({ "extra:Muutos": "avaintulos" });
    // Fields in an order not known to be the printed one (a text's): nothing is guessed.
    expect(Object.fromEntries(valueToldColumns(table([...cols, ["extra:Huomio", "note"]])))).toEqual({});
  }, 30_000);

  it("never takes a column as fine as the level it would stand above, nor one that changes every row", () => {
    // The head per area under an unknown label where the division would be: as fine as the area, no division.
    expect(told(table([...renamed({ toimiala: "extra:Vastuu" }, ALL.map(([f, k]) => [f, f === "toimiala" ? "head" : k]))]))).toEqual({});
    expect(told(table([...renamed({ toimiala: "extra:Kumppanit" }, ALL.map(([f, k]) => [f, f === "toimiala" ? "partner" : k]))]))).toEqual({});
  }, 30_000);

  it("tells nothing when the header names every field, or the table is too short", () => {
    expect(told(table([...ALL, ["extra:Kumppanit", "partner"], ["extra:Huomio", "note"]]))).toEqual({});
    expect(told(table(renamed({ toimiala: "extra:Lohko" })).slice(0, 8))).toEqual({});
  }, 30_000);

  it("tells a measure whose values never recur only from figures beside the key result or the yearly column", () => {
    const words = table(renamed({ toteuma: "extra:Lukema" })).map((r) => ({ ...r, texts: r.texts.map((t, i) => (r.fields[i] === "extra:Lukema" ? "kesken" : t)) }));
    expect(told(words)).toEqual({});
    const far: [string, string][] = [["extra:Lukema", "measure"], ...ALL.filter(([f]) => f !== "toteuma")];
    expect(told(table(far))).toEqual({});
    expect(told(table(renamed({ toteuma: "extra:Lukema" })))).toEqual({ "extra:Lukema": "toteuma" });
  }, 30_000);

  it("tells the one figure column that varies as a measure does, wherever it is printed", () => {
    const [division, area, objective, keyResult, , yearly] = ALL;
    // Printed first, an added column of starting levels third: beside neither the key result nor the yearly column.
    const first: [string, string][] = [["extra:Saavutus", "reached"], division!, area!, ["extra:Lähtötaso", "start"], objective!, keyResult!, yearly!];
    expect(told(table(first))).toEqual({ "extra:Saavutus": "toteuma" });
    // Between the objective and an added column of sums that stands beside the yearly column.
    const between: [string, string][] = [division!, area!, keyResult!, objective!, ["extra:Saavutus", "reached"], ["extra:Muutos", "sum"], yearly!];
    expect(told(table(between))).toEqual({ "extra:Saavutus": "toteuma" });
    // Two columns that both vary so, neither beside the key result: nothing is guessed.
    const two: [string, string][] = [["extra:Saavutus", "reached"], division!, area!, ["extra:Toinen", "reached"], objective!, keyResult!, yearly!];
    expect(told(table(two))).toEqual({});
  }, 30_000);

  it("takes the measure from an added column when the measure's label stands over a column empty in every row", () => {
    // "Vuoden toteuma" over an empty column read as the measure's label; the figures stand under a label no vocabulary has.
    const emptyLabelled: [string, string][] = [...ALL.slice(0, 4), ["toteuma", "none"], ["extra:Lukema", "measure"]];
    const rows = table(emptyLabelled).map((r) => ({ ...r, texts: r.texts.map((t) => t ?? "") }));
    expect(told(rows)).toEqual({ "extra:Lukema": "toteuma", toteuma: UNCONFIRMED });
    // The label holds while its column has values, even words.
    const words = rows.map((r) => ({ ...r, texts: r.texts.map((t, i) => (r.fields[i] === "toteuma" ? "kesken" : t)) }));
    expect(told(words)).toEqual({});
    // An empty yearly column is still the measure's neighbour (key result first, the measure between the objective and the yearly column).
    const blankYearly = table([["avaintulos", "keyResult"], ...ALL.slice(0, 3), ["extra:Lukema", "measure"], ["vuositaso", "none"]]).map((r) => ({ ...r, texts: r.texts.map((t) => t ?? "") }));
    expect(told(blankYearly)).toEqual({ "extra:Lukema": "toteuma" });
    // With no added column that reads as a measure, nothing changes.
    expect(told(table([...ALL.slice(0, 4), ["toteuma", "none"], ["extra:Kumppanit", "partner"]]).map((r) => ({ ...r, texts: r.texts.map((t) => t ?? "") })))).toEqual({});
  }, 30_000);
});
