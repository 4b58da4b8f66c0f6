import rss from "@astrojs/rss";
import { allBriefs } from "../../../data/briefs.ts";
import { briefsByTerm, namesIn, rssOptions, termFeed, type Feed } from "../../../lib/feeds.ts";
import { groupTerms } from "../../../lib/terms.ts";
import type { TaxonomyKind } from "../../../lib/urls.ts";

const taxonomies: TaxonomyKind[] = ["tag", "country", "author"];

export async function getStaticPaths() {
  const briefs = await allBriefs();
  return taxonomies.flatMap((taxonomy) => {
    const byTerm = briefsByTerm(briefs, taxonomy);
    return groupTerms(briefs, namesIn(taxonomy)).map((term) => ({
      params: { taxonomy, slug: term.slug },
      props: { feed: termFeed(taxonomy, term, byTerm.get(term.slug) ?? []) },
    }));
  });
}

/** RSS 2.0 feed of one tag's, country's or author's briefs, served beside that term's page. */
export function GET({ props }: { props: { feed: Feed } }) {
  return rss(rssOptions(props.feed));
}
