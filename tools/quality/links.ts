import type { Element } from "hast";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { listFiles, pathOfFile, sitemapUrls, type BuiltSite } from "./built-site.ts";

/** A reference from one file of the built site to a URL. */
export interface Reference {
  /** Site-relative file the reference is in, e.g. `news/index.html`. */
  from: string;
  /** Where in that file: `<a href>`, `<img srcset>`, `<meta og:image>`, `url()`, `<loc>`. */
  via: string;
  url: string;
}

export interface BrokenLink extends Reference {
  reason: string;
}

const parseHtml = unified().use(rehypeParse);

/** Attributes holding one URL, per element; `*` applies to all. */
const urlAttributes: Record<string, string[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  script: ["src"],
  img: ["src"],
  source: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
  iframe: ["src"],
  embed: ["src"],
  object: ["data"],
  form: ["action"],
  use: ["href", "xLinkHref"],
  image: ["href", "xLinkHref"],
};
const srcsetElements = new Set(["img", "source"]);
/** `<meta>` whose content is a URL on the site (social cards, canonical-like `og:url`). */
const urlMeta = new Set([
  "og:image",
  "og:image:url",
  "og:image:secure_url",
  "og:url",
  "og:audio",
  "og:video",
  "twitter:image",
]);

/** Every URL an HTML document refers to. */
export function htmlReferences(from: string, html: string): Reference[] {
  const found: Reference[] = [];
  const add = (via: string, value: unknown) => {
    if (typeof value === "string" && value.trim() !== "") found.push({ from, via, url: value.trim() });
  };
  visit(parseHtml.parse(html), "element", (node: Element) => {
    const { tagName, properties } = node;
    for (const name of urlAttributes[tagName] ?? []) add(`<${tagName} ${name}>`, properties[name]);
    if (srcsetElements.has(tagName)) {
      for (const candidate of srcsetUrls(properties.srcSet ?? "")) add(`<${tagName} srcset>`, candidate);
    }
    if (tagName === "meta") {
      const key = [properties.property ?? properties.name ?? ""].flat().join(" ");
      if (urlMeta.has(key)) add(`<meta ${key}>`, properties.content);
      if (properties.httpEquiv?.join(" ").toLowerCase() === "refresh") {
        add("<meta refresh>", /url\s*=\s*['"]?([^'"]+)/i.exec(properties.content ?? "")?.[1]);
      }
    }
  });
  return found;
}

/** URLs in a `srcset`: comma-separated candidates of a URL and an optional descriptor. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,(?=\s)|,$/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter(Boolean);
}

/** `url(...)` and `@import` references in a stylesheet. */
export function cssReferences(from: string, css: string): Reference[] {
  const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)];
  return urls.map((match) => ({ from, via: "url()", url: (match[2] ?? match[4] ?? "").trim() }));
}

/** Links in feeds and sitemaps: `<loc>`, RSS `<link>`, and `href`/`url` attributes (Atom, enclosures). */
export function xmlReferences(from: string, xml: string): Reference[] {
  const patterns: [string, RegExp][] = [
    ["<loc>", /<loc>\s*([^<\s]+)\s*<\/loc>/g],
    ["<link>", /<link>\s*([^<\s]+)\s*<\/link>/g],
    ["href=", /\bhref="([^"]+)"/g],
    ["url=", /\burl="([^"]+)"/g],
  ];
  return patterns.flatMap(([via, pattern]) =>
    [...xml.matchAll(pattern)].map((match) => ({ from, via, url: (match[1] ?? "").replaceAll("&amp;", "&") })),
  );
}

/**
 * Checks every internal reference of a built site against its files. A reference is
 * internal when it is relative or root-relative, or absolute on the site's own origin in
 * anything but an `<a>`/`<area>` (canonical, alternates, og:image, sitemap and feed
 * entries, assets): templates make those with the URL helpers. A full URL in an `<a>` is
 * written out on purpose (an editor's link to the newsroom's main site, the donate page)
 * and may name a page the host serves beside this site, so it is listed, not failed.
 * An internal reference must stay under the base path and name an existing file (a path ending in `/` names
 * its index.html; the site uses trailing slashes, so a directory without one is broken),
 * and a `#fragment` into an HTML page must match an `id` or `name` there.
 */
export function brokenLinks(site: BuiltSite): { checked: number; broken: BrokenLink[]; leftToHost: string[] } {
  const files = listFiles(site.dir);
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      const html = readFileSync(join(site.dir, file), "utf8");
      ids = new Set(
        [...html.matchAll(/\s(?:id|name)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? ""),
      );
      idsCache.set(file, ids);
    }
    return ids;
  };

  const references = files.flatMap((file) => {
    const text = () => readFileSync(join(site.dir, file), "utf8");
    if (file.endsWith(".html")) return htmlReferences(file, text());
    if (file.endsWith(".css")) return cssReferences(file, text());
    if (file.endsWith(".xml")) return xmlReferences(file, text());
    return [];
  });
  // Sitemaps may be named by the index only; make sure their entries are checked even if not listed as files.
  if (!files.some((file) => file.endsWith(".xml"))) {
    references.push(...sitemapUrls(site.dir).map((url) => ({ from: "sitemap", via: "<loc>", url })));
  }

  const broken: BrokenLink[] = [];
  const leftToHost = new Set<string>();
  let checked = 0;
  for (const reference of references) {
    const reason = problemWith(site, reference, idsOf);
    if (reason === "external") continue;
    if (reason === "host") {
      leftToHost.add(reference.url);
      continue;
    }
    checked += 1;
    if (reason) broken.push({ ...reference, reason });
  }
  return { checked, broken, leftToHost: [...leftToHost].sort() };
}

/**
 * Why a reference is broken; `undefined` if it resolves, `"external"` if it points off the
 * site, `"host"` for a full same-origin URL in a link (see `brokenLinks`).
 */
function problemWith(
  site: BuiltSite,
  { from, via, url }: Reference,
  idsOf: (file: string) => Set<string>,
): string | undefined {
  const pageUrl = `http://site.invalid${pathOfFile(site, from)}`;
  let target: URL;
  try {
    target = new URL(url, pageUrl);
  } catch {
    return "not a valid URL";
  }
  const internal =
    target.origin === "http://site.invalid" || (site.origin !== undefined && target.origin === site.origin);
  if (!internal) return "external";
  if (target.origin === site.origin && /^<(a|area) /.test(via)) return "host";

  let path: string;
  try {
    path = decodeURIComponent(target.pathname);
  } catch {
    return "badly percent-encoded path";
  }
  if (!path.startsWith(site.basePath)) return `outside the base path ${site.basePath}`;
  const relativePath = path.slice(site.basePath.length);
  const fullPath = join(site.dir, relativePath);
  let file: string;
  if (relativePath === "" || relativePath.endsWith("/")) {
    file = `${relativePath}index.html`;
    if (!existsSync(join(site.dir, file))) return `no ${file}`;
  } else {
    if (!existsSync(fullPath)) return `no file ${relativePath}`;
    if (statSync(fullPath).isDirectory()) return `directory without its trailing slash (${relativePath}/)`;
    file = relativePath;
  }

  const fragment = decodeURIComponent(target.hash.slice(1));
  if (fragment && fragment !== "top" && file.endsWith(".html") && !idsOf(file).has(fragment)) {
    return `no element with id "${fragment}" in ${file}`;
  }
  return undefined;
}
