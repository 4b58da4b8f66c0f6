import rss from "@astrojs/rss";
import { correctionsFeedPaths } from "../../../content/corrections.ts";
import type { FeedProps } from "../../../content/feeds.ts";
import { rssOptions } from "../../../model/feeds.ts";

export const getStaticPaths = correctionsFeedPaths;

/** RSS 2.0 feed of one language's corrections, one item per correction. */
export function GET({ props }: { props: FeedProps }) {
  return rss(rssOptions(props.feed));
}
