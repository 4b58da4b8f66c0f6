import { languageFeedPaths, type FeedProps } from "../../content/feeds.ts";
import { jsonFeed } from "../../model/feeds.ts";

export const getStaticPaths = languageFeedPaths;

/** JSON Feed 1.1 of one language's briefs. */
export function GET({ props }: { props: FeedProps }) {
  return Response.json(jsonFeed(props.feed), {
    headers: { "Content-Type": "application/feed+json; charset=utf-8" },
  });
}
