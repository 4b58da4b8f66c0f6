import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { pageReferences, pageWeight, registeredWorkers, staticImports } from "../../../../tools/quality/page-weight.ts";

async function builtSite(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "dispatch-page-weight-"));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

const gz = (text: string) => gzipSync(text, { level: 9 }).byteLength;

describe("staticImports", () => {
  it("finds import-from and bare imports, not dynamic ones", () => {
    const code = 'import{h as a}from"./preact.js";import "./side.js";const later=()=>import("./lazy.js");';
    expect(staticImports(code)).toEqual(["./preact.js", "./side.js"]);
  });
});

describe("registeredWorkers", () => {
  it("finds a service worker registered by a literal URL", () => {
    expect(registeredWorkers('navigator.serviceWorker.register("/dispatch/sw.js").then(r=>r)')).toEqual([
      "/dispatch/sw.js",
    ]);
    expect(registeredWorkers("`serviceWorker`in navigator&&navigator.serviceWorker.register(`/sw.js`)")).toEqual([
      "/sw.js",
    ]);
  });
});

describe("pageReferences", () => {
  it("lists stylesheets, preloads, script files and island URLs, and inline scripts but not JSON data", () => {
    const html =
      '<link rel="stylesheet" href="/a.css"><link rel="modulepreload" href="/m.js"><link rel="icon" href="/i.svg">' +
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script><script src="/s.js"></script>' +
      '<astro-island component-url="/c.js" renderer-url="/r.js"></astro-island><script>run()</script>';
    expect(pageReferences(html)).toEqual({
      urls: ["/a.css", "/m.js", "/s.js", "/c.js", "/r.js"],
      inlineScripts: ["run()"],
    });
  });
});

describe("pageWeight", () => {
  const files = {
    "_astro/page.css": "body{color:red}",
    "_astro/island.js": 'import{x}from"./shared.js";const l=()=>import("./lazy.js");',
    "_astro/shared.js": "export const x=1;",
    "_astro/renderer.js": 'import{x}from"./shared.js";',
    "_astro/lazy.js": "export const never=1;",
  };
  const html = (base: string) =>
    `<link rel="stylesheet" href="${base}_astro/page.css"><script>import("${base}_astro/lazy.js")</script>` +
    `<astro-island component-url="${base}_astro/island.js" renderer-url="${base}_astro/renderer.js"></astro-island>` +
    '<img src="https://elsewhere.example/x.png"><script src="https://elsewhere.example/t.js"></script>';

  it("counts every file once, follows static imports only, and splits JavaScript from CSS", async () => {
    const dir = await builtSite({ ...files, "news/x/index.html": html("/") });
    const weight = pageWeight(dir, "news/x/");
    expect(Object.keys(weight.files).sort()).toEqual([
      "/_astro/island.js",
      "/_astro/page.css",
      "/_astro/renderer.js",
      "/_astro/shared.js",
      "inline #1",
    ]);
    expect(weight.css).toBe(gz(files["_astro/page.css"]));
    const js = ["_astro/island.js", "_astro/renderer.js", "_astro/shared.js"] as const;
    expect(weight.js).toBe(js.reduce((sum, file) => sum + gz(files[file]), gz('import("/_astro/lazy.js")')));
  });

  it("reads a site built under a base path from its folder without the base", async () => {
    const dir = await builtSite({ ...files, "news/x/index.html": html("/dispatch/") });
    expect(pageWeight(dir, "news/x/", "/dispatch/").files["/dispatch/_astro/shared.js"]).toBe(gz("export const x=1;"));
  });

  it("counts the service worker an inline script registers, where it registers it", async () => {
    const worker = 'addEventListener("fetch",e=>e.respondWith(fetch(e.request)));';
    const dir = await builtSite({
      "sw.js": worker,
      "news/x/index.html": '<script>navigator.serviceWorker.register("/sw.js")</script>',
      "about/index.html": "<p>No worker here.</p>",
    });
    expect(pageWeight(dir, "news/x/").files["/sw.js"]).toBe(gz(worker));
    expect(pageWeight(dir, "about/").js).toBe(0);
  });

  it("names the page and the URL when the build lacks a file the page refers to", async () => {
    const dir = await builtSite({ "news/x/index.html": '<script src="/_astro/gone.js"></script>' });
    expect(() => pageWeight(dir, "news/x/")).toThrow(
      "news/x/ refers to /_astro/gone.js, which the build did not write",
    );
  });
});
