import rss from "@astrojs/rss";
import { languageFeedPaths, type FeedProps } from "../../content/feeds.ts";
import { rssOptions } from "../../model/feeds.ts";

export const getStaticPaths = languageFeedPaths;

/** RSS 2.0 feed of one language's briefs. */
export function GET({ props }: { props: FeedProps }) {
  return rss(rssOptions(props.feed));
}
