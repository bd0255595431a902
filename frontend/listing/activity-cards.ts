// The newcomers' activity cards, drawn in the browser from a list the server hands over as JSON
// (activity.ui.ActivityCards). Kept in the main bundle: the listing is where newcomers land. The server
// holds one string per listing instead of a component tree per card, which was half of every visitor's
// session memory (docs/performance.md). Every text goes in as text, never as HTML.

// <vaadin-icon> with the app's subset of Vaadin's icon set (frontend/icons/make-subset.mjs)
import '../icons/vaadin-subset';
import { element } from '../shared/element';

type Card = {
  href: string;
  icon: string;
  title: string;
  lang: string;
  mark?: string;
  markClass?: string;
  next: string;
  place: string;
  distance?: string;
  badges: string[];
};

function card(data: Card): HTMLElement {
  const link = element('a', 'activity-card') as HTMLAnchorElement;
  link.href = data.href;
  // Flow's router takes clicks on such links without reloading the page
  link.setAttribute('router-link', '');
  const icon = element('vaadin-icon', 'activity-pictogram');
  icon.setAttribute('icon', data.icon);
  icon.setAttribute('aria-hidden', 'true');
  const body = element('div', 'activity-card-body');
  const title = element('h2', undefined, data.title);
  title.lang = data.lang;
  body.append(title);
  if (data.mark) {
    body.append(element('span', `badge ${data.markClass ?? ''}`.trim(), data.mark));
  }
  body.append(element('p', undefined, data.next));
  const place = element('p', undefined, data.place);
  if (data.distance) {
    place.append(' · ', element('span', 'activity-distance', data.distance));
  }
  body.append(place);
  const badges = element('div', 'badges');
  data.badges.forEach((badge) => badges.append(element('span', 'badge', badge)));
  body.append(badges);
  link.append(icon, body);
  return link;
}

customElements.define(
  'motesplats-activity-cards',
  class extends HTMLElement {
    static get observedAttributes() {
      return ['cards'];
    }

    attributeChangedCallback() {
      let cards: Card[] = [];
      try {
        cards = JSON.parse(this.getAttribute('cards') ?? '[]') as Card[];
      } catch {
        cards = [];
      }
      this.replaceChildren(...cards.map(card));
    }
  }
);
