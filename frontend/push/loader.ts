// In the main bundle: only the element. The Push API code is a separate chunk, fetched when the page
// where a person turns notifications on (their profile) opens.

customElements.define(
  'motesplats-push-setting',
  class extends HTMLElement {
    private started = false;

    connectedCallback() {
      if (!this.started) {
        this.started = true;
        import('./push').then(
          (push) => push.start(this),
          () => undefined // offline: the setting stays hidden
        );
      }
    }
  }
);
