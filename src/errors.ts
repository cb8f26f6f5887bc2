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
