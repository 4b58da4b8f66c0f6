import type { Element, Properties, Root } from "hast";
import rehypeParse from "rehype-parse";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { ARTICLE_IMAGE_SIZES, pictureOf, type Picture, type ResolvedImage } from "../model/images.ts";

export interface ResponsiveImagesOptions {
  /** The body's images as the loader measured them, by `src` as written in the Markdown. */
  images: Readonly<Record<string, ResolvedImage>>;
}

/** A `<picture>` (or a lone `<img>` when it has no sources) as hast. */
export function pictureElement(picture: Picture): Element {
  const { img } = picture;
  const imgProperties: Properties = {
    src: img.src,
    alt: img.alt,
    srcSet: img.srcset,
    sizes: img.sizes,
    width: img.width,
    height: img.height,
    loading: img.loading,
    decoding: img.decoding,
    fetchPriority: img.fetchpriority,
  };
  const imgElement: Element = { type: "element", tagName: "img", properties: imgProperties, children: [] };
  if (picture.sources.length === 0) return imgElement;
  return {
    type: "element",
    tagName: "picture",
    properties: {},
    children: [
      ...picture.sources.map((source): Element => ({
        type: "element",
        tagName: "source",
        properties: { type: source.type, srcSet: source.srcset, sizes: source.sizes },
        children: [],
      })),
      imgElement,
    ],
  };
}

/**
 * Turns each body image the loader measured into a `<picture>` of encoded sizes and
 * formats, with its width and height; every image loads lazily (the lead image, above the
 * body, is the one that loads at once). Runs on sanitized HTML, once the images are known
 * (src/build/loader/strict-glob.ts): it adds only markup built from measured data, and keeps
 * the alt text the sanitizer let through.
 */
export function rehypeResponsiveImages(options: ResponsiveImagesOptions) {
  return (tree: Root) => {
    visit(tree, "element", (node, position, parent) => {
      if (node.tagName !== "img" || !parent || position === undefined) return;
      const src = typeof node.properties.src === "string" ? node.properties.src : "";
      const image = options.images[src] ?? options.images[safelyDecoded(src)];
      const alt = typeof node.properties.alt === "string" ? node.properties.alt : "";
      if (!image) {
        node.properties = { ...node.properties, loading: "lazy", decoding: "async" };
        return;
      }
      parent.children[position] = pictureElement(
        pictureOf(image, { alt, sizes: ARTICLE_IMAGE_SIZES, loading: "lazy" }),
      );
    });
  };
}

/** The HTML of a rendered body has URLs percent-encoded; the Markdown had them as typed. */
function safelyDecoded(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

const processor = unified().use(rehypeParse, { fragment: true }).use(rehypeStringify).freeze();

/** A rendered body with its images made responsive (see `rehypeResponsiveImages`). */
export async function withResponsiveImages(html: string, images: ResponsiveImagesOptions["images"]): Promise<string> {
  const tree = processor.parse(html);
  await unified().use(rehypeResponsiveImages, { images }).run(tree);
  return processor.stringify(tree);
}
