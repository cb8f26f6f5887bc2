/** Shared test helpers: the fixtures manifest and the gold rows. */
import { readFileSync } from "node:fs";

export interface GoldOkr {
  source: string;
  rows: Record<string, unknown>[];
}

export function goldOkr(path = "fixtures/gold/kh-okr-002.json"): GoldOkr {
  return JSON.parse(readFileSync(path, "utf8")) as GoldOkr;
}
