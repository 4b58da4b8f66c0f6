import type { Element, ElementContent, Root } from "hast";
import { SKIP, visit } from "unist-util-visit";
import type { VFile } from "vfile";
import type { Attachment } from "./media.ts";

/** Said in place of a description WordPress never had; reported, so an editor writes a real one. */
export const PLACEHOLDER_ALT = "Image without a description (imported from WordPress)";

function classesOf(element: Element): string[] {
  const value: unknown = element.properties.className;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string" ? value.split(/\s+/) : [];
}

function isElement(node: ElementContent | undefined, tagName: string): node is Element {
  return node?.type === "element" && node.tagName === tagName;
}

/**
 * WordPress's own ways of saying an image is decoration: a cover block's background, or the
 * ARIA attributes an editor or theme set. Only these get `alt=""`.
 */
function isDecorative(image: Element): boolean {
  const role = image.properties.role;
  return (
    classesOf(image).includes("wp-block-cover__image-background") ||
    role === "presentation" ||
    role === "none" ||
    image.properties.ariaHidden === "true"
  );
}

const byUrlCache = new WeakMap<ReadonlyMap<string, Attachment>, Map<string, Attachment>>();

/** An image's attachment: by the block editor's `wp-image-<id>` class, else by its URL (any size). */
function attachmentOf(image: Element, attachments: ReadonlyMap<string, Attachment>): Attachment | undefined {
  for (const name of classesOf(image)) {
    const id = /^wp-image-(\d+)$/.exec(name)?.[1];
    if (id && attachments.has(id)) return attachments.get(id);
  }
  let byUrl = byUrlCache.get(attachments);
  if (!byUrl) {
    byUrl = new Map([...attachments.values()].map((attachment) => [attachment.url, attachment]));
    byUrlCache.set(attachments, byUrl);
  }
  const src = typeof image.properties.src === "string" ? image.properties.src : "";
  const original = src.replace(/[?#].*$/, "").replace(/-\d+x\d+(\.[a-z0-9]+)$/i, "$1");
  return byUrl.get(original);
}

function text(value: unknown): string {
  return typeof value === "string" ? value.replace(/\s+/g, " ").trim() : "";
}

/** `<figure class="wp-block-gallery">` (or a `[gallery]` shortcode's) as a list of its figures, then its caption. */
function galleryAsList(gallery: Element): ElementContent[] {
  const items: ElementContent[] = [];
  const caption: ElementContent[] = [];
  for (const child of gallery.children) {
    if (child.type !== "element") continue;
    if (child.tagName === "figure" || child.tagName === "img") {
      items.push({ type: "element", tagName: "li", properties: {}, children: [child] });
    } else if (child.tagName === "figcaption") {
      caption.push({ type: "element", tagName: "p", properties: {}, children: child.children });
    }
  }
  return [{ type: "element", tagName: "ul", properties: {}, children: items }, ...caption];
}

/**
 * A link from an image to an image file ("link to media file"): on the old site it opened the
 * full size; here the image pipeline serves the image at the sizes a reader needs.
 */
function isLinkToImageFile(link: Element): boolean {
  if (link.tagName !== "a") return false;
  const href = typeof link.properties.href === "string" ? link.properties.href : "";
  const content = link.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  return (
    /\.(?:jpe?g|png|gif|webp|avif)(?:[?#].*)?$/i.test(href) && content.length === 1 && isElement(content[0], "img")
  );
}

/**
 * Prepares WordPress images for readers who cannot see them, and for the site's own images:
 * - a gallery (block or `[gallery]`) becomes a list of figures;
 * - a link from an image to its own file is unwrapped;
 * - an image without alt text takes the media library's, else its title; an image WordPress
 *   marks as decoration gets `alt=""`; a linked image with none takes the link's title, else
 *   the post's title; any other gets a placeholder. Each case is counted for the report;
 * - images found in the uploads copy point at the imported file.
 */
export function rehypeWordpressImages() {
  return (tree: Root, file: VFile) => {
    const context = file.data.wordpress;
    if (!context) return;
    const counts = { linkTitle: 0, postTitle: 0, placeholder: 0 };
    visit(tree, "element", (element, index, parent) => {
      if (
        element.tagName === "figure" &&
        classesOf(element).includes("wp-block-gallery") &&
        parent &&
        index !== undefined
      ) {
        const replacement = galleryAsList(element);
        parent.children.splice(index, 1, ...replacement);
        return [SKIP, index];
      }
      if (isLinkToImageFile(element) && parent && index !== undefined) {
        parent.children.splice(index, 1, ...element.children);
        return index;
      }
      // Only images: the image pipeline serves what is in content/media; a linked PDF stays where it was.
      if (element.tagName === "img" && typeof element.properties.src === "string") {
        element.properties.src = context.localMedia(element.properties.src) ?? element.properties.src;
      }
      if (element.tagName !== "a") return;
      const content = element.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
      const [only] = content;
      if (content.length === 1 && isElement(only, "img") && !text(only.properties.alt) && !isDecorative(only)) {
        const fromLibrary = attachmentOf(only, context.attachments)?.alt;
        const name = text(fromLibrary) || text(only.properties.title) || text(element.properties.title);
        if (!fromLibrary) counts[name ? "linkTitle" : "postTitle"] += 1;
        only.properties.alt = name || context.postTitle;
      }
      return undefined;
    });
    visit(tree, "element", (image) => {
      if (image.tagName !== "img") return;
      if (text(image.properties.alt)) return;
      if (isDecorative(image)) {
        image.properties.alt = "";
        delete image.properties.title; // a decorative image has nothing to say, not even on hover
        return;
      }
      const fromLibrary = text(attachmentOf(image, context.attachments)?.alt);
      const fromTitle = text(image.properties.title);
      if (!fromLibrary && !fromTitle) counts.placeholder += 1;
      image.properties.alt = fromLibrary || fromTitle || PLACEHOLDER_ALT;
    });
    const report = (count: number, message: string) => count > 0 && file.message(`${count} ${message}`);
    report(counts.linkTitle, `link(s) holding only an image were named after the image's or link's title`);
    report(counts.postTitle, `link(s) holding only an image had no name and were named after the post's title`);
    report(counts.placeholder, `image(s) without alt text anywhere got "${PLACEHOLDER_ALT}"; write real ones`);
  };
}
