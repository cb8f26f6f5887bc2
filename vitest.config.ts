import { defineConfig } from "vitest/config";

/**
 * Time-outs sized for a busy two-core machine (other work running beside the tests): vitest's 5 s
 * default failed tests that only waited for the CPU. Tests that start processes set their own,
 * longer limits (≥ 60 s).
 */
export default defineConfig({
  test: {
    // The process set-up the CLI makes (pdf.js environment), so tests read PDFs as it does.
    setupFiles: ["test/setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
