/** The benchmark's corpora: generated once per seed and size, and the warm run's one-brief edit. */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { GENERATOR_VERSION, MANIFEST, writeCorpus, writeCorpusImages } from "./generate-corpus.ts";

/** The corpus of `count` briefs for `seed` under `work` (text only unless `images`), generated unless an identical one is there. */
export async function corpusFor(
  work: string,
  count: number,
  seed: number,
  log: (message: string) => void,
  images = true,
): Promise<string> {
  const dir = join(work, `corpus-${count}-seed${seed}${images ? "" : "-text"}`);
  try {
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), "utf8")) as {
      count: number;
      seed: number;
      version: number;
      images?: boolean;
    };
    const same = manifest.count === count && manifest.seed === seed && (manifest.images ?? true) === images;
    if (same && manifest.version === GENERATOR_VERSION) return dir;
  } catch {
    // absent or unreadable: generate it
  }
  const started = performance.now();
  writeCorpus(dir, { count, seed, images });
  const drawn = await writeCorpusImages(dir, { count, seed, images });
  log(
    `generated ${count} briefs (${drawn} lead images drawn) in ${((performance.now() - started) / 1000).toFixed(1)} s → ${dir}`,
  );
  return dir;
}

/** Appends a sentence to one brief (the warm run's edit); returns a function that undoes it. */
export function editOneBrief(corpus: string): () => void {
  const briefsDir = join(corpus, "briefs");
  const year = readdirSync(briefsDir).sort()[0]!;
  const file = join(briefsDir, year, readdirSync(join(briefsDir, year)).sort()[0]!);
  const original = readFileSync(file);
  writeFileSync(file, `${original.toString("utf8")}\nSynthetic edit made by the benchmark's warm run.\n`);
  return () => {
    writeFileSync(file, original);
  };
}
