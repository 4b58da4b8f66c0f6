import { allBriefs } from "./briefs.ts";
import { withCacheKeys } from "./page-cache.ts";
import { uiLanguages } from "../i18n/index.ts";
import { siteFeed, termFeed, type Feed } from "../model/feeds.ts";
import { taxonomies } from "../model/taxonomies.ts";
import { termPages } from "../model/terms.ts";

/** Props of a feed endpoint: the feed, which each format writes its own way. */
export interface FeedProps {
  feed: Feed;
}

/** The whole site's feed: every published brief, in every language. */
export async function siteWideFeed(): Promise<Feed> {
  return siteFeed(await allBriefs());
}

/** `getStaticPaths` of each language's feeds (`/en/rss.xml`, `/es/atom.xml`…). */
export async function languageFeedPaths() {
  const briefs = await allBriefs();
  return uiLanguages.map((lang) => ({ params: { lang }, props: { feed: siteFeed(briefs, lang) } satisfies FeedProps }));
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
