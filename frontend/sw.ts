/// <reference lib="webworker" />
// Mötesplats service worker. Newcomers pay for their data, so unlike Vaadin's default worker this
// one pre-downloads only the offline page and its few small files, never the JavaScript bundles.
// Bundle files have content hashes in their names: they are cached when the page itself loads them,
// so a repeat visit costs almost nothing and the first visit downloads nothing twice.
// The leader's offline roll call (check-in issue) adds its own routes here; see docs/adr/0002.

self.__WB_DISABLE_DEV_LOGS = true;
self.importScripts('sw-runtime-resources-precache.js');
import { clientsClaim } from 'workbox-core';
import { matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkOnly } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import type { PrecacheEntry } from 'workbox-precaching/_types';

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
const neededOffline = /^(\.\/)?(offline\.html|offline-stub\.html|styles\/offline\.css|icons\/icon-192\.png)$/;
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

// Pages always come from the network (Flow views cannot run offline); without network the
// translated offline page is shown instead of the browser's error.
const network = new NetworkOnly();
registerRoute(
  new NavigationRoute(async (context) => {
    try {
      return await network.handle(context);
    } catch (error) {
      const offline = await matchPrecache(OFFLINE_PATH);
      if (offline) {
        return offline;
      }
      throw error;
    }
  })
);
