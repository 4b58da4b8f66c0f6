/**
 * Gzipped size of all JavaScript an article page can load, by the rules of
 * tools/quality/page-weight.ts (inline scripts included, static imports followed), against
 * the 13 KB budget of docs/islands.md. Usage:
 *   npx node tools/quality/js-budget.ts [dist] [page path]
 */
import { pageWeight } from "./page-weight.ts";

const BUDGET_BYTES = 13 * 1024;

const [distDir = "dist", pagePath = "news/brief/peru-to-install-military-bases-in-region-held-by-shining-path/"] =
  process.argv.slice(2);
const weight = pageWeight(distDir, pagePath);
for (const [file, bytes] of Object.entries(weight.files)) {
  if (!file.endsWith(".css")) console.log(`${String(bytes).padStart(6)} B  ${file}`);
}
console.log(`${String(weight.js).padStart(6)} B  total gzipped (budget ${BUDGET_BYTES} B)`);
if (weight.js > BUDGET_BYTES) process.exitCode = 1;
