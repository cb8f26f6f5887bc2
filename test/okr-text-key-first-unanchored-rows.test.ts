/**
 * Text path (issue 24): rows printed key result first whose objective recurs nowhere. Such a row has
 * no anchor (the recurring line after a sentence's end that marks the cell after the first), so it
 * shared a gap with the next row and the two were read as one. The line after a line that ends as
 * the rows found end (the measured value and an added value, "84 % jaosto") begins it. All names and
 * values are invented.
 */
import { describe, expect, it } from "vitest";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";
import { loadRules } from "../src/rules/load.js";

const rules = loadRules();

const KEY_RESULTS = [
  "Neuvonnan jonot lyhenevät kahteen viikkoon kaikissa toimipisteissä.",
  "Kotikäyntien määrä kasvaa viidellä prosentilla vuoden aikana.",
  "Asiakaspalautteen keskiarvo nousee yli neljän koko alueella.",
  "Digitaalinen ajanvaraus otetaan käyttöön kaikissa yksiköissä.",
  "Yhteydenottoihin vastataan saman päivän aikana joka arkipäivä.",
  "Palveluohjaajat koulutetaan uuteen toimintamalliin keväällä.",
  "Odotusajat julkaistaan verkossa kuukausittain koko vuoden ajan.",
  "Omatyöntekijä nimetään jokaiselle pitkäaikaiselle asiakkaalle.",
  "Kirjaamisen laatu tarkistetaan otannalla kahdesti vuodessa.",
  "Ryhmätoiminnan kävijämäärä kasvaa kymmenellä prosentilla.",
  "Kuljetuspalvelun tilaukset käsitellään vuorokauden kuluessa.",
  "Lähetteiden käsittelyaika lyhenee alle viiteen arkipäivään.",
];
/** Objectives: most recur row after row; rows 2, 3 and 8 have one of their own. */
const OBJECTIVES = ["Palvelu paranee kaikille", "Palvelu paranee kaikille", "Uusi malli otetaan käyttöön", "Ajat selkeiksi jokaiselle", "Palvelu paranee kaikille",
  "Palvelu paranee kaikille", "Palvelu paranee kaikille", "Palvelu paranee kaikille", "Laatu näkyy kirjauksissa", "Palvelu paranee kaikille",
  "Palvelu paranee kaikille", "Palvelu paranee kaikille"];
/** The added last column: one body follows every row up. */
const ADDED = ["jaosto"];
const AREAS = ["Neuvonta", "Kotihoito", "Asiointi"];

describe("rows printed key result first whose objective recurs nowhere", () => {
  it("starts each row after the line that ends the row above", () => {
    const header = "Avaintulos Tavoite Tulosalue Toimiala Mittari Seuraaja";
    // Two pages of six rows, each under the heading and the column header.
    const texts = KEY_RESULTS.flatMap((kr, k) => {
      const words = kr.split(" ");
      const row = [words.slice(0, 4).join(" "), words.slice(4).join(" "), OBJECTIVES[k]!, `${AREAS[k % 3]} Kotipalvelut`, `${70 + k} % ${ADDED[k % ADDED.length]}`];
      return k % 6 === 0 ? ["Hyvä arki", header, ...row] : row;
    });
    const lines = texts.map((text, i) => ({ n: i + 1, text, page: 1 + Math.floor(texts.slice(0, i + 1).filter((t) => t === header).length - 1) }));
    const res = reconstructOkrTable(lines, null, rules);
    // Rows 2 and 3 lie between two anchors (rows 1 and 4): each is read whole, with its own measured value.
    const byKeyResult = new Map(res.rows.map((r) => [r.avaintulos, r]));
    for (const k of [2, 3]) {
      expect(byKeyResult.get(KEY_RESULTS[k]!)?.toteuma).toBe(`${70 + k} %`);
      expect(byKeyResult.get(KEY_RESULTS[k]!)?.tavoite).toBe(OBJECTIVES[k]);
    }
  }, 60_000);
});
