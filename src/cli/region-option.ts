/**
 * `--region` checked against `rules/regions.json`: the region's id, or wrong usage (exit 2). A
 * mistyped region would otherwise fail every file of an import, or give a report of no rows.
 */
import { findRegion } from "../detect/region.js";
import { loadRules } from "../rules/load.js";
import { UsageError } from "./usage.js";

export function regionOption(value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  const regions = loadRules().regions;
  const region = findRegion(value, regions);
  if (!region) throw new UsageError(`unknown region "${value}" (known: ${regions.regions.map((r) => r.id).join(", ")})`);
  return region.id;
}
