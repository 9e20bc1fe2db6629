import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // End-to-end suites drive one real Chromium each; running them side by side on a 2-core CI
    // machine only makes them slower and flakier.
    fileParallelism: true,
    testTimeout: 20_000,
  },
});
