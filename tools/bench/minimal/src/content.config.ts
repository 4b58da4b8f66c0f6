import { resolve } from "node:path";
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";

// CONTENT_DIR is resolved against the directory `astro build` runs in (the bench passes an absolute path).
export const collections = {
  briefs: defineCollection({
    loader: glob({ pattern: "**/*.md", base: resolve(process.env["CONTENT_DIR"] ?? "../../content", "briefs") }),
  }),
};
