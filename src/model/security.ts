/**
 * Security and caching policy for every host, from one place: the `<meta>` CSP Astro writes
 * into each page (astro.config.ts), the `_headers` file for Netlify and Cloudflare Pages,
 * and the example nginx server block (deploy/nginx.conf).
 *
 * The Content-Security-Policy comes in two layers, which browsers enforce together (a
 * request must pass both):
 * - Each page's `<meta>` policy, written by Astro, owns `script-src` and `style-src`: it
 *   lists `'self'` plus the hash of every inline script and style on that page, so nothing
 *   inline runs unless the build put it there.
 * - The HTTP header repeats the site-wide directives and adds what a `<meta>` policy cannot
 *   carry (`frame-ancestors`). It leaves out `script-src`, `style-src` and `default-src`
 *   on purpose: hashes change with every build, and a header without them would block the
 *   inline scripts and styles the page's own policy allows.
 */

/**
 * Scripts: the site's own files. `'wasm-unsafe-eval'` lets same-origin WebAssembly compile
 * (Pagefind's search index is WebAssembly); it does not allow `eval` of JavaScript.
 */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"];

/** Styles: the site's own stylesheets; inline `<style>` only by hash (Astro adds them). */
export const styleSources = ["'self'"];

/**
 * Directives both layers share. Images may come from any https origin because a remote
 * image the build could not download stays on its own site (src/build/images/resolve.ts);
 * every other image is encoded into the site's own `_images/`. Everything else is same-origin.
 */
export const sharedDirectives = [
  "default-src 'self'",
  "img-src 'self' data: https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The header's policy: shared directives (bar `default-src`, see above) plus framing. */
export function headerContentSecurityPolicy(): string {
  const fetchDirectives = sharedDirectives.filter((directive) => !directive.startsWith("default-src"));
  return [
    ...fetchDirectives,
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self' https:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers every response carries. */
export function securityHeaders(): Record<string, string> {
  return {
    "Content-Security-Policy": headerContentSecurityPolicy(),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // The share buttons may use the Web Share API and copy a link; nothing else is needed.
    "Permissions-Policy":
      "web-share=(self), clipboard-write=(self), camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    // Two years, the minimum the HSTS preload list asks for; preloading itself is left to the newsroom.
    "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  };
}

/** Hashed build assets never change under one name: cache for a year. */
export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";
/** Pages, feeds and sitemaps: five minutes, then check again, so corrections reach readers fast. */
export const SHORT_CACHE = "public, max-age=300, must-revalidate";

/**
 * `_headers` for Netlify and Cloudflare Pages. Page caching is left to both hosts' default
 * (`max-age=0, must-revalidate`): Cloudflare merges a header named in two matching rules
 * into one comma-separated value, so a site-wide Cache-Control would pollute `/_astro/`.
 */
export function headersFile(basePath: string): string {
  const headerLines = Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`);
  return [
    "# Written by the build (src/model/security.ts); edit that file, not this one.",
    `${basePath}*`,
    ...headerLines,
    "",
    `${basePath}_astro/*`,
    `  Cache-Control: ${IMMUTABLE_CACHE}`,
    "",
  ].join("\n");
}

export interface NginxOptions {
  /** `listen` argument, e.g. `80` or `127.0.0.1:4503`. */
  listen: string;
  serverName: string;
  /** Directory holding the built site (the contents of `dist/`). */
  root: string;
  /** Sub-path the site is served under, `/` or `/dispatch/`. */
  basePath: string;
  /** Certificate and key: adds them, plus a port-80 server that sends readers to https. */
  tls?: { certificate: string; key: string };
}

function nginxHeaders(indent: string, cache: string): string[] {
  // nginx drops a server's add_header lines in any location that has its own, so each
  // location lists them all. `always` keeps them on 404s and redirects too.
  return [
    ...Object.entries(securityHeaders()).map(([name, value]) => `${indent}add_header ${name} "${value}" always;`),
    `${indent}add_header Cache-Control "${cache}" always;`,
  ];
}

/**
 * An nginx `server` block serving the built site under `basePath`: pages as
 * `dir/index.html`, `dir` redirected to `dir/`, the site's own 404 page if it has one.
 */
export function nginxServerBlock(options: NginxOptions): string {
  const { basePath } = options;
  const root = options.root.replace(/\/+$/, "");
  const { tls } = options;
  const plainHttpRedirect = tls
    ? [
        "server {",
        "  listen 80;",
        `  server_name ${options.serverName};`,
        "  return 301 https://$host$request_uri;",
        "}",
        "",
      ]
    : [];
  const lines = [
    ...plainHttpRedirect,
    "server {",
    `  listen ${options.listen};`,
    `  server_name ${options.serverName};`,
    ...(tls ? [`  ssl_certificate ${tls.certificate};`, `  ssl_certificate_key ${tls.key};`] : []),
    "  charset utf-8;",
    "  server_tokens off;",
    "  # Redirects keep the path the reader asked for, not nginx's own host and port.",
    "  absolute_redirect off;",
    "  gzip on;",
    "  gzip_types text/css application/javascript application/json application/feed+json application/xml application/rss+xml application/atom+xml image/svg+xml;",
    "",
    ...(basePath === "/"
      ? []
      : [`  location = ${basePath.replace(/\/$/, "")} {`, `    return 301 ${basePath};`, "  }", ""]),
    `  location ${basePath}_astro/ {`,
    `    alias ${root}/_astro/;`,
    ...nginxHeaders("    ", IMMUTABLE_CACHE),
    "  }",
    "",
    `  location ${basePath} {`,
    `    alias ${root}/;`,
    "    index index.html;",
    `    error_page 404 ${basePath}404.html;`,
    ...nginxHeaders("    ", SHORT_CACHE),
    "  }",
    "}",
  ];
  return `${lines.join("\n")}\n`;
}
