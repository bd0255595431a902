// Turns Web Push on or off in this browser for the signed-in person. The server shows the setting only
// after 'push-support' says the browser can (Push API, a service worker, notifications); a tap on the
// toggle asks for permission and subscribes right here, because browsers allow the question only
// within the tap, and then tells the server the subscription it made or ended.

/** Whether this browser could show our notifications at all. */
function pushSupported(): boolean {
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

/** The VAPID public key as the bytes `applicationServerKey` takes. */
function keyBytes(base64Url: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64Url.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (base64Url.length % 4)) % 4));
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function base64Url(key: ArrayBuffer | null): string {
  if (!key) return '';
  return btoa(String.fromCharCode(...new Uint8Array(key))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function tell(host: HTMLElement, name: string, detail: object) {
  host.dispatchEvent(new CustomEvent(name, { detail }));
}

async function subscribe(host: HTMLElement, registration: ServiceWorkerRegistration) {
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') {
    tell(host, 'push-refused', { reason: 'denied' });
    return;
  }
  try {
    const subscription = await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: keyBytes(host.getAttribute('public-key') ?? '')
    });
    tell(host, 'push-subscribed', {
      endpoint: subscription.endpoint,
      p256dh: base64Url(subscription.getKey('p256dh')),
      auth: base64Url(subscription.getKey('auth'))
    });
  } catch {
    tell(host, 'push-refused', { reason: 'failed' });
  }
}

async function unsubscribe(host: HTMLElement, registration: ServiceWorkerRegistration) {
  const subscription = await registration.pushManager.getSubscription();
  if (subscription) {
    await subscription.unsubscribe();
    tell(host, 'push-unsubscribed', { endpoint: subscription.endpoint });
  } else {
    tell(host, 'push-unsubscribed', { endpoint: '' });
  }
}

export async function start(host: HTMLElement) {
  // without the app's service worker (a page opened outside the installed app's scope) nothing could show a push
  const registration = pushSupported() ? await navigator.serviceWorker.getRegistration() : undefined;
  if (!registration || !host.getAttribute('public-key')) {
    host.setAttribute('support', 'none'); // the setting stays hidden
    return;
  }
  const current = await registration.pushManager.getSubscription();
  tell(host, 'push-support', { endpoint: current?.endpoint ?? '' });
  host.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-push-toggle]')) return;
    const action = host.getAttribute('state') === 'on' ? unsubscribe : subscribe;
    action(host, registration).catch(() => tell(host, 'push-refused', { reason: 'failed' }));
  });
}
