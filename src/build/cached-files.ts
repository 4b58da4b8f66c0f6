import { access, copyFile, link, rename, rm, utimes, writeFile } from "node:fs/promises";

/**
 * Files a build step keeps in the build cache between builds (social cards, encoded
 * images) and puts into the output folder.
 */

export async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Writes through a temporary name so a build killed mid-write never leaves a broken cached file. */
export async function writeAtomically(path: string, data: Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, path);
}

/** `to` as a hard link to `from`, or a copy of it where links are impossible (another file system). */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  await link(from, to).catch(() => copyFile(from, to));
}

/**
 * Puts a cached file at `file` as a hard link: ten thousand cached files would otherwise
 * be copied on every build. Copies where links are impossible (another file system).
 */
export async function placeCachedFile(cached: string, file: string): Promise<void> {
  await rm(file, { force: true });
  await linkOrCopy(cached, file);
  // A link keeps the cached file's times; dating it now marks it as this build's output,
  // which the output folder's clean-up (src/build/output-folder.ts) keeps.
  const now = new Date();
  await utimes(file, now, now);
}
