import type { Brief } from "./briefs.ts";
import { briefUrl, sitePath } from "./urls.ts";

/** One old address of a brief and where it lives now. */
export interface AliasRedirect {
  /** The old path relative to the site's base, without slashes at either end: `2012/10/peru-bases`. */
  alias: string;
  /** The old address as served (base path included, trailing slash): `/dispatch/2012/10/peru-bases/`. */
  from: string;
  /** The brief's current page, as served. */
  to: string;
  /** The brief, for the redirect page's title and language. */
  brief: Pick<Brief, "title" | "lang" | "slug" | "filePath">;
}

/**
 * An editor's alias (`/2012/10/peru-bases` or `/2012/10/peru-bases/`) as a base-relative
 * directory path. Query strings and fragments cannot be matched by a static host, and
 * `..` or `//` would write the redirect page somewhere unexpected, so they are errors.
 */
export function normalizeAlias(alias: string, filePath: string): string {
  const trimmed = alias.replace(/^\/+|\/+$/g, "");
  const problem = /[?#]/.test(alias)
    ? "has a query string or fragment, which a static host cannot redirect"
    : /\s/.test(alias)
      ? "contains whitespace"
      : trimmed.split("/").some((segment) => ["", ".", ".."].includes(segment)) && trimmed !== ""
        ? "has an empty, `.` or `..` segment"
        : undefined;
  if (problem) throw new Error(`Alias "${alias}" in ${filePath} ${problem}.`);
  if (!trimmed) throw new Error(`Alias "${alias}" in ${filePath} would redirect the home page.`);
  return trimmed;
}

/**
 * Every alias of every published brief. Two briefs claiming one alias, or an alias that is
 * a brief's own address, stop the build: either would send readers to the wrong brief.
 */
export function aliasRedirects(briefs: readonly Brief[]): AliasRedirect[] {
  const pages = new Map(briefs.map((brief) => [briefUrl(brief), brief]));
  const claimed = new Map<string, AliasRedirect>();
  for (const brief of briefs) {
    for (const raw of brief.aliases) {
      const alias = normalizeAlias(raw, brief.filePath);
      const from = sitePath(`${alias}/`);
      const page = pages.get(from);
      if (page) throw new Error(`Alias "${raw}" in ${brief.filePath} is the address of ${page.filePath}.`);
      const earlier = claimed.get(from);
      if (earlier && earlier.brief.slug !== brief.slug) {
        throw new Error(`Alias "${raw}" is claimed by both ${earlier.brief.filePath} and ${brief.filePath}.`);
      }
      claimed.set(from, { alias, from, to: briefUrl(brief), brief });
    }
  }
  return [...claimed.values()].sort((a, b) => a.from.localeCompare(b.from, "en"));
}

/**
 * `_redirects` for Netlify and Cloudflare Pages: permanent redirects, percent-encoded so an
 * accent cannot trip a parser. Each alias is listed with and without its trailing slash,
 * since old links carry either and the hosts differ in how they match them.
 */
export function redirectsFile(redirects: readonly AliasRedirect[]): string {
  const lines = redirects.flatMap((redirect) => {
    const to = encodeURI(redirect.to);
    const from = encodeURI(redirect.from);
    return [`${from.replace(/\/$/, "")} ${to} 301`, `${from} ${to} 301`];
  });
  return `# Written by the build from the briefs' \`aliases\`.\n${lines.join("\n")}\n`;
}
