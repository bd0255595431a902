// In the main bundle: only the element. Chart.js is a separate chunk, fetched when a page with a chart
// opens (the coordinators' overview), never for newcomers' pages.

customElements.define(
  'motesplats-chart',
  class extends HTMLElement {
    static get observedAttributes() {
      return ['data'];
    }

    private drawn?: Promise<{ update(): void } | undefined>;

    connectedCallback() {
      this.draw();
    }

    attributeChangedCallback() {
      if (this.isConnected) {
        this.draw();
      }
    }

    private draw() {
      if (!this.drawn) {
        this.drawn = import('./chart').then(
          (chart) => chart.mount(this),
          () => undefined // no chart offline: the table under it has the same figures
        );
      } else {
        this.drawn.then((chart) => chart?.update());
      }
    }
  }
);
