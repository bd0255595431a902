// In the main bundle: only the element. Leaflet, its styles and the tiles load when the map is opened
// (a tap on "Show map" on the activity page, at once in the editor), so pages stay light on a weak
// connection and no tile server learns of a visitor who did not ask for a map (docs/adr/0006).

type MountedMap = { update(): void };

customElements.define(
  'motesplats-map',
  class extends HTMLElement {
    static get observedAttributes() {
      return ['open', 'latitude', 'longitude', 'circles'];
    }

    private mounted?: Promise<MountedMap | undefined>;

    attributeChangedCallback() {
      if (!this.hasAttribute('open')) {
        return;
      }
      if (!this.mounted) {
        this.mounted = import('./leaflet-map').then(
          (leaflet) => leaflet.mount(this),
          () => {
            // the chunk itself could not load (offline): the address and the maps link stay
            this.setAttribute('failed', '');
            return undefined;
          }
        );
      } else {
        this.mounted.then((map) => map?.update());
      }
    }
  }
);
