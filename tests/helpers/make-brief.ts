import { toBrief, type Brief } from "../../src/model/briefs.ts";
import type { ResolvedImage } from "../../src/model/images.ts";
import { briefSchema } from "../../src/schemas/brief.ts";

/**
 * A Brief as the build would make it: front matter goes through the real schema (so dates
 * are parsed and defaults filled) and the real `toBrief`. Only `title` and `date` default.
 * `leadImage` is what the loader would have measured for `image.src`.
 */
export function makeBrief(
  slug: string,
  frontMatter: Record<string, unknown> = {},
  firstParagraph = "",
  leadImage?: ResolvedImage,
): Brief {
  const data = briefSchema.parse({ title: `Brief ${slug}`, date: "2024-01-01", ...frontMatter });
  const images = leadImage && { lead: leadImage, body: {}, sources: [], retry: false };
  return toBrief(
    { id: slug, filePath: `content/briefs/${slug}.md`, data, rendered: { metadata: { firstParagraph, images } } },
    "Default Desk",
  );
}
