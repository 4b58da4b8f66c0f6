import rss from "@astrojs/rss";
import { allBriefs } from "../content/briefs.ts";
import { rssOptions, siteFeed } from "../model/feeds.ts";

/** RSS 2.0 feed of every published brief, in every language. */
export async function GET() {
  return rss(rssOptions(siteFeed(await allBriefs())));
}
