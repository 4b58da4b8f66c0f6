import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { defineCollection } from "astro:content";
import { publishLoadedBriefs } from "./build/content-channel.ts";
import { checkBriefAddresses } from "./build/loader/brief-addresses.ts";
import { strictGlob, type StrictGlobOptions } from "./build/loader/strict-glob.ts";
import { authorProfileSchema } from "./schemas/author.ts";
import { briefSchema, organizationItemSchema } from "./schemas/brief.ts";

/**
 * Content lives outside `src/` so a newsroom can keep it in its own repository and point
 * `CONTENT_DIR` at it. Only `briefs/` is required; `organization/` and `authors/` are optional.
 */
const contentRoot = resolve(process.env["CONTENT_DIR"] ?? "content");

function collectionIn(folder: string, onLoaded?: StrictGlobOptions["onLoaded"]) {
  const base = resolve(contentRoot, folder);
  return existsSync(base) ? strictGlob({ base, onLoaded }) : { name: `empty-${folder}`, load: () => Promise.resolve() };
}

export const collections = {
  // Addresses are checked before anything sees the briefs (src/build/loader/brief-addresses.ts); then a build
  // hands them to the search index, social cards, host files and sitemap (src/build/content-channel.ts).
  briefs: defineCollection({
    loader: collectionIn("briefs", (context) => {
      checkBriefAddresses(context);
      publishLoadedBriefs(context);
    }),
    schema: briefSchema,
  }),
  organization: defineCollection({ loader: collectionIn("organization"), schema: organizationItemSchema }),
  authors: defineCollection({ loader: collectionIn("authors"), schema: authorProfileSchema }),
};
