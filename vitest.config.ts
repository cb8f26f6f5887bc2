import { defineConfig } from "vitest/config";

/**
 * Time-outs sized for a busy two-core machine (other work running beside the tests): vitest's 5 s
 * default failed tests that only waited for the CPU. Tests that start processes set their own,
 * longer limits (≥ 60 s).
 */
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
