import { termSlug } from "../../src/lib/slugs.ts";

/** A post about to be written, as far as naming its file is concerned. */
export interface SlugCandidate {
  id: string;
  /** `post_name` from the export (may be percent-encoded or empty). */
  postName: string;
  title: string;
  year: number;
  /** Milliseconds since the epoch, to decide who keeps a shared slug. */
  time: number;
}

export interface SlugPlan {
  /** Post id → final slug (also the file name). */
  slugs: Map<string, string>;
  /** Post id → sentences explaining a slug that differs from the post's own. */
  warnings: Map<string, string[]>;
}

const CLEAN_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The slug a post asks for: its `post_name` when that is already a clean URL slug,
 * otherwise folded to ASCII like the site's tag slugs, or made from the title, or
 * `post-<id>` as a last resort.
 */
export function baseSlug(candidate: Pick<SlugCandidate, "id" | "postName" | "title">): {
  slug: string;
  warning?: string;
} {
  const name = candidate.postName.trim();
  // A number as a slug would put the brief at a page of the brief listing (/news/brief/2/).
  if (/^\d+$/.test(name))
    return { slug: `post-${name}`, warning: `slug "${name}" is a number; written as "post-${name}"` };
  if (CLEAN_SLUG.test(name)) return { slug: name };
  const fromName = name ? termSlug(decodePercent(name)) : "";
  if (fromName && !fromName.startsWith("term-")) {
    return { slug: fromName, warning: `slug "${name}" was rewritten as "${fromName}"` };
  }
  const fromTitle = termSlug(candidate.title);
  if (candidate.title.trim() && !fromTitle.startsWith("term-")) {
    return {
      slug: fromTitle,
      warning: `${name ? `slug "${name}" has no Latin letters` : "post has no slug"}; made "${fromTitle}" from its title`,
    };
  }
  const fallback = `post-${candidate.id}`;
  return { slug: fallback, warning: `post has no usable slug or title; named "${fallback}"` };
}

/**
 * Final slugs for a set of posts. A brief's slug is its URL and file name, so it must be
 * unique across all years (and differ from briefs already in the folder, `reserved`).
 *
 * When posts share a slug, the earliest (then the lowest id) keeps it; each other one gets
 * `-<year>` appended, or `-<id>` if that is taken too. The result depends only on the
 * input, never on the order the export lists posts in, so re-runs name files the same way.
 */
export function planSlugs(candidates: readonly SlugCandidate[], reserved: ReadonlySet<string> = new Set()): SlugPlan {
  const slugs = new Map<string, string>();
  const warnings = new Map<string, string[]>();
  const warn = (id: string, message: string) => warnings.set(id, [...(warnings.get(id) ?? []), message]);
  const groups = new Map<string, SlugCandidate[]>();
  for (const candidate of candidates) {
    const { slug, warning } = baseSlug(candidate);
    if (warning) warn(candidate.id, warning);
    groups.set(slug, [...(groups.get(slug) ?? []), candidate]);
  }
  const taken = new Set([...reserved, ...groups.keys()]);
  for (const [slug, group] of [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const ordered = [...group].sort((a, b) => a.time - b.time || Number(a.id) - Number(b.id) || (a.id < b.id ? -1 : 1));
    const keeper = reserved.has(slug) ? undefined : ordered[0];
    if (keeper) slugs.set(keeper.id, slug);
    for (const candidate of ordered) {
      if (candidate === keeper) continue;
      const byYear = `${slug}-${candidate.year}`;
      let chosen = taken.has(byYear) ? `${slug}-${candidate.id}` : byYear;
      for (let n = 2; taken.has(chosen); n += 1) chosen = `${slug}-${candidate.id}-${n}`;
      taken.add(chosen);
      slugs.set(candidate.id, chosen);
      const holder = keeper ? `post ${keeper.id} (${keeper.year})` : "a brief already in the output folder";
      warn(candidate.id, `slug "${slug}" is also used by ${holder}; written as "${chosen}"`);
    }
  }
  return { slugs, warnings };
}
