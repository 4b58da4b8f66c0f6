import rss from "@astrojs/rss";
import { siteWideFeed } from "../content/feeds.ts";
import { rssOptions } from "../model/feeds.ts";

/** RSS 2.0 feed of every published brief, in every language. */
export async function GET() {
  return rss(rssOptions(await siteWideFeed()));
}
