import rss from "@astrojs/rss";
import { allBriefs } from "../../../data/briefs.ts";
import { namesIn, rssOptions, termFeed, type Feed } from "../../../lib/feeds.ts";
import { groupTerms, itemsWithTerm } from "../../../lib/terms.ts";
import type { Taxonomy } from "../../../lib/urls.ts";

const taxonomies: Taxonomy[] = ["tag", "country", "author"];

export async function getStaticPaths() {
  const briefs = await allBriefs();
  return taxonomies.flatMap((taxonomy) =>
    groupTerms(briefs, namesIn(taxonomy)).map((term) => ({
      params: { taxonomy, slug: term.slug },
      props: { feed: termFeed(taxonomy, term, itemsWithTerm(briefs, namesIn(taxonomy), term.slug)) },
    })),
  );
}

/** RSS 2.0 feed of one tag's, country's or author's briefs, served beside that term's page. */
export function GET({ props }: { props: { feed: Feed } }) {
  return rss(rssOptions(props.feed));
}
