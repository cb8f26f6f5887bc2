/** `--period` checked: a reporting period in its normal form, or wrong usage (exit 2). */
import { normalizePeriod, PERIOD_FORMS } from "../model/period.js";
import { UsageError } from "./usage.js";

export function periodOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const p = normalizePeriod(value);
  if (!p) throw new UsageError(`--period must be a reporting period such as ${PERIOD_FORMS}, got "${value}"`);
  return p;
}
