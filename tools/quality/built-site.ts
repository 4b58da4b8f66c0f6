import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/**
 * What the quality gates need to know about a built site, read from the built files
 * alone (never from src/), so the gates check what is deployed, whatever produced it.
 */
export interface BuiltSite {
  /** Absolute path of the output folder (dist/). */
  dir: string;
  /** Public origin the site was built for (`https://example.org`), from its canonical links; undefined if none. */
  origin: string | undefined;
  /** Sub-path the site is served under, `/` or `/dispatch/`. */
  basePath: string;
}

/** A page of the built site: its URL path (base path included) and its file. */
export interface SitePage {
  path: string;
  file: string;
  /** Where a redirect page (an old URL kept alive by a meta refresh) sends the reader. */
  redirectsTo?: string;
}

/**
 * Origin and base path come from the home page's canonical link (site URL + base path),
 * which every page of the site carries; the sitemap is the fallback.
 */
export function readBuiltSite(dir: string): BuiltSite {
  if (!existsSync(dir)) throw new Error(`No built site at ${dir}: run \`npm run build\` first.`);
  const home = join(dir, "index.html");
  const canonical = existsSync(home)
    ? /<link[^>]+rel="canonical"[^>]*>/i.exec(readFileSync(home, "utf8"))?.[0]
    : undefined;
  const href = canonical && /href="([^"]+)"/i.exec(canonical)?.[1];
  const sitemapUrl = sitemapUrls(dir)[0];
  const base = href ? new URL(href) : sitemapUrl ? new URL(sitemapUrl) : undefined;
  if (!base) return { dir, origin: undefined, basePath: "/" };
  const basePath = href ? base.pathname : "/";
  return { dir, origin: base.origin, basePath: basePath.endsWith("/") ? basePath : `${basePath}/` };
}

/** Every file under `dir` (recursive), as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/** The URL path a file of the built site is served at: `news/index.html` → `/base/news/`. */
export function pathOfFile(site: BuiltSite, file: string): string {
  return site.basePath + file.replace(/(^|\/)index\.html$/, "$1");
}

/** `<loc>` entries of every sitemap the site's sitemap index (or single sitemap) lists. */
export function sitemapUrls(dir: string): string[] {
  const locs = (xml: string) =>
    [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => decodeXml(match[1] ?? ""));
  const index = join(dir, "sitemap-index.xml");
  const single = join(dir, "sitemap.xml");
  if (existsSync(index)) {
    return locs(readFileSync(index, "utf8")).flatMap((sitemap) => {
      const file = join(dir, decodeURIComponent(new URL(sitemap).pathname.split("/").pop() ?? ""));
      return existsSync(file) ? locs(readFileSync(file, "utf8")) : [];
    });
  }
  return existsSync(single) ? locs(readFileSync(single, "utf8")) : [];
}

/**
 * Whether an HTML file is the editing UI (Decap CMS names its config with
 * `<link rel="cms-config-url">`): the CMS's own app for editors, not a page readers get.
 */
export function isEditingUi(html: string): boolean {
  return /<link\s[^>]*rel="cms-config-url"/.test(html);
}

/**
 * Every reader page of the built site: each URL its sitemap lists (when it has one) together
 * with each HTML file in the output, so pages left out of the sitemap (404, search) are
 * covered too. The editing UI at /admin/ is not one (the links gate still checks its files).
 */
export function sitePages(site: BuiltSite): SitePage[] {
  const pages = new Map<string, SitePage>();
  for (const file of listFiles(site.dir).filter((name) => name.endsWith(".html"))) {
    const path = pathOfFile(site, file);
    const html = readFileSync(join(site.dir, file), "utf8");
    if (isEditingUi(html)) continue;
    const redirectsTo = refreshTarget(html);
    pages.set(path, { path, file: join(site.dir, file), ...(redirectsTo === undefined ? {} : { redirectsTo }) });
  }
  for (const url of sitemapUrls(site.dir)) {
    // Sitemaps percent-encode paths; files are named with the decoded characters.
    const path = decodeURIComponent(new URL(url).pathname);
    if (!pages.has(path))
      pages.set(path, {
        path,
        file: join(site.dir, decodeURIComponent(path.slice(site.basePath.length)), "index.html"),
      });
  }
  return [...pages.values()].sort((a, b) => a.path.localeCompare(b.path));
}

/** The URL of an immediate `<meta http-equiv="refresh">`, if the page is only a redirect. */
export function refreshTarget(html: string): string | undefined {
  const meta = /<meta[^>]+http-equiv=["']?refresh["']?[^>]*>/i.exec(html)?.[0];
  const content = meta && /content=(?:"([^"]*)"|'([^']*)')/i.exec(meta);
  const target = content && /^\s*0\s*[;,]\s*url\s*=\s*(.+)$/i.exec(content[1] ?? content[2] ?? "");
  return target?.[1]?.trim().replace(/^['"]|['"]$/g, "");
}

/** The article the page-level gates walk: the seed brief when the site has it, else the first article. */
export function sampleArticle(site: BuiltSite, pages: SitePage[]): SitePage | undefined {
  const articles = pages.filter(({ path }) => /^news\/brief\/(?!\d+\/)[^/]+\/$/.test(path.slice(site.basePath.length)));
  return (
    articles.find(({ path }) => path.endsWith("/peru-to-install-military-bases-in-region-held-by-shining-path/")) ??
    articles[0]
  );
}

function decodeXml(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[name] ?? "",
  );
}
