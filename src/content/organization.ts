import { getCollection, getEntry, render } from "astro:content";
import { isBuilt } from "../model/drafts.ts";
import { scheduleNow } from "../model/schedule.ts";
import { newestItemsFirst, organizationItem, type OrganizationItem } from "../model/organization.ts";

/** The organization's published news, newest first, read once per build. */
let published: Promise<OrganizationItem[]> | undefined;

function publishedItems(): Promise<OrganizationItem[]> {
  const options = { includeDrafts: import.meta.env.DISPATCH_SHOW_DRAFTS, now: scheduleNow(process.env) };
  published ??= getCollection("organization", (entry) => isBuilt(entry, options)).then((entries) =>
    newestItemsFirst(entries.map(organizationItem)),
  );
  return published;
}

/** The newest items, for the "About <org>" section under briefs and on the home page. */
export async function organizationNews(limit = 5): Promise<OrganizationItem[]> {
  return (await publishedItems()).slice(0, limit);
}

/** `getStaticPaths` of the items' own pages: every item not published elsewhere (no `url`). */
export async function organizationItemPaths() {
  return (await publishedItems())
    .filter((item) => !item.url)
    .map((item) => ({ params: { id: item.id }, props: { item } }));
}

/** An item's rendered body, as the component its page places. */
export async function organizationItemBody(item: OrganizationItem) {
  const entry = await getEntry("organization", item.id);
  if (!entry) throw new Error(`Organization item ${item.id} disappeared from the content store during the build`);
  return (await render(entry)).Content;
}
