import { defineConfig } from "vitest/config";

/**
 * One test configuration for every package. Sibling packages resolve to their
 * sources through the "source" export condition, so tests never wait on tsc.
 * Set WORLDCODER_SKIP_SLOW=1 to skip tests tagged slow (CI always runs them).
 */
export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    include: ["src/**/*.test.ts"],
    passWithNoTests: true,
    clearMocks: true,
    restoreMocks: true,
    testTimeout: 30_000,
    reporters: ["default", ["json", { outputFile: "test-results.json" }]],
  },
});
