/** Runtime settings the performance work relies on (README "Performance"): cheap to break, costly to lose. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { readPdf } from "../src/read/pdf.js";
import { chooseBackgroundJit } from "../src/pipeline/pool.js";

/** What pushing nothing onto an array with a read-only length does: core-js and V8 11 disagree. */
function pushOnReadOnlyLength(push: (...items: unknown[]) => number): string {
  try {
    push.call(Object.defineProperty([], "length", { writable: false }));
    return "no error";
  } catch (err) {
    return (err as Error).constructor.name;
  }
}

describe("pdf.js loading", () => {
  it("leaves Array.prototype.push as the engine's own after reading a PDF", async () => {
    const doc = await readPdf("fixtures/pdf/kh-okr-public.pdf", readFileSync("fixtures/pdf/kh-okr-public.pdf"), { pages: [1], rulings: false });
    expect(doc.pages[0]!.words.length).toBeGreaterThan(50);
    // A fresh context has the engine's push; pdf.js's core-js copy would behave differently on Node 20.
    const enginePush = runInNewContext("Array.prototype.push") as (...items: unknown[]) => number;
    expect(pushOnReadOnlyLength(Array.prototype.push)).toBe(pushOnReadOnlyLength(enginePush));
    expect(Object.getOwnPropertyDescriptor(Array.prototype, "push")?.enumerable).toBe(false);
  });
});

describe("reading PDFs concurrently", () => {
  it("reads documents started while another is being read (two lanes, as a pool worker would be fed)", async () => {
    const files = ["fixtures/pdf/kh-okr-public.pdf", "fixtures/pdf/lu-eval-public.pdf", "fixtures/variants/v2-portrait-serif8-plain.pdf", "fixtures/variants/v3-landscape-dejavu8-split.pdf", "fixtures/variants/v4-portrait-sans10-wide.pdf", "fixtures/variants/h6-portrait-narrow8-plain-split.pdf"];
    const queue = [...files, ...files];
    const pages: Record<string, number[]> = {};
    const errors: string[] = [];
    await Promise.all(
      [0, 1].map(async () => {
        for (let f = queue.shift(); f; f = queue.shift()) {
          try {
            (pages[f] ??= []).push((await readPdf(f, readFileSync(f), { rulings: false })).pages.length);
          } catch (err) {
            errors.push(`${f}: ${(err as Error).message}`);
          }
        }
      }),
    );
    expect(errors).toEqual([]);
    expect(pages["fixtures/pdf/kh-okr-public.pdf"]).toEqual([22, 22]);
    expect(pages["fixtures/pdf/lu-eval-public.pdf"]).toEqual([27, 27]);
  }, 60_000);
});

describe("worker pool", () => {
  it("keeps V8's background compiler only when a core is left for it", () => {
    expect(chooseBackgroundJit(1, 2)).toBe(true);
    expect(chooseBackgroundJit(2, 2)).toBe(false);
    expect(chooseBackgroundJit(4, 2)).toBe(false);
    chooseBackgroundJit(0, 2); // V8's default again for the rest of this process
  });
});
