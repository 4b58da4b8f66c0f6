import { execFileSync, spawn } from "node:child_process";
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
export function briefMarkdown(
  frontMatter: Record<string, unknown>,
  body: string,
  options = { validate: true },
): string {
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

export interface BuildOptions {
  /** Where the site is written; its own cache folder goes beside it. */
  outDir: string;
  /** More environment, e.g. `SITE_URL` and `BASE_PATH`. */
  env?: Record<string, string>;
}

/**
 * The environment of a real deploy build over `contentDir`. Vitest exports its own
 * `import.meta.env` (NODE_ENV=test, DEV=1, …) and Vite would read them back, so a build
 * started from a test would not be the build a newsroom runs; they are left out.
 */
function buildEnvironment(contentDir: string, { outDir, env = {} }: BuildOptions): NodeJS.ProcessEnv {
  const runnerKeys = new Set(["NODE_ENV", "DEV", "PROD", "MODE", "SSR", "BASE_URL", "TEST"]);
  const inherited = Object.entries(process.env).filter(([key]) => !runnerKeys.has(key) && !key.startsWith("VITEST"));
  return {
    ...Object.fromEntries(inherited),
    CONTENT_DIR: contentDir,
    DISPATCH_OUT_DIR: outDir,
    DISPATCH_CACHE_DIR: join(dirname(outDir), "cache"),
    ASTRO_TELEMETRY_DISABLED: "1",
    NO_COLOR: "1",
    ...env,
  };
}

/** `npm run build`: the whole production pipeline (Astro, then the search index). */
const buildCommand = ["npm", ["run", "build", "--silent"]] as const;

export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

/**
 * Runs the real build over a content root; never throws on a failed build. Into a fresh
 * temporary folder unless `outDir` names one (a rebuild: its cache folder is beside it);
 * `args` go to `astro build` (e.g. `--force`).
 */
export async function buildSite(
  contentDir: string,
  env: Record<string, string> = {},
  options: { outDir?: string; args?: string[] } = {},
): Promise<BuildResult> {
  const outDir = options.outDir ?? join(await mkdtemp(join(tmpdir(), "dispatch-build-")), "dist");
  const args = options.args ?? [];
  const commandArgs = args.length > 0 ? [...buildCommand[1], "--", ...args] : buildCommand[1];
  return new Promise((resolve, reject) => {
    const child = spawn(buildCommand[0], commandArgs, {
      cwd: root,
      env: buildEnvironment(contentDir, { outDir, env }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      resolve({ code, output, outDir });
    });
  });
}

/** The same build, synchronously, for Playwright set-up; throws with the build's output if it fails. */
export function buildSiteSync(contentDir: string, options: BuildOptions): void {
  try {
    execFileSync(buildCommand[0], buildCommand[1], {
      cwd: root,
      env: buildEnvironment(contentDir, options),
      stdio: "pipe",
      encoding: "utf8",
    });
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string };
    throw new Error(`Fixture build failed:\n${output.stdout ?? ""}\n${output.stderr ?? ""}`, { cause: error });
  }
}
