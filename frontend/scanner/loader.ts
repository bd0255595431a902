// In the main bundle: only the element. The camera loop (and, where the browser has no BarcodeDetector,
// the jsQR decoder) is a separate chunk fetched when someone taps "Scan the code".

customElements.define(
  'motesplats-qr-scanner',
  class extends HTMLElement {
    private stop?: () => void;

    connectedCallback() {
      import('./scanner').then(
        (scanner) => {
          if (this.isConnected) {
            this.stop = scanner.start(this);
          }
        },
        () => this.dispatchEvent(new CustomEvent('scan-failed'))
      );
    }

    disconnectedCallback() {
      this.stop?.();
    }
  }
);
