import { allBriefs, renderedBodies } from "./briefs.ts";
import { withCacheKeys } from "./page-cache.ts";
import { uiLanguages } from "../i18n/index.ts";
import { siteFeed, termFeed, type Feed } from "../model/feeds.ts";
import { taxonomies } from "../model/taxonomies.ts";
import { termPages } from "../model/terms.ts";
import { site } from "../site.config.ts";

/** Props of a feed endpoint: the feed, which each format writes its own way. */
export interface FeedProps {
  feed: Feed;
}

/** Each brief's sanitised body for full-text feeds; none when `fullTextFeeds` is off. */
async function feedBodies(): Promise<Map<string, string> | undefined> {
  return site.fullTextFeeds ? renderedBodies() : undefined;
}

/** The whole site's feed: every published brief, in every language. */
export async function siteWideFeed(): Promise<Feed> {
  return siteFeed(await allBriefs(), undefined, await feedBodies());
}

/** `getStaticPaths` of each language's feeds (`/en/rss.xml`, `/es/atom.xml`…). */
export async function languageFeedPaths() {
  const [briefs, bodies] = await Promise.all([allBriefs(), feedBodies()]);
  return uiLanguages.map((lang) => ({
    params: { lang },
    props: { feed: siteFeed(briefs, lang, bodies) } satisfies FeedProps,
  }));
}

/** `getStaticPaths` of every tag's, country's and author's RSS feed (all languages), beside the term's page. */
export async function termFeedPaths() {
  const briefs = await allBriefs();
  return withCacheKeys(
    Object.values(taxonomies).flatMap((taxonomy) =>
      termPages(briefs, taxonomy.namesOf).map(({ term, items }) => ({
        params: { taxonomy: taxonomy.kind, slug: term.slug },
        props: { feed: termFeed(taxonomy.kind, term, items) } satisfies FeedProps,
      })),
    ),
  );
}
