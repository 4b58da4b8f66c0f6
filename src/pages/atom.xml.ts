import { allBriefs } from "../content/briefs.ts";
import { atomXml, siteFeed } from "../model/feeds.ts";

/** Atom 1.0 feed of every published brief, in every language. */
export async function GET() {
  return new Response(atomXml(siteFeed(await allBriefs()), new Date()), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
