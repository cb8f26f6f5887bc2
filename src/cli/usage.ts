/** Wrong usage of the CLI: printed as one line with a pointer to --help, exit 2. */
export class UsageError extends Error {}

/** `--quiet` / `--verbose` as a verbosity. */
export function verbosityOf(values: { quiet?: boolean; verbose?: boolean }): "quiet" | "normal" | "verbose" {
  return values.quiet ? "quiet" : values.verbose ? "verbose" : "normal";
}
