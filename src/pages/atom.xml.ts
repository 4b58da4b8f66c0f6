import { siteWideFeed } from "../content/feeds.ts";
import { atomXml } from "../model/feeds.ts";

/** Atom 1.0 feed of every published brief, in every language. */
export async function GET() {
  return new Response(atomXml(await siteWideFeed(), new Date()), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
