import type { LoaderContext } from "astro/loaders";
import type { Language } from "../../i18n/languages.ts";
import { fileSlug } from "../../lib/slugs.ts";
import { normalizeAlias } from "../../model/redirects.ts";
import { sitePageFamilies, sitePageAt } from "../../model/site-pages.ts";
import { briefsUrl, briefUrl, outputPath } from "../../model/urls.ts";

/** What decides a brief's addresses: its file, language and aliases. */
export interface AddressedBrief {
  /** Source file, relative to the project. */
  filePath: string;
  lang: Language;
  aliases: readonly string[];
}

const bare = (url: string) => outputPath(url).replace(/^\/+|\/+$/g, "");

/**
 * Every address a brief would take from another page, as sentences naming the file, the
 * field and the page: an alias that is one of Dispatch's own pages (search, tags, feeds, …,
 * see src/model/site-pages.ts), another brief's address or another brief's alias, and a file
 * name that makes a brief's address one of the brief listing's numbered pages. Caught here,
 * in the content loader, because Astro would otherwise stop the build with a route conflict
 * that names neither the brief nor the field.
 */
export function addressCollisions(briefs: readonly AddressedBrief[]): string[] {
  const families = sitePageFamilies();
  const problems: string[] = [];
  const pages = new Map(
    briefs.map((brief) => [bare(briefUrl({ slug: fileSlug(brief.filePath), lang: brief.lang })), brief]),
  );
  const claimed = new Map<string, { brief: AddressedBrief; index: number }>();
  for (const brief of briefs) {
    const slug = fileSlug(brief.filePath);
    if (/^\d+$/.test(slug) && Number(slug) > 1) {
      problems.push(
        `${brief.filePath}: the file name "${slug}" gives the brief the address ${briefUrl({ slug, lang: brief.lang })}, ` +
          `which is page ${slug} of the brief listing (${briefsUrl(Number(slug), brief.lang)}); rename the file`,
      );
    }
    brief.aliases.forEach((raw, index) => {
      const field = `aliases[${index}] "${raw}"`;
      const alias = normalizeAlias(raw, brief.filePath);
      const page = pages.get(alias);
      const earlier = claimed.get(alias);
      const family = sitePageAt(alias, families);
      if (page === brief) problems.push(`${brief.filePath}: ${field} is the brief's own address`);
      else if (page) problems.push(`${brief.filePath}: ${field} is the address of ${page.filePath}`);
      else if (earlier && earlier.brief !== brief) {
        problems.push(`${brief.filePath}: ${field} is also aliases[${earlier.index}] of ${earlier.brief.filePath}`);
      } else if (family) problems.push(`${brief.filePath}: ${field} collides with ${family.name}`);
      if (!earlier) claimed.set(alias, { brief, index });
    });
  }
  return problems;
}

/**
 * The briefs loader's check once the collection is loaded: stops the build with every
 * address collision listed (see {@link addressCollisions}).
 */
export function checkBriefAddresses(context: Pick<LoaderContext, "store" | "collection">): void {
  const briefs = context.store.values().map((entry) => {
    const data = entry.data as { lang: Language; aliases: string[] };
    return { filePath: entry.filePath ?? entry.id, lang: data.lang, aliases: data.aliases };
  });
  const problems = addressCollisions(briefs);
  if (problems.length === 0) return;
  throw new Error(
    `${problems.length} address collision(s) in the ${context.collection} collection; each would be two pages at one address:\n` +
      problems.map((problem) => `- ${problem}`).join("\n"),
  );
}
