import { languageFeedPaths, type FeedProps } from "../../content/feeds.ts";
import { atomXml } from "../../model/feeds.ts";

export const getStaticPaths = languageFeedPaths;

/** Atom 1.0 feed of one language's briefs. */
export function GET({ props }: { props: FeedProps }) {
  return new Response(atomXml(props.feed, new Date()), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
