import { allBriefs } from "../../content/briefs.ts";
import { uiLanguages } from "../../i18n/index.ts";
import { jsonFeed, siteFeed } from "../../model/feeds.ts";
import type { Language } from "../../i18n/languages.ts";

export function getStaticPaths() {
  return uiLanguages.map((lang) => ({ params: { lang }, props: { lang } }));
}

/** JSON Feed 1.1 of one language's briefs. */
export async function GET({ props }: { props: { lang: Language } }) {
  return Response.json(jsonFeed(siteFeed(await allBriefs(), props.lang)), {
    headers: { "Content-Type": "application/feed+json; charset=utf-8" },
  });
}
