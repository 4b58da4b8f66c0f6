import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const RELATIVE = join("shared", "fixtures", "wordpress", "themeunittestdata.wordpress.xml");
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * WordPress's Theme Unit Test export. In CI the shared folder sits beside the clone
 * (`<repo>/../shared/`); in a developer's worktree it may be further up, so each parent
 * folder is tried. `WORDPRESS_FIXTURE` overrides the search.
 */
export function themeUnitTestExport(): string {
  const candidates = process.env["WORDPRESS_FIXTURE"] ? [resolve(process.env["WORDPRESS_FIXTURE"])] : [];
  for (let folder = dirname(repoRoot); ; folder = dirname(folder)) {
    candidates.push(join(folder, RELATIVE));
    if (dirname(folder) === folder) break;
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `WordPress fixture not found. Expected ${join("..", RELATIVE)} beside the repository ` +
        `(looked in: ${candidates.join(", ")}); or set WORDPRESS_FIXTURE to its path.`,
    );
  }
  return found;
}
