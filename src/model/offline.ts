import { t } from "../i18n/index.ts";
import type { Language } from "../i18n/languages.ts";
import { breadcrumbTrail, type Crumb } from "./breadcrumbs.ts";
import { homeUrl, languagePrefix, offlineUrl, sitePath } from "./urls.ts";

/** What `/offline/` (and `/es/offline/`) shows: the page a reader gets offline for a page never opened. */
export interface OfflinePage {
  lang: Language;
  title: string;
  text: string;
  path: string;
  trail: Crumb[];
  home: { href: string; label: string };
}

export function offlinePage(lang: Language): OfflinePage {
  const title = t(lang, "offline.title");
  return {
    lang,
    title,
    text: t(lang, "offline.text"),
    path: offlineUrl(lang),
    trail: breadcrumbTrail(lang, [], title),
    home: { href: homeUrl(lang), label: t(lang, "offline.home") },
  };
}

/** Where the service worker is served: at the base path, so its scope is the whole site. */
export function serviceWorkerUrl(): string {
  return sitePath("sw.js");
}

/** What the service worker needs to know about the site. */
export interface ServiceWorkerPlan {
  /** Names the cache; a new build gets a new cache and the old one is deleted on activation. */
  version: string;
  /** Pages cached on install: each language's home page and offline page. */
  shell: string[];
  /** Offline page per path prefix, most specific first; the last is the fallback for every path. */
  offlinePages: { prefix: string; page: string }[];
}

export function serviceWorkerPlan(languages: readonly Language[], version: string): ServiceWorkerPlan {
  const byPrefix = languages
    .map((lang) => ({ prefix: sitePath(languagePrefix(lang)), page: offlineUrl(lang) }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  return {
    version,
    shell: languages.flatMap((lang) => [homeUrl(lang), offlineUrl(lang)]),
    offlinePages: byPrefix,
  };
}

/**
 * The service worker's code (`/sw.js`). Pages are fetched network first, so a reader online
 * never gets a stale brief; every same-origin page or asset fetched is kept in the cache, so
 * what the reader opened can be read again offline; a page never opened falls back to the
 * offline page of its language. Pages open before the worker took control are sent to it
 * by the registering script (a `cache` message). Hand-written rather than Workbox, and
 * written compactly: its bytes count in the JavaScript budget of every page that registers
 * it (tools/quality/page-weight.ts). `cacheName` is `dispatch-<version>`; activation deletes
 * every other `dispatch-` cache, so each build starts a fresh cache.
 */
export function serviceWorkerSource(plan: ServiceWorkerPlan): string {
  const constants = [
    `const CACHE=${JSON.stringify(`dispatch-${plan.version}`)}`,
    `SHELL=${JSON.stringify(plan.shell)}`,
    `OFFLINE=${JSON.stringify(plan.offlinePages)};`,
  ].join(",");
  return `${constants}
addEventListener("install",e=>e.waitUntil(caches.open(CACHE).then(c=>c.addAll(SHELL)).then(()=>skipWaiting())));
addEventListener("activate",e=>e.waitUntil(caches.keys().then(names=>Promise.all(names.filter(n=>n.startsWith("dispatch-")&&n!=CACHE).map(n=>caches.delete(n)))).then(()=>clients.claim())));
addEventListener("message",e=>e.waitUntil(caches.open(CACHE).then(c=>c.addAll(e.data.cache)).catch(()=>{})));
addEventListener("fetch",e=>{const r=e.request,path=new URL(r.url).pathname;if(r.method!="GET"||new URL(r.url).origin!=location.origin)return;
e.respondWith(fetch(r).then(s=>{if(s.ok){const copy=s.clone();caches.open(CACHE).then(c=>c.put(r,copy))}return s})
.catch(()=>caches.match(r).then(hit=>hit||(r.mode=="navigate"?caches.match(OFFLINE.find(o=>path.startsWith(o.prefix)).page):hit))))});
`;
}
