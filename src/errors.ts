/** Errors that name the input and the stage, so a batch can report them and go on. */
export type Stage = "read" | "detect" | "reconstruct" | "normalize" | "store";

export class InputError extends Error {
  override name = "InputError";
  constructor(
    readonly source: string,
    readonly stage: Stage,
    message: string,
    readonly errorClass: string = "InputError",
  ) {
    super(`${source}: ${message}`);
  }
}

/** An option value that does not fit the input (a page beyond the last page): exit 2 like wrong usage. */
export class OptionError extends Error {
  override name = "OptionError";
}
