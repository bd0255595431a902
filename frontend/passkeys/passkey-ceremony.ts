// <motesplats-passkey>: when the button inside it is pressed, runs a passkey ceremony in the browser against
// Spring Security's WebAuthn endpoints (same origin, CSRF token from the element's attributes) and tells the
// server how it went: 'passkey-done', or 'passkey-failed' with a reason the view translates.
// ceremony="register": adds a passkey named by the text field inside the element; ceremony="sign-in": signs in.

type Json = Record<string, any>;

const fromBase64Url = (text: string): ArrayBuffer =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)).buffer;

const toBase64Url = (bytes: ArrayBuffer): string =>
  btoa(Array.from(new Uint8Array(bytes), (b) => String.fromCharCode(b)).join(''))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const withBinaryIds = (descriptors: Json[] | undefined) =>
  (descriptors ?? []).map((descriptor) => ({ ...descriptor, id: fromBase64Url(descriptor.id) }));

class PasskeyCeremony extends HTMLElement {
  private running = false;

  connectedCallback() {
    this.addEventListener('click', this.onClick);
  }

  disconnectedCallback() {
    this.removeEventListener('click', this.onClick);
  }

  private onClick = (event: Event) => {
    if (!(event.target as Element).closest('vaadin-button') || this.running) {
      return;
    }
    if (!window.PublicKeyCredential || !navigator.credentials) {
      this.failed('unsupported');
      return;
    }
    this.running = true;
    (this.getAttribute('ceremony') === 'register' ? this.register() : this.signIn())
      .then(
        () => this.dispatchEvent(new CustomEvent('passkey-done')),
        (error: unknown) => this.failed(reasonOf(error))
      )
      .finally(() => (this.running = false));
  };

  private failed(reason: string) {
    this.dispatchEvent(new CustomEvent('passkey-failed', { detail: { reason } }));
  }

  private async post(path: string, body?: Json): Promise<Json> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    const csrfHeader = this.getAttribute('csrf-header');
    if (csrfHeader) {
      headers[csrfHeader] = this.getAttribute('csrf-token') ?? '';
    }
    const response = await fetch(new URL(path, document.baseURI), {
      method: 'POST',
      credentials: 'same-origin',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (!response.ok) {
      throw new Error(`rejected:${response.status}`);
    }
    return response.json();
  }

  private async register() {
    const options = await this.post('webauthn/register/options');
    const credential = (await navigator.credentials.create({
      publicKey: {
        ...options,
        challenge: fromBase64Url(options.challenge),
        user: { ...options.user, id: fromBase64Url(options.user.id) },
        excludeCredentials: withBinaryIds(options.excludeCredentials)
      } as PublicKeyCredentialCreationOptions
    })) as PublicKeyCredential;
    const response = credential.response as AuthenticatorAttestationResponse;
    const field = this.querySelector('vaadin-text-field') as (HTMLElement & { value: string }) | null;
    await this.post('webauthn/register', {
      publicKey: {
        label: field?.value.trim() || this.getAttribute('default-label') || 'passkey',
        credential: {
          id: credential.id,
          rawId: toBase64Url(credential.rawId),
          type: credential.type,
          authenticatorAttachment: credential.authenticatorAttachment,
          clientExtensionResults: credential.getClientExtensionResults(),
          response: {
            attestationObject: toBase64Url(response.attestationObject),
            clientDataJSON: toBase64Url(response.clientDataJSON),
            transports: response.getTransports ? response.getTransports() : []
          }
        }
      }
    });
  }

  private async signIn() {
    const options = await this.post('webauthn/authenticate/options');
    const credential = (await navigator.credentials.get({
      publicKey: {
        ...options,
        challenge: fromBase64Url(options.challenge),
        allowCredentials: withBinaryIds(options.allowCredentials)
      } as PublicKeyCredentialRequestOptions
    })) as PublicKeyCredential;
    const response = credential.response as AuthenticatorAssertionResponse;
    const result = await this.post('login/webauthn', {
      id: credential.id,
      rawId: toBase64Url(credential.rawId),
      type: credential.type,
      authenticatorAttachment: credential.authenticatorAttachment,
      clientExtensionResults: credential.getClientExtensionResults(),
      response: {
        authenticatorData: toBase64Url(response.authenticatorData),
        clientDataJSON: toBase64Url(response.clientDataJSON),
        signature: toBase64Url(response.signature),
        userHandle: response.userHandle ? toBase64Url(response.userHandle) : undefined
      }
    });
    if (!result.authenticated) {
      throw new Error('rejected');
    }
  }
}

/** Cancelled or timed out (the person closed the prompt), already on this device, or refused by the server. */
function reasonOf(error: unknown): string {
  if (error instanceof DOMException) {
    return error.name === 'InvalidStateError' ? 'exists' : error.name === 'NotAllowedError' ? 'cancelled' : 'error';
  }
  return error instanceof Error && error.message.startsWith('rejected') ? 'rejected' : 'error';
}

customElements.define('motesplats-passkey', PasskeyCeremony);
