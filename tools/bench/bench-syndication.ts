/**
 * Times the build-time syndication work on a synthetic archive: sitemap details (lastmod
 * and hreflang for every page) and the whole-site feed in three formats.
 *
 *   N=10000 npx node tools/bench/bench-syndication.ts
 */
import { atomXml, jsonFeed, rssOptions, siteFeed } from "../../src/model/feeds.ts";
import { publishedBriefs } from "../../src/model/briefs.ts";
import { sitemapDetails } from "../../src/model/sitemaps.ts";
import { briefSchema } from "../../src/schemas/brief.ts";

const count = Number(process.env["N"] ?? 10_000);
// Through the schema and the build's own selection, as the content layer makes them.
const entries = Array.from({ length: count }, (_, index) => ({
  id: `brief-${index}`,
  data: briefSchema.parse({
    title: `Brief ${index}`,
    date: new Date(Date.UTC(2010, 0, 1) + index * 3_600_000).toISOString().slice(0, 10),
    tags: [`Tag ${index % 400}`, `Tag ${(index * 7) % 400}`, `Topic ${index % 50}`],
    countries: [`Country ${index % 30}`],
    authors: [`Author ${index % 150}`],
    translationKey: `story-${index % (count / 2)}`,
    lang: index % 2 ? "es" : "en",
  }),
}));
const briefs = publishedBriefs(entries, { defaultAuthor: "Desk", includeDrafts: false, now: new Date() });

let started = performance.now();
const details = sitemapDetails(briefs, ["en", "es"], []);
console.log(
  `sitemap details: ${count} briefs, ${Object.keys(details.pages).length} pages in ${(performance.now() - started).toFixed(0)} ms`,
);

started = performance.now();
const feed = siteFeed(briefs);
atomXml(feed, new Date());
jsonFeed(feed);
rssOptions(feed);
console.log(`whole-site feed, three formats: ${(performance.now() - started).toFixed(1)} ms`);
