import { siteWideFeed } from "../content/feeds.ts";
import { jsonFeed } from "../model/feeds.ts";

/** JSON Feed 1.1 of every published brief, in every language. */
export async function GET() {
  return Response.json(jsonFeed(await siteWideFeed()), {
    headers: { "Content-Type": "application/feed+json; charset=utf-8" },
  });
}
