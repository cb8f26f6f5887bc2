/**
 * Row starts and cells of the OKR table's text path (issue 24) where a first column's name shares
 * its first word with the next cell ("Alfa ja beeta" over "Alfa …"), written cell by cell so that
 * both begin lines; and a target column's ratio ("3,8 / 5") right before the measured value.
 */
import { describe, expect, it } from "vitest";
import { findRowStarts } from "../src/reconstruct/okr-table/row-starts.js";
import { fragments, segmentRow } from "../src/reconstruct/okr-table/segment.js";
import { assignContinuation, continuationUnderfill } from "../src/reconstruct/okr-table/continuation.js";
import { tokenize } from "../src/reconstruct/okr-table/rows.js";
import { loadRules } from "../src/rules/load.js";
import { bodyOf } from "./okr-text-body.js";

const rules = loadRules();


describe("OKR table text path: a first column sharing its first word with the next cell", () => {
  it("starts the row at the name written over lines, not at the next cell's line with the same first word", () => {
    // The division "Alfa ja beeta" over two lines, then its result area "Alfa" (or "Kota") on a line
    // of its own with the objective; "Gamma" rows show how rows end. The name's two lines recur
    // before every "Alfa" division row: they are the first cell, not a row.
    const alfa = (area: string, v: number) => ["Alfa ja", "beeta", `${area} Asiakkaat saavat apua`, "ajoissa joka päivä.", `${v} %`];
    const gamma = (area: string, v: number) => ["Gamma", `${area} Hyvä arki kotona`, "kaikille joka päivä.", `${v} %`];
    const rows = [alfa("Alfa", 10), alfa("Alfa", 20), alfa("Kota", 30), gamma("Kota", 40), gamma("Koti", 50), alfa("Alfa", 60), alfa("Kota", 70), gamma("Koti", 80)];
    const { body, starts } = bodyOf(rows, [0, 5]);
    expect(findRowStarts(body, []).map((s) => s.at)).toEqual(starts);
  }, 30_000);

  it("keeps a ratio whole in the column before the measured value", () => {
    // Fields: result area, objective, key result, an unknown target column, measured value. The
    // target "3,8 / 5" and the value "100 %" share the row's last line.
    const lines = ["Kota Hyvä arki kaikille Asiakkaat saavat apua", "ajoissa joka päivä.", "3,8 / 5 100 %"].map((text, i) => ({ n: i + 1, text, blankBefore: false }));
    const tokens = tokenize(lines);
    const fields = ["tulosalue", "tavoite", "avaintulos", "extra:Tavoitetaso", "toteuma"];
    const best = segmentRow({ lines, tokens, firstTokenMidLine: false, toimialaSingleLine: false, fields }, { knownResultAreas: new Set() }, rules.okrTable.segmentation)[0]!;
    const bounds = [0, ...best.cuts, tokens.length];
    const cells = fields.map((_, k) => tokens.slice(bounds[k], bounds[k + 1]).map((t) => t.text).join(" "));
    expect(cells.slice(3)).toEqual(["3,8 / 5", "100 %"]);
  }, 30_000);
});

describe("OKR table text path: the rest of a row broken across a page", () => {
  it("gives a cell the lines that fill its column, not a lone word, when the next cell's wrapped word goes on below them", () => {
    // First parts: objective "… periaat-", key result "… sopi-" (both wrapped at the page foot).
    // The rest: "teiden luominen ja tämä jatkuu" / "loppuun asti" (the objective's, narrow column),
    // then "muksista tulee …" (the key result's). Giving the objective only "teiden" makes the key
    // result's lines end short though the next word had room: the column's width says no.
    const lines = ["teiden luominen ja tämä jatkuu", "loppuun asti", "muksista tulee hyvä ja pitkä lause tässä"].map((text, i) => ({ n: i + 1, text, blankBefore: false }));
    const tokens = tokenize(lines);
    const firstParts = ["Kota", "Hyvä arki periaat-", "Asukkaat saavat sopi-", "95 %"];
    const widths = [10, 30, 45, 6];
    const spans = assignContinuation(firstParts, lines, tokens, (k, s, e) => continuationUnderfill(fragments(tokens, s, e), widths[k]));
    const cells = spans.map(([s, e]) => tokens.slice(s, e).map((t) => t.text).join(" "));
    expect(cells).toEqual(["", "teiden luominen ja tämä jatkuu loppuun asti", "muksista tulee hyvä ja pitkä lause tässä", ""]);
  }, 30_000);
});
