import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { debugPdf } from "../src/pipeline/debug.js";

describe("debug view", () => {
  it("draws words, rulings, column boundaries and numbered row bands for a page", async () => {
    const out = mkdtempSync(join(tmpdir(), "hva-okr-debug-"));
    try {
      const r = await debugPdf("fixtures/pdf/kh-okr-public.pdf", { page: 1, out });
      expect(r.files).toHaveLength(2);
      const svg = readFileSync(join(out, "kh-okr-public-p1.svg"), "utf8");
      expect(svg).toMatch(/stroke="blue"[^>]*stroke-dasharray/); // column boundaries
      expect((svg.match(/stroke="blue"/g) ?? []).length).toBe(5); // six columns → five boundaries
      expect(svg).toMatch(/stroke="red"/); // rulings
      expect(svg).toMatch(/>r1 \(ruling\)</); // first row band, found from rulings
      expect(svg).toMatch(/stroke="orange"/); // header
      const html = readFileSync(r.files[1]!, "utf8");
      expect(html).toMatch(/ruled; columns at x = /);
      expect(html).toMatch(/rows<\/th><td>210</);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
