/**
 * What one built page makes a browser download on its own, gzipped: the one walk behind the
 * JavaScript budget (tools/quality/js-budget.ts) and the benchmark's article columns
 * (tools/bench/bench.ts). The rules:
 * - from the HTML: stylesheets and module preloads (`<link rel="stylesheet|modulepreload">`),
 *   script files (`<script src>`), island code (`component-url`, `renderer-url`,
 *   `before-hydration-url`), and inline scripts, counted by their own text; JSON data
 *   blocks (`application/ld+json`, `application/json`) are data, not scripts;
 * - from every script, inline or file: its static imports (`import … from "x"`,
 *   `import "x"`), transitively; dynamic `import()` loads only on demand and is not followed;
 *   a service worker it registers (`serviceWorker.register("x")`) counts as a script of the
 *   page, since the browser downloads it for the page;
 * - each file once, gzipped at level 9 on its own (as a server compresses it); other hosts'
 *   URLs and `data:` URLs are not the site's and are left out (the site makes no such requests).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface PageWeight {
  /** Gzipped bytes of each file, by URL path, and of each inline script, as `inline #n`. */
  files: Record<string, number>;
  /** Gzipped bytes of all JavaScript (files and inline scripts) and of all CSS. */
  js: number;
  css: number;
}

const gzipBytes = (text: string | Buffer) => gzipSync(text, { level: 9 }).byteLength;

/** Static `import … from "./x.js"` and `import "./x.js"` targets of a script. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']([^"']+)["']/g)].map(
    (match) => match[1] ?? "",
  );
}

/** Service workers a script registers by a literal URL (`navigator.serviceWorker.register("/sw.js")`). */
export function registeredWorkers(code: string): string[] {
  return [...code.matchAll(/serviceWorker\.register\(\s*["'`]([^"'`$]+)["'`]/g)].map((match) => match[1] ?? "");
}

/** The URLs an HTML page refers to by itself, and the bodies of its inline scripts. */
export function pageReferences(html: string): { urls: string[]; inlineScripts: string[] } {
  const urls = [
    ...[...html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*>/g)].map(
      (match) => /\bhref="([^"]+)"/.exec(match[0])?.[1] ?? "",
    ),
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1] ?? ""),
    ...[...html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map(
      (match) => match[1] ?? "",
    ),
  ].filter(Boolean);
  const inlineScripts = [
    ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g),
  ].map((match) => match[1] ?? "");
  return { urls, inlineScripts };
}

/**
 * The weight of the page at `pagePath` (a folder under `distDir`, e.g. `news/brief/x/`) of a
 * site built for `basePath`. A file the page refers to but the build lacks is an error.
 */
export function pageWeight(distDir: string, pagePath: string, basePath = "/"): PageWeight {
  const html = readFileSync(join(distDir, pagePath, "index.html"), "utf8");
  const { urls, inlineScripts } = pageReferences(html);
  const files: Record<string, number> = {};
  let js = 0;
  let css = 0;
  const pending: string[] = [];
  const pageUrl = `${basePath}${pagePath.replace(/^\/+/, "")}`;
  const refer = (url: string, from: string) => {
    if (/^(?:[a-z]+:|\/\/)/i.test(url)) return;
    pending.push(new URL(url, `http://site${from}`).pathname);
  };
  inlineScripts.forEach((code, index) => {
    const bytes = gzipBytes(code);
    files[`inline #${index + 1}`] = bytes;
    js += bytes;
    for (const target of [...staticImports(code), ...registeredWorkers(code)]) refer(target, pageUrl);
  });
  for (const url of urls) refer(url, pageUrl);
  while (pending.length > 0) {
    const url = pending.pop() ?? "";
    if (url in files) continue;
    const relativePath = url.startsWith(basePath) ? url.slice(basePath.length) : url.replace(/^\//, "");
    let content: Buffer;
    try {
      content = readFileSync(join(distDir, relativePath));
    } catch (error) {
      throw new Error(`${pagePath} refers to ${url}, which the build did not write`, { cause: error });
    }
    const bytes = gzipBytes(content);
    files[url] = bytes;
    if (url.endsWith(".css")) css += bytes;
    else if (/\.m?js$/.test(url)) {
      js += bytes;
      const code = content.toString("utf8");
      for (const target of [...staticImports(code), ...registeredWorkers(code)]) refer(target, url);
    }
  }
  return { files, js, css };
}
