import { allBriefs } from "../content/briefs.ts";
import { uiLanguages } from "../i18n/index.ts";
import { aliasRedirects, redirectsFile } from "../model/redirects.ts";
import { headersFile } from "../model/security.ts";
import { sitemapDetails } from "../model/sitemaps.ts";
import { SITEMAP_DETAILS_FILE } from "../build/sitemap-details.ts";
import { site } from "../site.config.ts";

/**
 * Files for the host and the build rather than for readers. Their names start with `_`,
 * which Astro would skip as a page file name, so they are produced as parameters.
 * The sitemap details are read, then deleted, by src/build/sitemap-details.ts.
 */
const files: Record<string, () => Promise<string>> = {
  _redirects: async () => redirectsFile(aliasRedirects(await allBriefs())),
  _headers: () => Promise.resolve(headersFile(site.basePath)),
  [SITEMAP_DETAILS_FILE]: async () => {
    const briefs = await allBriefs();
    const redirects = aliasRedirects(briefs).map((redirect) => redirect.from);
    return JSON.stringify(sitemapDetails(briefs, uiLanguages, redirects));
  },
};

export function getStaticPaths() {
  return Object.keys(files).map((hostFile) => ({ params: { hostFile } }));
}

export async function GET({ params }: { params: { hostFile: string } }) {
  const write = files[params.hostFile];
  if (!write) return new Response(null, { status: 404 });
  return new Response(await write(), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
