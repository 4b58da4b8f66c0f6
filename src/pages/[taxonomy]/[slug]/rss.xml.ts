import rss from "@astrojs/rss";
import { termFeedPaths, type FeedProps } from "../../../content/feeds.ts";
import { rssOptions } from "../../../model/feeds.ts";

export const getStaticPaths = termFeedPaths;

/** RSS 2.0 feed of one tag's, country's or author's briefs (every language), served beside that term's page. */
export function GET({ props }: { props: FeedProps }) {
  return rss(rssOptions(props.feed));
}
