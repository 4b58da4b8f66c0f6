import { allBriefs } from "../content/briefs.ts";
import { jsonFeed, siteFeed } from "../model/feeds.ts";

/** JSON Feed 1.1 of every published brief, in every language. */
export async function GET() {
  return Response.json(jsonFeed(siteFeed(await allBriefs())), {
    headers: { "Content-Type": "application/feed+json; charset=utf-8" },
  });
}
