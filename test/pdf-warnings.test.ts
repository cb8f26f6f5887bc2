/** pdf.js's console messages become the document's warnings, minus those that change nothing read. */
import { describe, expect, it } from "vitest";
import { collectPdfjsWarnings } from "../src/read/pdf-warnings.js";

describe("pdf.js warnings", () => {
  it("are collected per document and counted, while a font's hinting troubles are left out", async () => {
    const { value, warnings } = await collectPdfjsWarnings(async () => {
      console.log("Warning: TT: undefined function: 21");
      console.log("Warning: TT: invalid function id: 136");
      console.log("Warning: Unable to load font data at: /nowhere/Arial.pfb");
      console.log("Warning: Unable to load font data at: /nowhere/Arial.pfb");
      return 7;
    });
    expect(value).toBe(7);
    expect(warnings).toEqual(["pdf.js: Unable to load font data at: /nowhere/Arial.pfb (×2)"]);
  });
});
