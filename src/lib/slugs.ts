/**
 * ASCII URL slug for a display name: `Narcotráfico` → `narcotrafico`,
 * `Environmental Crime` → `environmental-crime`.
 *
 * Accents are folded rather than percent-encoded because readers share and type these
 * URLs, and `/tag/narcotr%C3%A1fico/` survives neither. A name with no Latin letters or
 * digits at all gets a stable hash so it still has a page.
 */
export function termSlug(name: string): string {
  let slug = slugCache.get(name);
  if (slug === undefined) {
    slug = foldToSlug(name);
    slugCache.set(name, slug);
  }
  return slug;
}

/** Term names repeat across thousands of briefs and pages; each distinct one is folded once. */
const slugCache = new Map<string, string>();

function foldToSlug(name: string): string {
  const folded = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .replace(/[æÆ]/g, "ae")
    .replace(/[øØ]/g, "o")
    .replace(/[đĐ]/g, "d")
    .replace(/[łŁ]/g, "l")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return folded || `term-${shortHash(name.normalize("NFC").toLowerCase())}`;
}

/** Slug of a brief: its file name without directories or extension. */
export function fileSlug(filePath: string): string {
  const name = filePath.split(/[\\/]/).pop() ?? filePath;
  return name.replace(/\.(md|markdown)$/i, "");
}

/** 32-bit FNV-1a, hex: stable across runs and machines, enough to tell names apart. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
