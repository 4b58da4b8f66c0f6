import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".yml": "text/yaml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site the way a plain static host does (files as they are, directories by
 * their index.html, 404.html for anything else) under its base path, on 127.0.0.1.
 * Lighthouse measures this; no compression or caching tricks that a host may not offer.
 */
export async function serveStatic(dir: string, basePath = "/", port = 0): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    let pathname = "";
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      // A malformed escape names no file: answered as not found below.
    }
    const file = pathname.startsWith(basePath) ? fileFor(dir, pathname.slice(basePath.length)) : undefined;
    const notFound = join(dir, "404.html");
    const served = file ?? (existsSync(notFound) ? notFound : undefined);
    response.statusCode = file ? 200 : 404;
    if (!served) {
      response.end("Not found");
      return;
    }
    response.setHeader("Content-Type", contentTypes[extname(served)] ?? "application/octet-stream");
    createReadStream(served).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}

/** The file a site-relative path names, if it exists inside `dir`. */
function fileFor(dir: string, relativePath: string): string | undefined {
  const candidate = normalize(join(dir, relativePath));
  if (!candidate.startsWith(normalize(dir))) return undefined;
  if (!existsSync(candidate)) return undefined;
  if (statSync(candidate).isFile()) return candidate;
  const index = join(candidate, "index.html");
  return relativePath === "" || relativePath.endsWith("/") ? (existsSync(index) ? index : undefined) : undefined;
}
