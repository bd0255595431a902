// In the main bundle: only the element names. The roll call itself is a separate chunk (./app), so
// that the service worker's offline copy of the page can load it without the rest of Vaadin.

customElements.define(
  'motesplats-roll-call',
  class extends HTMLElement {
    connectedCallback() {
      import('./app').then((app) => app.mount(this));
    }
  }
);

customElements.define(
  'motesplats-roll-call-preload',
  class extends HTMLElement {
    connectedCallback() {
      import('./app').then((app) => app.preloadToday());
    }
  }
);
