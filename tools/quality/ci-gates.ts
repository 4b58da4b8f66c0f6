/**
 * `npm test`: runs every quality gate in turn, each as its own npm script, and ends with one
 * line per gate (name, result, seconds). All gates run even after a failure, so one run
 * shows everything that is wrong; gates that read the built site are skipped if the build
 * fails. Usage: `npm test` (all), `npm test -- lint links` (some, by name).
 */
import { spawnSync } from "node:child_process";

interface Gate {
  name: string;
  script: string;
  /** Reads dist/, so it is pointless without a successful build. */
  needsBuild?: boolean;
}

/** Cheap static checks first, then the site build that the browser gates share. */
const gates: Gate[] = [
  { name: "types", script: "check" },
  { name: "lint", script: "lint" },
  { name: "format", script: "format:check" },
  { name: "unit+bad-content", script: "test:unit" },
  { name: "build", script: "build" },
  { name: "html", script: "test:html", needsBuild: true },
  { name: "links", script: "test:links", needsBuild: true },
  { name: "e2e", script: "test:e2e", needsBuild: true },
  { name: "a11y", script: "test:a11y", needsBuild: true },
  { name: "lighthouse", script: "test:lighthouse", needsBuild: true },
  { name: "hostile", script: "test:hostile" },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !gates.some((gate) => gate.name === name || gate.script === name));
if (unknown.length > 0) {
  console.error(`Unknown gate(s): ${unknown.join(", ")}. Gates: ${gates.map((gate) => gate.name).join(", ")}`);
  process.exit(2);
}
const selected =
  wanted.length === 0 ? gates : gates.filter((gate) => wanted.includes(gate.name) || wanted.includes(gate.script));

type Result = "pass" | "FAIL" | "skip";
const results: { gate: Gate; result: Result; seconds: number }[] = [];
const started = performance.now();
for (const gate of selected) {
  const buildFailed = results.some(({ gate: { name }, result }) => name === "build" && result === "FAIL");
  if (gate.needsBuild && buildFailed) {
    results.push({ gate, result: "skip", seconds: 0 });
    continue;
  }
  console.log(`\n::: gate ${gate.name}: npm run ${gate.script}`);
  const start = performance.now();
  const run = spawnSync("npm", ["run", "--silent", gate.script], { stdio: "inherit" });
  const seconds = (performance.now() - start) / 1000;
  results.push({ gate, result: run.status === 0 ? "pass" : "FAIL", seconds });
}

const total = (performance.now() - started) / 1000;
console.log("\n::: quality gates");
for (const { gate, result, seconds } of results) {
  const note = result === "skip" ? "  (build failed)" : "";
  console.log(
    `${gate.name.padEnd(18)} ${result.padEnd(5)} ${seconds.toFixed(1).padStart(7)} s  npm run ${gate.script}${note}`,
  );
}
console.log(`${"total".padEnd(18)} ${"".padEnd(5)} ${total.toFixed(1).padStart(7)} s`);
const count = (result: Result) => results.filter((entry) => entry.result === result).length;
const skipped = count("skip") > 0 ? `, ${String(count("skip"))} skipped` : "";
console.log(`Gates: ${String(count("pass"))} passed, ${String(count("FAIL"))} failed${skipped}`);
process.exit(count("FAIL") + count("skip") > 0 ? 1 : 0);
