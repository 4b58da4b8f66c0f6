import rss from "@astrojs/rss";
import { allBriefs } from "../../../content/briefs.ts";
import { withCacheKeys } from "../../../content/page-cache.ts";
import { rssOptions, termFeed, type Feed } from "../../../model/feeds.ts";
import { taxonomies } from "../../../model/taxonomies.ts";
import { termPages } from "../../../model/terms.ts";

export async function getStaticPaths() {
  const briefs = await allBriefs();
  return withCacheKeys(
    Object.values(taxonomies).flatMap((taxonomy) =>
      termPages(briefs, taxonomy.namesOf).map(({ term, items }) => ({
        params: { taxonomy: taxonomy.kind, slug: term.slug },
        props: { feed: termFeed(taxonomy.kind, term, items) },
      })),
    ),
  );
}

/** RSS 2.0 feed of one tag's, country's or author's briefs (every language), served beside that term's page. */
export function GET({ props }: { props: { feed: Feed } }) {
  return rss(rssOptions(props.feed));
}
