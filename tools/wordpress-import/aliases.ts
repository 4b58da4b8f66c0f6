import type { Language } from "../../src/i18n/languages.ts";
import { normalizeAlias } from "../../src/model/redirects.ts";
import { sitePageAt, sitePageFamilies } from "../../src/model/site-pages.ts";
import { briefUrl, outputPath } from "../../src/model/urls.ts";

/** A post about to be written, as far as its old address is concerned. */
export interface AliasCandidate {
  id: string;
  /** The old permalink's path (`/2012/10/peru-bases/`), or undefined when it has none to redirect. */
  alias: string | undefined;
  /** The post's final slug (see slugs.ts). */
  slug: string;
  lang: Language;
}

export interface AliasPlan {
  /** Post id → the alias to write; posts whose alias was dropped are absent. */
  aliases: Map<string, string>;
  /** Post id → why its old address gets no redirect. */
  warnings: Map<string, string[]>;
}

/**
 * The aliases an import may write. The site's content loader stops the build on an alias that
 * is one of Dispatch's own pages (a post once at `/search/` or `/tags/`), an imported brief's
 * address, or another brief's alias (src/build/loader/brief-addresses.ts), so such aliases are
 * dropped here, each with a warning for its post; of two posts with one old address, the lower
 * post id keeps it, whatever order the export lists them in.
 */
export function planAliases(candidates: readonly AliasCandidate[]): AliasPlan {
  const families = sitePageFamilies();
  const aliases = new Map<string, string>();
  const warnings = new Map<string, string[]>();
  const drop = (id: string, message: string) =>
    warnings.set(id, [...(warnings.get(id) ?? []), `${message}; no redirect from it was written`]);
  const bare = (url: string) => outputPath(url).replace(/^\/+|\/+$/g, "");
  const briefAt = new Map(candidates.map((candidate) => [bare(briefUrl(candidate)), candidate.id]));
  const claimedBy = new Map<string, string>();
  const byId = [...candidates].sort((a, b) => Number(a.id) - Number(b.id) || (a.id < b.id ? -1 : 1));
  for (const { id, alias } of byId) {
    if (alias === undefined) continue;
    let path: string;
    try {
      path = normalizeAlias(alias, `post ${id}`);
    } catch (error) {
      drop(id, `old address ${alias} cannot be redirected (${(error as Error).message})`);
      continue;
    }
    const family = sitePageAt(path, families);
    const brief = briefAt.get(path);
    const holder = claimedBy.get(path);
    if (brief === id) continue; // the brief is already at its old address
    if (brief !== undefined) drop(id, `old address ${alias} is the new address of post ${brief}`);
    else if (family) drop(id, `old address ${alias} is ${family.name}`);
    else if (holder !== undefined) drop(id, `old address ${alias} is also the old address of post ${holder}`);
    else {
      claimedBy.set(path, id);
      aliases.set(id, alias);
    }
  }
  return { aliases, warnings };
}
