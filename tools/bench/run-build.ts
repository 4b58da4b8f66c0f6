/**
 * Runs one `astro build` and measures it: wall and CPU seconds, peak RSS of the largest
 * process, and the log, each line stamped with when it arrived.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { SPAWN_LINE, type LogLine } from "./log-phases.ts";

export interface MeasuredBuild {
  wall: number;
  cpu: number;
  rssBytes: number;
  /** How RSS and CPU were taken: "GNU time" or "/proc sampling". */
  rssMethod: string;
  lines: LogLine[];
  /** The process tree's total RSS every 200 ms, to tell in which phase memory peaks. */
  timeline: { at: number; rss: number }[];
}

/** All descendants of a process, read from /proc (Linux). */
function descendants(pid: number): number[] {
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    found.push(parent);
    try {
      for (const task of readdirSync(`/proc/${parent}/task`)) {
        const children = readFileSync(`/proc/${parent}/task/${task}/children`, "utf8").trim();
        if (children) queue.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // the process ended between reads
    }
  }
  return found;
}

// eslint-disable-next-line no-control-regex -- ANSI colour codes start with the ESC control character.
const stripAnsi = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, "");

/**
 * Runs `astro build --root <root>` from `projectRoot`. Wall time, CPU time and peak RSS come
 * from GNU time when /usr/bin/time exists (exact, includes every child); otherwise /proc is
 * sampled every 200 ms (peak from VmHWM, CPU from utime+stime, slightly low for short-lived
 * children); DISPATCH_BENCH_PROC_SAMPLING=1 forces the sampling.
 */
export async function runBuild(projectRoot: string, root: string, env: NodeJS.ProcessEnv): Promise<MeasuredBuild> {
  const astroBin = join(projectRoot, "node_modules", "astro", "bin", "astro.mjs");
  const useGnuTime = existsSync("/usr/bin/time") && process.env["DISPATCH_BENCH_PROC_SAMPLING"] !== "1";
  const timeFile = join(tmpdir(), `dispatch-bench-time-${process.pid}-${Date.now()}.txt`);
  const command = useGnuTime ? "/usr/bin/time" : process.execPath;
  const args = [...(useGnuTime ? ["-v", "-o", timeFile, process.execPath] : []), astroBin, "build", "--root", root];
  const started = performance.now();
  const lines: LogLine[] = [{ at: 0, text: SPAWN_LINE }];
  const child = spawn(command, args, { cwd: projectRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  const sampled = new Map<number, { hwm: number; cpu: number }>();
  const ticks = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;
  const sample = () => {
    if (!child.pid) return;
    for (const pid of descendants(child.pid)) {
      try {
        const status = readFileSync(`/proc/${pid}/status`, "utf8");
        const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        const cpu = (Number(fields[11]) + Number(fields[12])) / ticks;
        sampled.set(pid, { hwm, cpu });
      } catch {
        // ended between reads
      }
    }
  };
  const timeline: { at: number; rss: number }[] = [];
  const timer = setInterval(() => {
    if (!useGnuTime) sample();
    if (!child.pid) return;
    let rss = 0;
    for (const pid of descendants(child.pid)) {
      try {
        rss += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
      } catch {
        // ended between reads
      }
    }
    timeline.push({ at: (performance.now() - started) / 1000, rss });
  }, 200);
  let output = "";
  const collect = (chunk: Buffer) => {
    const at = (performance.now() - started) / 1000;
    output += chunk.toString("utf8");
    const parts = output.split("\n");
    output = parts.pop() ?? "";
    for (const text of parts) lines.push({ at, text: stripAnsi(text) });
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const code = await new Promise<number | null>((done) => child.on("close", done));
  clearInterval(timer);
  const wall = (performance.now() - started) / 1000;
  if (output) lines.push({ at: wall, text: stripAnsi(output) });
  if (code !== 0) {
    const tail = lines
      .slice(-40)
      .map((line) => line.text)
      .join("\n");
    throw new Error(`astro build --root ${relative(projectRoot, root) || "."} failed (exit ${code}):\n${tail}`);
  }
  if (useGnuTime) {
    const report = readFileSync(timeFile, "utf8");
    rmSync(timeFile, { force: true });
    const number = (label: string) => Number(new RegExp(`${label}:\\s*([\\d.]+)`).exec(report)?.[1] ?? NaN);
    return {
      wall,
      cpu: number("User time \\(seconds\\)") + number("System time \\(seconds\\)"),
      rssBytes: number("Maximum resident set size \\(kbytes\\)") * 1024,
      rssMethod: "GNU time",
      lines,
      timeline,
    };
  }
  const values = [...sampled.values()];
  return {
    wall,
    cpu: values.reduce((sum, value) => sum + value.cpu, 0),
    rssBytes: Math.max(0, ...values.map((value) => value.hwm)),
    rssMethod: "/proc sampling",
    lines,
    timeline,
  };
}
