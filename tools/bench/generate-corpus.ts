/**
 * Writes a synthetic archive of briefs for benchmarks and scale tests:
 *
 *   npm run corpus -- --count 10000 --out /tmp/corpus [--seed 1]
 *
 * The same seed and count always give the same bytes, so two machines benchmark the same
 * archive. Countries, tags and authors follow a Zipf law, as in a real newsroom (a few
 * countries and tags dominate, a long tail appears once or twice). About a third of the
 * briefs are in Spanish, many of them translations sharing a `translationKey`.
 *
 * The prose is word salad from a small invented vocabulary and every brief says it is
 * synthetic: the archive must never read as news, however it is found later. Three briefs
 * in ten have a lead image, a landscape drawn by script (tools/media/scenes.ts).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { mapConcurrently } from "../../src/lib/concurrency.ts";
import { localized, site, withOrg } from "../../src/site.config.ts";
import { drawScene } from "../media/scenes.ts";

export interface CorpusOptions {
  count: number;
  seed: number;
  /** False for a text-only corpus, without lead images (the bench's smoke test); default true. */
  images?: boolean;
}

export interface CorpusFile {
  /** Path relative to the corpus root, e.g. `briefs/2019/velmor-tansic-00042.md`. */
  path: string;
  contents: string;
}

/** File that marks a folder as ours, so `--out` never wipes a folder it did not write. */
export const MANIFEST = "corpus.json";
export const GENERATOR_VERSION = 3;

/** Three briefs in ten have a lead image (a newsroom's archive has one on most recent briefs, none on old ones). */
export function hasLeadImage(index: number): boolean {
  return index % 10 < 3;
}

/** Where brief `index`'s lead image is written, relative to the corpus root; drawn by `writeCorpusImages`. */
export function leadImagePath(index: number): string {
  return `media/synthetic/scene-${String(index).padStart(6, "0")}.jpg`;
}

/** Size of the drawn lead images: wide enough for Google Discover's 1200 px, small enough to draw quickly. */
export const LEAD_IMAGE_SIZE = { width: 1280, height: 800 } as const;

/** Small, fast, seedable PRNG (mulberry32): identical sequences on every platform. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Random = ReturnType<typeof randomSource>;

/** Sampler for rank-frequency (Zipf) skew: item k is picked with weight 1 / k^exponent. */
function zipf<T>(items: readonly T[], exponent = 1.1) {
  const cumulative: number[] = [];
  let total = 0;
  items.forEach((_, rank) => {
    total += 1 / (rank + 1) ** exponent;
    cumulative.push(total);
  });
  return (random: Random): T => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return items[low]!;
  };
}

/** `count` distinct picks from a sampler (gives up politely on tiny lists). */
function distinct<T>(sample: (random: Random) => T, random: Random, count: number): T[] {
  const chosen = new Set<T>();
  for (let attempt = 0; chosen.size < count && attempt < count * 20; attempt += 1) chosen.add(sample(random));
  return [...chosen];
}

// Real country names, so country pages, accents and Zipf skew look like a real archive;
// nothing written about them is real (the prose is invented words).
const COUNTRIES = [
  "Colombia",
  "Mexico",
  "Venezuela",
  "Brazil",
  "Honduras",
  "Guatemala",
  "Peru",
  "Ecuador",
  "El Salvador",
  "Argentina",
  "Bolivia",
  "Paraguay",
  "Chile",
  "Costa Rica",
  "Panama",
  "Haiti",
  "Dominican Republic",
  "Nicaragua",
  "Uruguay",
  "Jamaica",
  "Cuba",
  "Trinidad and Tobago",
  "Belize",
  "Guyana",
  "Suriname",
  "Puerto Rico",
  "Bahamas",
  "Barbados",
];

const TAGS = [
  "Drug Trafficking",
  "Cocaine",
  "Gangs",
  "Homicides",
  "Extortion",
  "Security Policy",
  "Prisons",
  "Corruption",
  "Money Laundering",
  "Environmental Crime",
  "Migration",
  "Coca",
  "Arms Trafficking",
  "Illegal Mining",
  "Elites and Organized Crime",
  "Human Smuggling",
  "Kidnapping",
  "Police Reform",
  "Military",
  "Judicial Reform",
  "Narcotráfico",
  "Minería Ilegal",
  "Contrabando",
  "Cárceles",
  "Extorsión",
  "Ports",
  "Maritime Routes",
  "Synthetic Drugs",
  "Fentanyl",
  "Methamphetamine",
  "Marijuana",
  "Cattle Ranching",
  "Deforestation",
  "Fishing",
  "Timber Trafficking",
  "Wildlife Trafficking",
  "Cybercrime",
  "Fuel Theft",
  "Counterfeit Goods",
  "Cigarette Smuggling",
  "Displacement",
  "Criminal Governance",
  "Peace Talks",
  "Dissidents",
  "Border Crossings",
  "Sanctions",
  "Asset Seizures",
  "Extradition",
  "Witness Protection",
  "Anti-Corruption Units",
  "Legislation",
  "Elections",
  "Lending Sharks",
  "Micro-Trafficking",
  "Human Trafficking",
  "Child Recruitment",
  "Forensics",
  "Disappearances",
  "Femicide",
  "Mining Towns",
  "Gold",
  "Precursor Chemicals",
  "Airstrips",
  "Submarines",
  "Containers",
  "Free Trade Zones",
  "Remittances",
  "Casinos",
  "Real Estate",
  "Football Clubs",
];

const TAGS_WITH_SERIES = [...TAGS, ...Array.from({ length: 130 }, (_, i) => `Synthetic Topic ${i + 1}`)];

// Invented syllables: the words they make are pronounceable but mean nothing.
const EN_SYLLABLES = [
  "vel",
  "mor",
  "tan",
  "sic",
  "quo",
  "rel",
  "dra",
  "fen",
  "lo",
  "bar",
  "nis",
  "tor",
  "gal",
  "vin",
  "ru",
  "cal",
  "per",
  "dex",
  "om",
  "ith",
];
const ES_SYLLABLES = [
  "ca",
  "rro",
  "ñe",
  "ví",
  "lla",
  "ma",
  "dó",
  "que",
  "sur",
  "ta",
  "ción",
  "ré",
  "gua",
  "pé",
  "lo",
  "mí",
  "za",
  "bra",
  "tú",
  "nel",
];
const FIRST_NAMES = [
  "Ana",
  "Bruno",
  "Carla",
  "Diego",
  "Elena",
  "Fabio",
  "Gloria",
  "Hugo",
  "Inés",
  "Jorge",
  "Karen",
  "Luis",
  "Marta",
  "Nadia",
  "Óscar",
  "Paula",
  "Raúl",
  "Sofía",
  "Tomás",
  "Valeria",
];
const LAST_NAMES = [
  "Example",
  "Sample",
  "Placeholder",
  "Fixture",
  "Mockwell",
  "Testa",
  "Dummer",
  "Synthe",
  "Fictio",
  "Proxy",
];

function vocabulary(syllables: readonly string[], size: number, seed: number): string[] {
  const random = randomSource(seed);
  const words = new Set<string>();
  while (words.size < size) {
    const parts = random.int(1, 3);
    let word = "";
    for (let i = 0; i < parts; i += 1) word += random.pick(syllables);
    if (word.length > 2) words.add(word);
  }
  return [...words];
}

const EN_WORDS = vocabulary(EN_SYLLABLES, 220, 7);
const ES_WORDS = vocabulary(ES_SYLLABLES, 220, 11);
const FUNCTION_WORDS = {
  en: ["the", "of", "and", "in", "to", "a", "with", "for", "on", "by"],
  es: ["el", "la", "de", "y", "en", "que", "los", "con", "por", "una"],
} as const;
const AUTHORS = FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => `${first} ${last}`)).slice(0, 60);

type Lang = "en" | "es";

const capitalize = (word: string) => word.charAt(0).toLocaleUpperCase("es") + word.slice(1);

function words(random: Random, lang: Lang, count: number, sampleWord: (random: Random) => string): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    out.push(random.chance(0.3) ? random.pick(FUNCTION_WORDS[lang]) : sampleWord(random));
  }
  return out;
}

const sentence = (ws: string[]) => `${capitalize(ws.join(" "))}.`;

const SAMPLE_WORD: Record<Lang, (random: Random) => string> = {
  en: zipf(EN_WORDS, 0.9),
  es: zipf(ES_WORDS, 0.9),
};

/** A paragraph of about `count` words, with the odd link or emphasis in it. */
function paragraph(
  random: Random,
  lang: Lang,
  count: number,
  linkTargets: readonly string[],
  withLink = false,
): string {
  const sentences: string[] = [];
  let left = count;
  while (left > 0) {
    const length = Math.min(left, random.int(8, 18));
    const ws = words(random, lang, length, SAMPLE_WORD[lang]);
    if (random.chance(0.15) && ws.length > 3) {
      const at = random.int(1, ws.length - 2);
      ws[at] = random.chance(0.5) ? `*${ws[at]}*` : `**${ws[at]}**`;
    }
    if ((random.chance(0.2) || (withLink && sentences.length === 0)) && ws.length > 4) {
      const at = random.int(0, ws.length - 3);
      const text = `${ws[at]} ${ws[at + 1]}`;
      const href = random.chance(0.6)
        ? `https://example.org/synthetic/${ws[at]!.replace(/[^a-z]/g, "") || "page"}`
        : random.pick(linkTargets);
      ws.splice(at, 2, `[${text}](${href})`);
    }
    sentences.push(sentence(ws));
    left -= length;
  }
  return sentences.join(" ");
}

function list(random: Random, lang: Lang): { text: string; words: number } {
  const ordered = random.chance(0.4);
  const items = random.int(3, 5);
  let total = 0;
  const lines: string[] = [];
  for (let i = 0; i < items; i += 1) {
    const ws = words(random, lang, random.int(4, 10), SAMPLE_WORD[lang]);
    total += ws.length;
    lines.push(`${ordered ? `${i + 1}.` : "-"} ${sentence(ws)}`);
  }
  return { text: lines.join("\n"), words: total };
}

function title(random: Random, lang: Lang): string {
  const ws = words(random, lang, random.int(5, 10), SAMPLE_WORD[lang]);
  return ws.map((w, i) => (i === 0 || w.length > 3 ? capitalize(w) : w)).join(" ");
}

function slugOf(text: string, index: number, lang: Lang): string {
  const base = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .split("-")
    .slice(0, 6)
    .join("-");
  return `${base}-${lang}-${String(index).padStart(5, "0")}`;
}

/** Double-quoted YAML scalar (JSON strings are valid YAML). */
const quote = (text: string) => JSON.stringify(text);
const flowList = (items: readonly string[]) => `[${items.map(quote).join(", ")}]`;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

interface Planned {
  index: number;
  lang: Lang;
  date: Date;
  translationKey: string | undefined;
  slug: string;
}

const FIRST_DAY = Date.UTC(2010, 0, 1);
const LAST_DAY = Date.UTC(2026, 5, 30);
const DAY = 86_400_000;

/** Decides language, date, slug and translation pairs first, so links can point at real briefs. */
function plan(options: CorpusOptions): Planned[] {
  const random = randomSource(options.seed ^ 0x9e3779b9);
  const planned: Planned[] = [];
  const span = (LAST_DAY - FIRST_DAY) / DAY;
  for (let index = 0; index < options.count; index += 1) {
    const previous = planned[index - 1];
    // Roughly one Spanish brief in three; half of those translate the English brief before them.
    if (previous?.lang === "en" && !previous.translationKey && random.chance(0.17)) {
      previous.translationKey = `pair-${String(previous.index).padStart(5, "0")}`;
      const slug = slugOf(title(random, "es"), index, "es");
      planned.push({ index, lang: "es", date: previous.date, translationKey: previous.translationKey, slug });
      continue;
    }
    const lang: Lang = random.chance(0.18) ? "es" : "en";
    // More briefs in recent years: sqrt skews the day towards the end of the range.
    const day = Math.floor(Math.sqrt(random.next()) * span);
    const date = new Date(FIRST_DAY + day * DAY);
    planned.push({ index, lang, date, translationKey: undefined, slug: slugOf(title(random, lang), index, lang) });
  }
  return planned;
}

const sampleCountry = zipf(COUNTRIES, 1.2);
const sampleTag = zipf(TAGS_WITH_SERIES, 1.05);
const sampleAuthor = zipf(AUTHORS, 1.3);

function brief(random: Random, planned: Planned, all: readonly Planned[], seed: number, images: boolean): CorpusFile {
  const { lang, date } = planned;
  const headline = title(random, lang);
  const linkTargets = Array.from({ length: 4 }, () => {
    const other = all[random.int(0, all.length - 1)]!;
    return `/${other.lang === "es" ? "es/" : ""}news/brief/${other.slug}/`;
  });
  const front: string[] = ["---", `title: ${quote(headline)}`, `date: ${isoDate(date)}`];
  if (random.chance(0.1)) front.push(`updated: ${isoDate(new Date(date.getTime() + random.int(1, 60) * DAY))}`);
  front.push(`countries: ${flowList(distinct(sampleCountry, random, random.chance(0.8) ? 1 : random.int(2, 3)))}`);
  front.push(`tags: ${flowList(distinct(sampleTag, random, random.int(1, 5)))}`);
  if (random.chance(0.85))
    front.push(`authors: ${flowList(distinct(sampleAuthor, random, random.chance(0.85) ? 1 : 2))}`);
  if (lang === "es" || random.chance(0.3)) front.push(`lang: ${lang}`);
  if (random.chance(0.6)) {
    front.push(
      `summary: ${quote(`Synthetic brief. ${sentence(words(random, lang, random.int(12, 24), SAMPLE_WORD[lang]))}`)}`,
    );
  }
  if (random.chance(0.004)) front.push("draft: true");
  if (random.chance(0.03)) front.push(`aliases: [${quote(`/${date.getUTCFullYear()}/old-${planned.slug}`)}]`);
  if (planned.translationKey) front.push(`translationKey: ${planned.translationKey}`);
  if (images && hasLeadImage(planned.index)) {
    // Briefs sit in briefs/<year>/, two folders below the corpus root.
    front.push(
      "image:",
      `  src: ../../${leadImagePath(planned.index)}`,
      `  alt: ${quote(`Synthetic drawing no. ${planned.index} of hills, water and boats, made for benchmarks.`)}`,
      "  credit: Drawn by script (tools/media/scenes.ts)",
    );
  }
  front.push("---", "");

  const target = random.int(300, 700);
  const blocks: string[] = [];
  let written = 0;
  const reportedShare = 0.6;
  while (written < target * reportedShare) {
    const size = random.int(45, 110);
    blocks.push(paragraph(random, lang, size, linkTargets, blocks.length === 0));
    written += size;
    if (random.chance(0.2)) {
      const quoted = random.int(15, 35);
      blocks.push(`> ${paragraph(random, lang, quoted, linkTargets)}`);
      written += quoted;
    }
  }
  if (random.chance(0.5)) {
    const listed = list(random, lang);
    blocks.push(listed.text);
    written += listed.words;
  }
  blocks.push(`## ${withOrg(localized(site.analysisHeading, lang))}`);
  while (written < target) {
    const size = Math.min(target - written + 10, random.int(50, 120));
    blocks.push(paragraph(random, lang, size, linkTargets));
    written += size;
  }
  blocks.push(
    lang === "es"
      ? `*Texto sintético generado para pruebas de rendimiento (semilla ${seed}, n.º ${planned.index}); no describe hechos reales.*`
      : `*Synthetic text generated for benchmarks (seed ${seed}, no. ${planned.index}); it describes no real events.*`,
  );
  return {
    path: `briefs/${date.getUTCFullYear()}/${planned.slug}.md`,
    contents: `${front.join("\n")}\n${blocks.join("\n\n")}\n`,
  };
}

function organizationItems(random: Random, count: number): CorpusFile[] {
  return Array.from({ length: count }, (_, index) => {
    const headline = `Synthetic Organization Note ${index + 1}: ${title(random, "en")}`;
    const date = new Date(LAST_DAY - index * 17 * DAY);
    const front = [
      "---",
      `title: ${quote(headline)}`,
      `date: ${isoDate(date)}`,
      `summary: ${quote(`Synthetic item for benchmarks. ${sentence(words(random, "en", 12, SAMPLE_WORD.en))}`)}`,
      ...(index % 2 === 0 ? [`url: https://example.org/synthetic/organization-${index + 1}`] : []),
      "---",
      "",
    ];
    return {
      path: `organization/synthetic-organization-note-${String(index + 1).padStart(2, "0")}.md`,
      contents: `${front.join("\n")}${paragraph(random, "en", 60, ["https://example.org/"])}\n`,
    };
  });
}

/** Every file of the corpus, in a fixed order. Pure: no file system access. */
export function* generateCorpus(options: CorpusOptions): Generator<CorpusFile> {
  if (!Number.isInteger(options.count) || options.count < 0) throw new Error("count must be a whole number ≥ 0");
  const planned = plan(options);
  for (const item of planned) {
    // One random stream per brief: a brief's text depends only on the seed and its index.
    yield brief(
      randomSource(options.seed * 1_000_003 + item.index),
      item,
      planned,
      options.seed,
      options.images ?? true,
    );
  }
  yield* organizationItems(randomSource(options.seed + 17), 8);
}

/** Writes the corpus under `out`, replacing a corpus this script wrote there before. */
export function writeCorpus(out: string, options: CorpusOptions): { briefs: number; organization: number } {
  const root = resolve(out);
  if (existsSync(root) && readdirSync(root).length > 0) {
    if (!existsSync(join(root, MANIFEST))) {
      throw new Error(`${root} is not empty and holds no ${MANIFEST}; refusing to overwrite it`);
    }
    for (const folder of ["briefs", "organization"]) rmSync(join(root, folder), { recursive: true, force: true });
  }
  const made = new Set<string>();
  const counts = { briefs: 0, organization: 0 };
  for (const file of generateCorpus(options)) {
    const path = join(root, file.path);
    const folder = dirname(path);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(path, file.contents);
    if (file.path.startsWith("briefs/")) counts.briefs += 1;
    else counts.organization += 1;
  }
  writeFileSync(
    join(root, MANIFEST),
    `${JSON.stringify({ generator: "dispatch-synthetic-corpus", version: GENERATOR_VERSION, ...options, ...counts }, null, 2)}\n`,
  );
  return counts;
}

/**
 * Draws the lead images the corpus's briefs refer to (`hasLeadImage`), each a distinct
 * scene, at most `concurrency` at once. Images already there are kept: `writeCorpus` leaves
 * `media/` alone, so regenerating a corpus draws only what is new.
 */
export async function writeCorpusImages(out: string, options: CorpusOptions, concurrency = 4): Promise<number> {
  if (options.images === false) return 0;
  const indexes = plan(options)
    .map((item) => item.index)
    .filter(hasLeadImage);
  mkdirSync(join(resolve(out), "media", "synthetic"), { recursive: true });
  let drawn = 0;
  await mapConcurrently(indexes, concurrency, async (index) => {
    const path = join(resolve(out), leadImagePath(index));
    if (existsSync(path)) return;
    writeFileSync(path, await drawScene(options.seed * 100_003 + index, LEAD_IMAGE_SIZE.width, LEAD_IMAGE_SIZE.height));
    drawn += 1;
  });
  return drawn;
}

async function main() {
  const { values } = parseArgs({
    options: {
      count: { type: "string", default: "1000" },
      out: { type: "string" },
      seed: { type: "string", default: "1" },
    },
  });
  if (!values.out) {
    console.error("usage: npm run corpus -- --count 10000 --out <dir> [--seed N]");
    process.exit(2);
  }
  const options = { count: Number(values.count), seed: Number(values.seed) };
  const started = performance.now();
  const counts = writeCorpus(values.out, options);
  const images = await writeCorpusImages(values.out, options);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `wrote ${counts.briefs} briefs (${images} new lead images drawn) and ${counts.organization} organization items to ${resolve(values.out)} in ${seconds} s`,
  );
}

if (import.meta.main) await main();
