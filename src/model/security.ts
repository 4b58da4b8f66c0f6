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

import type { SiteConfig } from "../schemas/site.ts";
import { site } from "../site.config.ts";
import { newsletterOrigin } from "./newsletter.ts";

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
 * every other image is encoded into the site's own `_images/`. Everything else is
 * same-origin, except that the newsletter sign-up (when on) may post to its provider, as a
 * form and by `fetch`, and to nowhere else.
 */
export function siteDirectives(newsletter: SiteConfig["newsletter"]): SharedDirective[] {
  const provider = newsletterOrigin(newsletter);
  const withProvider = <Directive extends SharedDirective>(directive: Directive) =>
    provider ? (`${directive} ${provider}` as Directive) : directive;
  return [
    "default-src 'self'",
    // blob: for the editing UI's image previews (the CMS makes them from uploads); no reader page makes any.
    "img-src 'self' data: blob: https:",
    "object-src 'none'",
    "base-uri 'self'",
    withProvider("form-action 'self'"),
    withProvider("connect-src 'self'"),
  ];
}

/** A directive both layers carry: its name, then its sources. */
type SharedDirective =
  `${"default-src" | "img-src" | "object-src" | "base-uri" | "form-action" | "connect-src"} ${string}`;

/** The site's shared directives, from its config (astro.config.ts writes them into each page). */
export const sharedDirectives = siteDirectives(site.newsletter);

/** The header's policy: shared directives (bar `default-src`, see above) plus framing. */
export function headerContentSecurityPolicy(directives: readonly string[] = sharedDirectives): string {
  const fetchDirectives = directives
    .filter((directive) => !directive.startsWith("default-src"))
    // The editing UI's Git host and sign-in service too: some hosts (Cloudflare) send a page
    // matched by two rules both policies, so /admin/'s requests must pass this one as well.
    .map((directive) =>
      directive.startsWith("connect-src ") ? [directive, ...cmsOrigins(site.cms)].join(" ") : directive,
    );
  return [
    ...fetchDirectives,
    "font-src 'self'",
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

/**
 * Origins the editing UI at /admin/ (src/build/cms) fetches from: the Git host's API and,
 * when set, the OAuth service that signs editors in. GitLab's sign-in (PKCE) asks
 * gitlab.com, or `baseUrl` for a GitLab of its own, for the token.
 */
export function cmsOrigins(cms: SiteConfig["cms"]): string[] {
  const defaultApi = cms.backend === "github" ? "https://api.github.com" : "https://gitlab.com";
  const urls = [cms.apiRoot || defaultApi, cms.baseUrl || (cms.backend === "gitlab" ? "https://gitlab.com" : "")];
  return [...new Set(urls.filter(Boolean).map((url) => new URL(url).origin))];
}

/**
 * The editing UI's own policy, which replaces the site's on /admin/: Decap CMS needs
 * `'unsafe-eval'` (its config validator, ajv, compiles checks with `new Function`) and
 * inline styles (its components style themselves at run time), which no reader page gets.
 * `localBackend` is the local decap-server's API, present only in `npm run cms`.
 */
export function cmsContentSecurityPolicy(cms: SiteConfig["cms"], localBackend?: string): string[] {
  const connect = ["'self'", ...cmsOrigins(cms), ...(localBackend ? [new URL(localBackend).origin] : [])];
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    `connect-src ${connect.join(" ")}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/** Headers of the editing UI: its own policy, never indexed, never cached, never framed. */
export function cmsHeaders(): Record<string, string> {
  return {
    ...securityHeaders(),
    "Content-Security-Policy": [...cmsContentSecurityPolicy(site.cms), "frame-ancestors 'none'"].join("; "),
    "X-Robots-Tag": "noindex, nofollow",
    "Cache-Control": "no-cache",
  };
}

/** The editing UI's folder, under the base path. */
export function cmsPath(basePath: string): string {
  return `${basePath}admin/`;
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
    // Netlify serves the later rule's value of a header named twice; Cloudflare sends both,
    // which the site-wide policy allows for (see headerContentSecurityPolicy).
    `${cmsPath(basePath)}*`,
    ...Object.entries(cmsHeaders())
      .filter(([name, value]) => securityHeaders()[name] !== value)
      .map(([name, value]) => `  ${name}: ${value}`),
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

function nginxHeaders(indent: string, cache: string, headers = securityHeaders()): string[] {
  // nginx drops a server's add_header lines in any location that has its own, so each
  // location lists them all. `always` keeps them on 404s and redirects too.
  return Object.entries({ ...headers, "Cache-Control": cache }).map(
    ([name, value]) => `${indent}add_header ${name} "${value}" always;`,
  );
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
    `  location ${cmsPath(basePath)} {`,
    `    alias ${root}/admin/;`,
    "    index index.html;",
    ...nginxHeaders("    ", cmsHeaders()["Cache-Control"]!, cmsHeaders()),
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
