import rss from "@astrojs/rss";
import { allBriefs } from "../../content/briefs.ts";
import { uiLanguages } from "../../i18n/index.ts";
import { rssOptions, siteFeed } from "../../model/feeds.ts";
import type { Language } from "../../i18n/languages.ts";

export function getStaticPaths() {
  return uiLanguages.map((lang) => ({ params: { lang }, props: { lang } }));
}

/** RSS 2.0 feed of one language's briefs. */
export async function GET({ props }: { props: { lang: Language } }) {
  return rss(rssOptions(siteFeed(await allBriefs(), props.lang)));
}
