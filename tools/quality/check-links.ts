/**
 * Links gate: every internal link and asset reference in the built site resolves to a file.
 * Usage: npm run test:links   (SITE_DIR=<dist> to check another build)
 */
import { resolve } from "node:path";
import { readBuiltSite } from "./built-site.ts";
import { brokenLinks } from "./links.ts";

const site = readBuiltSite(resolve(process.env["SITE_DIR"] ?? "dist"));
const { checked, broken, leftToHost } = brokenLinks(site);
console.log(
  `Checked ${checked} internal references in ${site.dir} (base path ${site.basePath}, origin ${site.origin ?? "unknown"}).`,
);
if (leftToHost.length > 0) {
  console.log(`Full URLs on the site's origin in links, left to the host (not built here): ${leftToHost.join(", ")}`);
}
if (broken.length > 0) {
  console.error(`\n${broken.length} broken:`);
  for (const link of broken) console.error(`  ${link.from}  ${link.via} ${link.url}\n    → ${link.reason}`);
  process.exit(1);
}
console.log("No broken internal links.");
