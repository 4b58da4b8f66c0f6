import { describe, expect, it } from "vitest";
import {
  folderCycles,
  importEdges,
  importSpecifiers,
  layoutProblems,
  nodeOf,
  type SourceFile,
} from "../../../../tools/quality/import-cycles.ts";

const file = (path: string, ...imports: string[]): SourceFile => ({
  path,
  text: imports.map((target) => `import { x } from "${target}";`).join("\n"),
});

describe("importSpecifiers", () => {
  it("finds static, type-only, side-effect, re-export and dynamic imports, across lines", () => {
    const text = [
      'import a from "./a.ts";',
      'import type { B } from "../b.ts";',
      "import {\n  c,\n  d,\n} from './c.ts';",
      'import "./styles.css";',
      'export { e } from "./e.ts";',
      'export * from "./f.ts";',
      'const g = await import("./g.ts");',
      '---\nimport Layout from "../layouts/Base.astro";\n---',
      'import { getCollection } from "astro:content";',
    ].join("\n");
    expect(importSpecifiers(text)).toEqual([
      "./a.ts",
      "../b.ts",
      "./c.ts",
      "./styles.css",
      "./e.ts",
      "./f.ts",
      "../layouts/Base.astro",
      "astro:content",
      "./g.ts",
    ]);
  });

  it("ignores imports written in comments", () => {
    expect(importSpecifiers('/** e.g. import { x } from "./x.ts" */\n// import "./y.ts"\nconst z = 1;')).toEqual([]);
  });
});

describe("nodeOf", () => {
  it("groups a file with its top-level folder, and gives files directly under src/ a node each", () => {
    expect(nodeOf("src/build/loader/strict-glob.ts")).toBe("src/build");
    expect(nodeOf("src/lib/slugs.ts")).toBe("src/lib");
    expect(nodeOf("src/site.config.ts")).toBe("src/site.config.ts");
    expect(nodeOf("tools/bench/minimal/src/x.ts")).toBe("tools/bench");
    expect(nodeOf("tests/helpers/x.ts")).toBe("tests");
  });
});

describe("folderCycles", () => {
  it("finds each group of folders that import each other, however long the loop", () => {
    const edges = importEdges([
      file("src/a/one.ts", "../b/two.ts"),
      file("src/b/two.ts", "../c/three.ts"),
      file("src/c/three.ts", "../a/other.ts"),
      file("src/d/four.ts", "../a/one.ts"),
      file("src/e/five.ts", "../f/six.ts"),
      file("src/f/six.ts", "../e/five.ts"),
    ]);
    expect(folderCycles(edges)).toEqual([
      ["src/a", "src/b", "src/c"],
      ["src/e", "src/f"],
    ]);
  });

  it("does not count imports inside one folder", () => {
    expect(folderCycles(importEdges([file("src/a/x.ts", "./y.ts"), file("src/a/y.ts", "./x.ts")]))).toEqual([]);
  });
});

describe("layoutProblems", () => {
  it("passes a layout whose folders depend one way", () => {
    const files = [
      file("src/lib/dates.ts", "./intl.ts"),
      file("src/model/urls.ts", "../lib/dates.ts", "../site.config.ts"),
      file("src/site.config.ts", "./lib/dates.ts"),
      file("tools/bench/run.ts", "../../src/model/urls.ts"),
    ];
    expect(layoutProblems(files)).toEqual([]);
  });

  it("names the files of a cycle", () => {
    const problems = layoutProblems([
      file("src/i18n/index.ts", "../site.config.ts"),
      file("src/site.config.ts", "./i18n/languages.ts"),
    ]);
    expect(problems).toEqual([
      "Import cycle between src/i18n, src/site.config.ts:\n" +
        "  src/i18n/index.ts → src/site.config.ts\n" +
        "  src/site.config.ts → src/i18n/languages.ts",
    ]);
  });

  it("keeps src/lib generic, src/lib and src/model free of astro:*, and tests/ out of tools/ and src/", () => {
    const problems = layoutProblems([
      file("src/lib/text.ts", "../i18n/index.ts"),
      file("src/model/page.ts", "astro:content"),
      file("src/lib/cache.ts", "astro:env/server"),
      file("src/content/briefs.ts", "astro:content"),
      file("tools/bench/run.ts", "../../tests/helpers/site-build.ts"),
      file("src/model/feeds.ts", "../../tests/helpers/make-brief.ts"),
      file("src/i18n/index.ts"),
    ]);
    expect(problems).toEqual([
      "src/lib/text.ts imports src/i18n/index.ts: src/lib imports nothing else from src/",
      "tools/bench/run.ts imports tests/helpers/site-build.ts: tools/ may import src/, never tests/",
      "src/model/feeds.ts imports tests/helpers/make-brief.ts: the site never imports tools/ or tests/",
      "src/model/page.ts imports astro:content: src/lib and src/model never import astro:* modules",
      "src/lib/cache.ts imports astro:env/server: src/lib and src/model never import astro:* modules",
    ]);
  });
});
