import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The layout's promise (docs/where-code-lives.md): every file of src/lib and src/model,
 * pure functions all, has a unit test file at the same place under tests/unit/.
 */
const root = join(import.meta.dirname, "..", "..");

describe.each(["lib", "model"])("src/%s", (folder) => {
  const sources = readdirSync(join(root, "src", folder)).filter((name) => name.endsWith(".ts"));

  it("has files to test", () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  it.each(sources)(`%s has tests/unit/${folder}/<name>.test.ts`, (name) => {
    const testFile = join("tests", "unit", folder, name.replace(/\.ts$/, ".test.ts"));
    expect(existsSync(join(root, testFile)), `${testFile} is missing`).toBe(true);
  });
});
