/**
 * Text path (issue 24): an objective printed first, wrapped over lines and restated word for word
 * for each of its key results. The row before the restatement ends in words seen nowhere else (a
 * measured value of its own unit), so no row ending vouched for the start and the two rows were read
 * as one. The first lines printed again, line for line, start the second row. All names and values
 * are invented.
 */
import { describe, expect, it } from "vitest";
import { reconstructOkrTable } from "../src/reconstruct/okr-table/text.js";
import { loadRules } from "../src/rules/load.js";

const rules = loadRules();

const SHARED = ["Vahvistamme yhteistyötä kuntien", "ja järjestöjen kanssa koko alu-", "eella"];
/** Each row's objective as printed (lines), its key result's two lines and its measured value. */
const ROWS: { objective: string[]; kr: [string, string]; value: string }[] = [
  { objective: ["Palvelu paranee kaikille"], kr: ["Neuvonnan jonot lyhenevät kahteen", "viikkoon kaikissa toimipisteissä."], value: "70 %" },
  { objective: ["Palvelu paranee kaikille"], kr: ["Kotikäyntien määrä kasvaa viidellä", "prosentilla vuoden aikana."], value: "71 %" },
  { objective: SHARED, kr: ["Yhteiset tapaamiset järjestetään", "kerran kuukaudessa."], value: "7 tapaamista" },
  { objective: SHARED, kr: ["Järjestöjen edustajat osallistuvat", "suunnitteluun keväällä."], value: "73 %" },
  { objective: ["Palvelu paranee kaikille"], kr: ["Yhteydenottoihin vastataan saman", "päivän aikana."], value: "74 %" },
  { objective: ["Ajat selkeiksi jokaiselle"], kr: ["Odotusajat julkaistaan verkossa", "kuukausittain."], value: "75 %" },
  { objective: ["Palvelu paranee kaikille"], kr: ["Omatyöntekijä nimetään jokaiselle", "pitkäaikaiselle asiakkaalle."], value: "76 %" },
  { objective: ["Palvelu paranee kaikille"], kr: ["Kirjaamisen laatu tarkistetaan", "otannalla kahdesti vuodessa."], value: "77 %" },
  { objective: ["Laatu näkyy kirjauksissa"], kr: ["Ryhmätoiminnan kävijämäärä kasvaa", "kymmenellä prosentilla."], value: "78 %" },
  { objective: ["Palvelu paranee kaikille"], kr: ["Kuljetuspalvelun tilaukset käsitellään", "vuorokauden kuluessa."], value: "79 %" },
  { objective: ["Palvelu paranee kaikille"], kr: ["Lähetteiden käsittelyaika lyhenee", "alle viiteen arkipäivään."], value: "80 %" },
  { objective: ["Ajat selkeiksi jokaiselle"], kr: ["Asiakaspalautteen keskiarvo nousee", "yli neljän koko alueella."], value: "81 %" },
];
const AREAS = ["Neuvonta", "Kotihoito", "Asiointi"];

describe("an objective printed first and restated line for line", () => {
  it("starts a row where the restated lines begin, after a row ending seen nowhere else", () => {
    const header = "Tavoite Toimiala Tulosalue Avaintulos Mittari";
    const texts = ROWS.flatMap((r, k) => {
      // A wrapped objective stands on lines of its own; a one-line one shares its line with the next cells.
      const first = `Kotipalvelut ${AREAS[k % 3]} ${r.kr[0]}`;
      const lines = [...(r.objective.length > 1 ? [...r.objective, first] : [`${r.objective[0]} ${first}`]), r.kr[1], r.value];
      return k % 6 === 0 ? ["Hyvä arki", header, ...lines] : lines;
    });
    let page = 0;
    const lines = texts.map((text, i) => ({ n: i + 1, text, page: text === header ? ++page : page }));
    const res = reconstructOkrTable(lines, null, rules);
    expect(res.rows).toHaveLength(ROWS.length);
    const objective = SHARED.join(" ").replace("alu- eella", "alueella");
    for (const k of [2, 3]) {
      const row = res.rows.find((r) => r.avaintulos === ROWS[k]!.kr.join(" "));
      expect(row?.tavoite).toBe(objective);
      expect(row?.toteuma).toBe(ROWS[k]!.value);
    }
  }, 60_000);
});
