/**
 * The layout's import rules (docs/where-code-lives.md), checked on the folder-level import
 * graph of src/ and tools/: `node tools/quality/import-cycles.ts` (part of `npm run lint`).
 *
 * A node is a folder: a top-level folder of src/ or tools/ with everything below it
 * (`src/build/loader/x.ts` belongs to `src/build`), or a file directly under src/
 * (`src/site.config.ts`, `src/content.config.ts`), which holds a role of its own.
 * Fails on
 * - any cycle between nodes (a folder that imports one that imports it back);
 * - src/lib importing anything else from src/ (it holds generic helpers only);
 * - src/lib or src/model importing an `astro:*` module (they stay testable in plain vitest);
 * - src/ importing tools/ or tests/, and tools/ importing tests/.
 * Only relative imports are followed; type-only imports count, since they tie folders too.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, posix, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export interface SourceFile {
  /** Path from the repository root, with `/` separators: `src/model/urls.ts`. */
  path: string;
  text: string;
}

export interface ImportEdge {
  from: string;
  to: string;
}

const SOURCE = /\.(?:ts|tsx|astro)$/;

/** `import … from "x"`, `import "x"`, `export … from "x"` and `import("x")` specifiers. */
export function importSpecifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const statements = code.matchAll(
    /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*${},\s]+?\s+from\s+)?["']([^"']+)["']/g,
  );
  const dynamic = code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g);
  return [...statements, ...dynamic].map((match) => match[1]!);
}

/** The node a file belongs to (see the module comment). */
export function nodeOf(path: string): string {
  const [top = "", second, third] = path.split("/");
  if (top === "tests") return "tests";
  if (third === undefined) return second === undefined ? top : `${top}/${second}`;
  return `${top}/${second}`;
}

/** Every relative import between files, as repository paths. */
export function importEdges(files: readonly SourceFile[]): ImportEdge[] {
  return files.flatMap((file) =>
    importSpecifiers(file.text)
      .filter((specifier) => specifier.startsWith("."))
      .map((specifier) => ({ from: file.path, to: posix.normalize(posix.join(posix.dirname(file.path), specifier)) })),
  );
}

/** Strongly connected groups of more than one node (Tarjan), each sorted, in a stable order. */
export function folderCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const edge of edges) {
    const from = nodeOf(edge.from);
    const to = nodeOf(edge.to);
    if (!next.has(to)) next.set(to, new Set());
    if (from !== to) next.set(from, (next.get(from) ?? new Set()).add(to));
  }
  const index = new Map<string, number>();
  const lowest = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    lowest.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        lowest.set(node, Math.min(lowest.get(node)!, lowest.get(target)!));
      } else if (onStack.has(target)) {
        lowest.set(node, Math.min(lowest.get(node)!, index.get(target)!));
      }
    }
    if (lowest.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1) groups.push(group.sort());
  };
  for (const node of [...next.keys()].sort()) if (!index.has(node)) visit(node);
  return groups.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** One sentence per broken rule, naming the files involved; empty when the layout holds. */
export function layoutProblems(files: readonly SourceFile[]): string[] {
  const edges = importEdges(files);
  const problems: string[] = [];
  for (const group of folderCycles(edges)) {
    const inside = edges.filter(
      (edge) =>
        nodeOf(edge.from) !== nodeOf(edge.to) && group.includes(nodeOf(edge.from)) && group.includes(nodeOf(edge.to)),
    );
    problems.push(
      `Import cycle between ${group.join(", ")}:\n${inside.map((edge) => `  ${edge.from} → ${edge.to}`).join("\n")}`,
    );
  }
  for (const edge of edges) {
    const from = nodeOf(edge.from);
    const to = nodeOf(edge.to);
    if (from === "src/lib" && to !== "src/lib" && edge.to.startsWith("src/")) {
      problems.push(`${edge.from} imports ${edge.to}: src/lib imports nothing else from src/`);
    }
    if (edge.from.startsWith("src/") && (to === "tests" || to.startsWith("tools/"))) {
      problems.push(`${edge.from} imports ${edge.to}: the site never imports tools/ or tests/`);
    }
    if (edge.from.startsWith("tools/") && to === "tests") {
      problems.push(`${edge.from} imports ${edge.to}: tools/ may import src/, never tests/`);
    }
  }
  for (const file of files) {
    if (!["src/lib", "src/model"].includes(nodeOf(file.path))) continue;
    for (const specifier of importSpecifiers(file.text)) {
      if (specifier.startsWith("astro:")) {
        problems.push(`${file.path} imports ${specifier}: src/lib and src/model never import astro:* modules`);
      }
    }
  }
  return problems;
}

/** The .ts, .tsx and .astro files under `folders` of `root`, leaving out generated and installed folders. */
export function readSources(root: string, folders: readonly string[]): SourceFile[] {
  return folders.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
      .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join("/"))
      .filter((path) => !path.split("/").some((part) => part === "node_modules" || part.startsWith(".")))
      .map((path) => ({ path, text: readFileSync(join(root, path), "utf8") })),
  );
}

if (import.meta.main) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
  const files = readSources(root, ["src", "tools"]);
  const problems = layoutProblems(files);
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exit(1);
  console.log(`Imports follow the layout: ${files.length} files in src/ and tools/, no folder cycles.`);
}
