import type { Attachment } from "./media.ts";

/** What converting one post's body needs to know beyond its HTML. */
export interface PostContext {
  postId: string;
  /** Plain-text title: the last resort for naming a link that holds only an image. */
  postTitle: string;
  /** The export's attachments by id: `[gallery]` and alt text from the media library. */
  attachments: ReadonlyMap<string, Attachment>;
  /** Block-editor footnotes (the post's `footnotes` meta): id → HTML content. */
  footnotes: ReadonlyMap<string, string>;
  /** An upload's path relative to the brief, once imported, or undefined to keep the URL. */
  localMedia: (url: string) => string | undefined;
}

declare module "vfile" {
  interface DataMap {
    wordpress: PostContext;
  }
}

/** A context for a post with no attachments, footnotes or imported media (tests, titles). */
export function emptyPostContext(postId = "", postTitle = ""): PostContext {
  return { postId, postTitle, attachments: new Map(), footnotes: new Map(), localMedia: () => undefined };
}

/** The block editor's footnotes, from the post's `footnotes` meta (a JSON list of `{id, content}`). */
export function parseFootnotes(meta: string | undefined): Map<string, string> {
  const footnotes = new Map<string, string>();
  if (!meta) return footnotes;
  try {
    const parsed: unknown = JSON.parse(meta);
    if (!Array.isArray(parsed)) return footnotes;
    for (const note of parsed as unknown[]) {
      const { id, content } = (note ?? {}) as { id?: unknown; content?: unknown };
      if (typeof id === "string" && typeof content === "string") footnotes.set(id, content);
    }
  } catch {
    // Not JSON: the post's footnote marks are then reported as links to missing notes.
  }
  return footnotes;
}
