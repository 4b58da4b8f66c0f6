import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/build/**/*.test.ts"],
    // Site builds take seconds each; unit tests take milliseconds.
    testTimeout: 90_000,
    hookTimeout: 240_000,
  },
});
