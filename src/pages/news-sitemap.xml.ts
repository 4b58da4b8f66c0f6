import { allBriefs } from "../content/briefs.ts";
import { newsSitemapXml } from "../model/sitemaps.ts";
import { site } from "../site.config.ts";

/** Google News sitemap: the briefs of the two days before this build. */
export async function GET() {
  return new Response(newsSitemapXml(await allBriefs(), new Date(), site.name), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
}
