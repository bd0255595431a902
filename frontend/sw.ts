/// <reference lib="webworker" />
// Mötesplats service worker. Newcomers pay for their data, so unlike Vaadin's default worker this
// one pre-downloads only the offline page and its few small files, never the JavaScript bundles.
// Bundle files have content hashes in their names: they are cached when the page itself loads them,
// so a repeat visit costs almost nothing and the first visit downloads nothing twice.
// The leader's roll call is the one page that opens offline: see "Roll calls" below and roll-call/app.ts.

self.__WB_DISABLE_DEV_LOGS = true;
self.importScripts('sw-runtime-resources-precache.js');
import { clientsClaim } from 'workbox-core';
import { matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkOnly } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import type { PrecacheEntry } from 'workbox-precaching/_types';
import { API, BUNDLE_CACHE, type RollCallData, rollCallUrl, saveRollCall, SHELL_CACHE, shellHtml, shellPath } from './roll-call/store';

declare var self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<PrecacheEntry>;
  __WB_DISABLE_DEV_LOGS: boolean;
  additionalManifestEntries?: Array<PrecacheEntry>;
};
declare var OFFLINE_PATH: string;

self.skipWaiting();
clientsClaim();

/**
 * Only what the offline page needs is pre-downloaded. An allow-list, not a block-list: a pre-cached
 * copy of the app's index page would be served stale (wrong language) from the cache.
 */
// Not Vaadin's offline-stub.html (this worker answers with OFFLINE_PATH only) nor icons/icon-192.png (the offline
// page shows no image): 13 KiB of a newcomer's first visit (issue 9, item 1).
const neededOffline = /^(\.\/)?(offline\.html|styles\/offline\.css)$/;
const offlineEntries = [...(self.__WB_MANIFEST || []), ...(self.additionalManifestEntries || [])]
  .filter((entry) => neededOffline.test(typeof entry === 'string' ? entry : entry.url))
  .filter((entry, index, all) => all.findIndex((other) => other.url === entry.url) === index);
precacheAndRoute(offlineEntries);

const scope = new URL(self.registration.scope);

// Hashed bundle files: cache on first use, keep a bounded number.
registerRoute(
  ({ url }) => url.origin === scope.origin && url.pathname.startsWith(`${scope.pathname}VAADIN/build/`),
  new CacheFirst({ cacheName: 'motesplats-bundles', plugins: [new ExpirationPlugin({ maxEntries: 60 })] })
);

// Roll calls. When a leader opens "Today" or a roll call, the page sends the address of the roll
// call's code; the worker then stores today's roll calls in IndexedDB and, for each, a small page
// that loads that code without Vaadin. Without network that page is given instead of the offline page.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'motesplats-cache-today' && typeof event.data.appUrl === 'string') {
    event.waitUntil(cacheTodaysRollCalls(event.data.appUrl).catch(() => undefined));
  }
});

async function cacheTodaysRollCalls(appUrl: string) {
  if (new URL(appUrl).origin !== scope.origin) return;
  await keepCode(appUrl);
  const today = await fetch(`${API}/today`, { credentials: 'same-origin' });
  if (!today.ok) return;
  const { meetings } = (await today.json()) as { meetings: { meetingId: number }[] };
  const shells = await caches.open(SHELL_CACHE);
  for (const { meetingId } of meetings) {
    const response = await fetch(rollCallUrl(meetingId), { credentials: 'same-origin' });
    if (!response.ok) continue;
    const data = (await response.json()) as RollCallData;
    await saveRollCall(data);
    await shells.put(shellPath(meetingId), new Response(shellHtml(data, appUrl), {
      headers: { 'Content-Type': 'text/html; charset=utf-8' }
    }));
  }
}

/** The roll call's chunk and the chunks it imports, kept apart from what the bundle cache may evict. */
async function keepCode(appUrl: string) {
  const bundles = await caches.open(BUNDLE_CACHE);
  const app = await fetch(appUrl);
  if (!app.ok) return;
  const code = await app.clone().text();
  await bundles.put(appUrl, app);
  for (const [, path] of code.matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g)) {
    await bundles.add(new URL(path, appUrl).href);
  }
}

async function offlineRollCall(url: URL): Promise<Response | undefined> {
  const match = /^\/roll-call\/(\d+)$/.exec(url.pathname);
  return match ? (await caches.open(SHELL_CACHE)).match(shellPath(Number(match[1]))) : undefined;
}

// Pages always come from the network (Flow views cannot run offline); without network the
// translated offline page is shown instead of the browser's error, or a stored roll call.
const network = new NetworkOnly();
registerRoute(
  new NavigationRoute(async (context) => {
    try {
      return await network.handle(context);
    } catch (error) {
      const rollCall = await offlineRollCall(context.url);
      if (rollCall) {
        return rollCall;
      }
      const offline = await matchPrecache(OFFLINE_PATH);
      if (offline) {
        return offline;
      }
      throw error;
    }
  })
);

// Web Push (frontend/push/push.ts turns it on). The server writes each message in the recipient's
// language and sends {title, body, url, lang, dir}; the worker only shows it, and a tap opens the
// portal page it is about (an open window of the portal is reused).
type PushNotice = { title: string; body: string; url: string; lang: string; dir: NotificationDirection };

self.addEventListener('push', (event) => {
  const notice = event.data?.json() as PushNotice | undefined;
  if (!notice?.title) return;
  event.waitUntil(
    self.registration.showNotification(notice.title, {
      body: notice.body,
      lang: notice.lang,
      dir: notice.dir,
      icon: 'icons/icon-192.png',
      data: { url: notice.url }
    })
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL(event.notification.data?.url ?? scope.href, scope);
  const url = target.origin === scope.origin ? target.href : scope.href;
  event.waitUntil(
    self.clients.matchAll({ type: 'window' }).then((windows) => {
      const open = windows[0] as WindowClient | undefined;
      const opened = () => self.clients.openWindow(url);
      return open ? open.navigate(url).then((client) => client?.focus() ?? opened(), opened) : opened();
    })
  );
});
