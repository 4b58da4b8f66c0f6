/**
 * Gzipped size of all JavaScript an article page can load: its inline scripts plus every
 * module its islands import, followed through static imports. Usage:
 *   npx node tools/quality/js-budget.ts [dist] [page path]
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

export interface JsBudget {
  /** Gzipped bytes of each script, keyed by URL path or `inline #n`. */
  files: Record<string, number>;
  totalGzipBytes: number;
}

const gzipBytes = (text: string) => gzipSync(text, { level: 9 }).byteLength;

/** Static `import … from "./x.js"` and `import "./x.js"` targets; dynamic imports are only loaded on demand. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']([^"']+)["']/g)].map(
    (match) => match[1] ?? "",
  );
}

export async function measurePageJs(distDir: string, pagePath: string): Promise<JsBudget> {
  const html = await readFile(join(distDir, pagePath, "index.html"), "utf8");
  const files: Record<string, number> = {};
  [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].forEach(
    (match, index) => (files[`inline #${index + 1}`] = gzipBytes(match[1] ?? "")),
  );
  const pending = [
    ...html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g),
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g),
  ].map((match) => match[1] ?? "");
  while (pending.length > 0) {
    const url = pending.pop() ?? "";
    if (url in files) continue;
    const code = await readFile(join(distDir, url), "utf8");
    files[url] = gzipBytes(code);
    for (const target of staticImports(code)) pending.push(new URL(target, `http://site${url}`).pathname);
  }
  return { files, totalGzipBytes: Object.values(files).reduce((sum, bytes) => sum + bytes, 0) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [distDir = "dist", pagePath = "news/brief/peru-to-install-military-bases-in-region-held-by-shining-path/"] =
    process.argv.slice(2);
  const budget = await measurePageJs(distDir, pagePath);
  for (const [file, bytes] of Object.entries(budget.files)) console.log(`${String(bytes).padStart(6)} B  ${file}`);
  console.log(`${String(budget.totalGzipBytes).padStart(6)} B  total gzipped (budget 12288 B)`);
}
