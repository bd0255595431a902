// The frame's two bars, drawn in the browser from a few attributes (shared.ui.TopBar, shared.ui.BottomBar).
// As Vaadin components they were 30 state nodes, a fifth of every visitor's session memory
// (docs/performance.md); each is now one node holding its texts. Every text goes in as text, never as HTML.
// Kept in the main bundle: every page has them.

// <vaadin-icon> with the app's subset of Vaadin's icon set (frontend/icons/make-subset.mjs)
import '../icons/vaadin-subset';
import { element } from '../shared/element';

type Entry = { path: string; icon: string; label: string };

function pictogram(icon: string): HTMLElement {
  const made = element('vaadin-icon');
  made.setAttribute('icon', icon);
  // decorative: the text beside it says the same
  made.setAttribute('aria-hidden', 'true');
  return made;
}

function entries(json: string | null): Entry[] {
  try {
    const parsed = JSON.parse(json ?? '[]');
    return Array.isArray(parsed) ? (parsed as Entry[]) : [];
  } catch {
    return [];
  }
}

/**
 * The phone's bottom bar: router links with pictogram and label (attribute "entries"), then "More", which
 * opens the app layout's drawer (the server fills the side navigation when it opens). The entry of the
 * page shown (attribute "current", the route's path) is marked with aria-current="page".
 */
customElements.define(
  'motesplats-bottom-bar',
  class extends HTMLElement {
    static get observedAttributes() {
      return ['entries', 'more', 'current'];
    }

    attributeChangedCallback(name: string) {
      if (name === 'current') {
        this.mark();
      } else {
        this.draw();
      }
    }

    private draw() {
      const links: HTMLElement[] = entries(this.getAttribute('entries')).map((entry) => {
        const link = element('a', 'bottom-nav-item') as HTMLAnchorElement;
        link.href = entry.path === '' ? '.' : entry.path;
        link.dataset.path = entry.path;
        // Flow's router takes clicks on such links without reloading the page
        link.setAttribute('router-link', '');
        link.append(pictogram(entry.icon), element('span', undefined, entry.label));
        return link;
      });
      const more = this.getAttribute('more');
      if (more) {
        const button = element('button', 'bottom-nav-item') as HTMLButtonElement;
        button.type = 'button';
        button.id = 'bottom-nav-more';
        button.append(pictogram('vaadin:ellipsis-dots-h'), element('span', undefined, more));
        button.addEventListener('click', () => {
          const layout = this.closest('vaadin-app-layout') as (HTMLElement & { drawerOpened: boolean }) | null;
          if (layout) {
            layout.drawerOpened = true;
          }
        });
        links.push(button);
      }
      this.replaceChildren(...links);
      this.mark();
    }

    private mark() {
      const current = this.getAttribute('current') ?? '';
      this.querySelectorAll<HTMLAnchorElement>('a[data-path]').forEach((link) => {
        const path = link.dataset.path ?? '';
        if (path === current || (path !== '' && current.startsWith(`${path}/`))) {
          link.setAttribute('aria-current', 'page');
        } else {
          link.removeAttribute('aria-current');
        }
      });
    }
  }
);

/**
 * The top bar after the menu button: the app's name (a router link home), the language picker's button
 * (the language's own name, in its script; the event "open-languages" asks the server for the list) and,
 * for visitors, the sign-in link.
 */
customElements.define(
  'motesplats-top-bar',
  class extends HTMLElement {
    static get observedAttributes() {
      return ['brand', 'language', 'language-tag', 'language-label', 'sign-in'];
    }

    attributeChangedCallback() {
      const brand = element('a', 'brand', this.getAttribute('brand') ?? '') as HTMLAnchorElement;
      brand.href = '.';
      brand.setAttribute('router-link', '');
      const picker = element('vaadin-button');
      picker.id = 'language-picker';
      picker.setAttribute('theme', 'tertiary');
      picker.setAttribute('aria-label', this.getAttribute('language-label') ?? '');
      picker.setAttribute('lang', this.getAttribute('language-tag') ?? '');
      const globe = pictogram('vaadin:globe');
      globe.setAttribute('slot', 'prefix');
      picker.append(globe, this.getAttribute('language') ?? '');
      picker.addEventListener('click', () => this.dispatchEvent(new CustomEvent('open-languages')));
      const parts: HTMLElement[] = [brand, element('div', 'spacer'), picker];
      const signIn = this.getAttribute('sign-in');
      if (signIn) {
        const link = element('a', 'sign-in-link', signIn) as HTMLAnchorElement;
        link.id = 'sign-in';
        link.href = 'sign-in';
        parts.push(link);
      }
      this.replaceChildren(...parts);
    }
  }
);
