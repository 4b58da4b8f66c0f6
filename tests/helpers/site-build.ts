import { spawn } from "node:child_process";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { stringify } from "yaml";
import { briefSchema } from "../../src/schemas/brief.ts";

const root = new URL("../../", import.meta.url).pathname;

/**
 * A brief file as an editor would write it. Valid fixtures go through the real schema
 * first, so a mistake in a test's own fixture fails loudly instead of testing nothing.
 */
export function briefMarkdown(frontMatter: Record<string, unknown>, body: string, options = { validate: true }): string {
  if (options.validate) briefSchema.parse(frontMatter);
  return `---\n${stringify(frontMatter)}---\n\n${body.trim()}\n`;
}

/** Writes `files` (path relative to the content root → text) into a fresh temporary content root. */
export async function contentRoot(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "dispatch-content-"));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

/** Runs the real `astro build` over a content root, with its own output and cache folders. */
export async function buildSite(contentDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const work = await mkdtemp(join(tmpdir(), "dispatch-build-"));
  const outDir = join(work, "dist");
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["astro", "build"], {
      cwd: root,
      env: {
        ...process.env,
        CONTENT_DIR: contentDir,
        DISPATCH_OUT_DIR: outDir,
        DISPATCH_CACHE_DIR: join(work, "cache"),
        ASTRO_TELEMETRY_DISABLED: "1",
        NO_COLOR: "1",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output, outDir }));
  });
}
