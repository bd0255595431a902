// The leader's roll call. Works with no network: every tap goes first into the IndexedDB outbox
// with an id made here, and is sent in batches whenever the server answers; the server stores each
// id once, so sending a batch twice, or from two phones, never doubles a check-in. The last roll
// call seen of each meeting is kept too, so the page opens again offline (the service worker
// gives the page itself, see sw.ts).
import { IntlMessageFormat } from 'intl-messageformat';
import {
  addMark,
  API,
  type Entry,
  forget,
  loadRollCall,
  type PendingMark,
  pendingMarks,
  type Registration,
  type RollCallData,
  rollCallUrl,
  saveRollCall,
  SYNC_HEADER
} from './store';

const TIMEOUT_MS = 6000;
const RETRY_MS = 15000;

const STYLE = `
:host { display: block; font-family: var(--lumo-font-family, system-ui, sans-serif); color: #1a1a1a; max-width: 28rem;
  margin-inline: auto; padding: 12px; box-sizing: border-box; }
h1 { font-size: 1.5rem; margin: 4px 0; }
h2 { font-size: 1.1rem; margin: 18px 0 6px; }
p { margin: 6px 0; }
.counts { display: flex; flex-wrap: wrap; gap: 6px 14px; font-weight: 600; font-size: 1.05rem; }
.status { padding: 8px 10px; border-radius: 8px; background: #eef5f4; }
.status.offline, .status.waiting { background: #fff4d6; }
.status.problem, .ratio { background: #fde8e8; color: #8a1c1c; padding: 8px 10px; border-radius: 8px; }
ul { list-style: none; padding: 0; margin: 0; display: grid; gap: 8px; }
li.companion { padding-inline-start: 24px; }
button { font: inherit; min-height: 48px; border-radius: 10px; cursor: pointer; }
.person { width: 100%; display: flex; align-items: center; gap: 10px; text-align: start; padding: 8px 12px;
  border: 2px solid #0b5e55; background: #fff; color: #0b5e55; }
.person[aria-pressed="true"] { background: #0b5e55; color: #fff; }
.person .tick { inline-size: 1.4em; font-weight: 700; }
.person .away { margin-inline-start: auto; font-size: 0.85rem; font-style: italic; }
form { display: flex; gap: 8px; align-items: end; flex-wrap: wrap; margin-top: 8px; }
label { display: block; width: 100%; }
input, select { font: inherit; min-height: 44px; flex: 1; min-width: 10rem; padding: 0 10px; border: 1px solid #666; border-radius: 8px;
  background: #fff; color: inherit; }
form > p { width: 100%; }
.consent { display: flex; gap: 10px; align-items: flex-start; width: 100%; }
.consent input { flex: none; min-width: 0; min-height: 0; inline-size: 24px; block-size: 24px; margin: 2px 0 0; }
.consent label { width: auto; flex: 1; }
[hidden] { display: none !important; }
.add { background: #0b5e55; color: #fff; border: none; padding: 0 18px; }
a { color: #0b5e55; display: inline-block; min-height: 48px; line-height: 48px; }
`;

function fetchWithTimeout(url: string, init: RequestInit = {}): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  return fetch(url, { ...init, credentials: 'same-origin', signal: controller.signal }).finally(() => clearTimeout(timer));
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

class RollCall {
  private data?: RollCallData;
  private pending: PendingMark[] = [];
  private reached = true;
  private signInNeeded = false;
  private refusal?: string;
  private syncing = false;
  private readonly root: ShadowRoot;
  private readonly content = element('div');
  private readonly walkIn = element('form');

  constructor(private readonly meetingId: number, private readonly host: HTMLElement) {
    this.root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    this.root.replaceChildren(element('style', STYLE), this.content, this.walkIn);
  }

  async start() {
    this.pending = await pendingMarks();
    await this.load();
    window.addEventListener('online', () => this.sync());
    setInterval(() => this.sync(), RETRY_MS);
    await this.sync();
  }

  private async load() {
    try {
      const response = await fetchWithTimeout(rollCallUrl(this.meetingId), { headers: { Accept: 'application/json' } });
      this.reached = true;
      this.signInNeeded = response.status === 401;
      if (response.ok) {
        this.data = await response.json();
        await saveRollCall(this.data!);
      }
    } catch {
      this.reached = false;
    }
    this.data ??= await loadRollCall(this.meetingId);
    this.render();
  }

  /** Sends every waiting tap, of any meeting; what the server has answered for is forgotten here. */
  async sync() {
    if (this.syncing) return;
    await this.refreshPending();
    if (this.pending.length === 0) {
      this.render();
      return;
    }
    this.syncing = true;
    try {
      const response = await fetchWithTimeout(`${API}/sync`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', [SYNC_HEADER]: '1' },
        // the phone's clock may be off: the server moves the marks' times by the difference
        body: JSON.stringify({ marks: this.pending.slice(0, 500), sentAt: new Date().toISOString() })
      });
      this.reached = true;
      this.signInNeeded = response.status === 401;
      if (response.ok) {
        const { outcomes } = (await response.json()) as { outcomes: { clientId: string; result: string; reason: string | null }[] };
        const answered = outcomes.map((outcome) => outcome.clientId);
        await forget(answered);
        // refused marks, and walk-ins counted without the contact they gave, say why
        const noted = outcomes.find((outcome) => outcome.reason);
        this.refusal = noted?.reason ? this.text(noted.reason) : undefined;
        await this.refreshPending(new Set(answered));
        this.syncing = false;
        await this.load();
      }
    } catch {
      this.reached = false;
    } finally {
      this.syncing = false;
      this.render();
    }
  }

  /**
   * The outbox as stored, plus taps made while it was being read: a quick second tap is still being written
   * when a sync reads the outbox, and would otherwise vanish from the count until the next sync.
   */
  private async refreshPending(answered: Set<string> = new Set()) {
    const stored = await pendingMarks();
    const storedIds = new Set(stored.map((mark) => mark.clientId));
    this.pending = [...stored, ...this.pending.filter((mark) => !storedIds.has(mark.clientId) && !answered.has(mark.clientId))];
  }

  private text(key: string, values?: Record<string, unknown>): string {
    const pattern = this.data?.texts[key];
    if (!pattern) return key;
    return String(new IntlMessageFormat(pattern, this.data!.language).format(values as never));
  }

  private isPresent(entry: Entry): boolean {
    return this.pending
      .filter((mark) => mark.meetingId === this.meetingId && mark.attendee === entry.attendee)
      .reduce((present, mark) => mark.kind === 'PRESENT', entry.present);
  }

  /** The server's list plus walk-ins added here and not yet confirmed. */
  private entries(): Entry[] {
    const known = new Set(this.data!.entries.map((entry) => entry.attendee));
    const added: Entry[] = [];
    for (const mark of this.pending) {
      if (mark.meetingId === this.meetingId && mark.walkInName && !known.has(mark.attendee)) {
        known.add(mark.attendee);
        added.push({
          attendee: mark.attendee, name: mark.walkInName, group: 'WALK_IN', present: false, checkedInAt: null, method: null,
          saidCannotCome: false, registration: registrationOf(mark)
        });
      }
    }
    return [...this.data!.entries, ...added];
  }

  private async tap(entry: Entry) {
    const mark: PendingMark = {
      clientId: crypto.randomUUID(),
      meetingId: this.meetingId,
      attendee: entry.attendee,
      kind: this.isPresent(entry) ? 'UNDO' : 'PRESENT',
      at: new Date().toISOString(),
      leader: entry.group === 'LEADER',
      // a walk-in's name travels with each of their taps: the server may not have seen the first yet
      walkInName: entry.attendee.startsWith('w') ? entry.name : null,
      ...entry.registration
    };
    await addMark(mark);
    this.pending.push(mark);
    this.render();
    void this.sync();
  }

  private render() {
    if (!this.data) {
      // texts from the page: without a stored roll call there are no stored texts either
      this.content.replaceChildren(element('p', this.host.getAttribute(this.signInNeeded ? 'sign-in-text' : 'unavailable-text') ?? '',
        'status problem'));
      return;
    }
    const data = this.data;
    const entries = this.entries();
    const present = entries.filter((entry) => entry.group !== 'LEADER' && this.isPresent(entry)).length;
    const leaders = entries.filter((entry) => entry.group === 'LEADER' && this.isPresent(entry)).length;
    const signedUp = entries.filter((entry) => entry.group === 'SIGNED_UP' || entry.group === 'COMPANION').length;
    const when = new Intl.DateTimeFormat(data.language, {
      weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm'
    }).format(new Date(data.meeting.startsAt));

    const nodes: Node[] = [element('h1', data.meeting.title), element('p', when)];
    const counts = element('p', undefined, 'counts');
    counts.id = 'roll-call-counts';
    counts.append(
      element('span', this.text('attendance.roll-call.present-count', { count: present })),
      element('span', this.text('attendance.roll-call.signed-up-count', { count: signedUp })),
      element('span', this.text('attendance.roll-call.leaders-count', { count: leaders }))
    );
    nodes.push(counts);
    if (data.participantsPerLeader > 0 && present > leaders * data.participantsPerLeader) {
      nodes.push(element('p', this.text('attendance.roll-call.ratio-not-met', { perLeader: data.participantsPerLeader }), 'ratio'));
    }
    const waiting = this.pending.length;
    const status = element('p', undefined, 'status');
    status.id = 'roll-call-status';
    status.setAttribute('role', 'status');
    if (this.signInNeeded) {
      status.textContent = this.text('attendance.roll-call.sign-in-again');
      status.classList.add('problem');
    } else if (waiting > 0) {
      status.textContent = this.text('attendance.roll-call.waiting', { count: waiting })
        + (this.reached ? '' : ' ' + this.text('attendance.roll-call.offline'));
      status.classList.add(this.reached ? 'waiting' : 'offline');
    } else {
      status.textContent = this.text('attendance.roll-call.saved');
    }
    nodes.push(status);
    if (this.refusal) nodes.push(element('p', this.refusal, 'status problem'));
    nodes.push(element('p', this.text('attendance.roll-call.hint')));

    const groups: [string, Entry[]][] = [
      ['attendance.roll-call.leaders', entries.filter((entry) => entry.group === 'LEADER')],
      ['attendance.roll-call.signed-up', entries.filter((entry) => entry.group === 'SIGNED_UP' || entry.group === 'COMPANION')],
      ['attendance.roll-call.walk-ins', entries.filter((entry) => entry.group === 'WALK_IN')]
    ];
    for (const [heading, members] of groups) {
      if (members.length === 0) continue;
      const list = element('ul');
      for (const entry of members) {
        const item = element('li', undefined, entry.group === 'COMPANION' ? 'companion' : undefined);
        const button = element('button', undefined, 'person');
        button.type = 'button';
        button.dataset.attendee = entry.attendee;
        button.setAttribute('aria-pressed', String(this.isPresent(entry)));
        button.append(element('span', this.isPresent(entry) ? '✓' : '', 'tick'), element('span', entry.name));
        if (entry.saidCannotCome) {
          button.append(element('span', this.text('attendance.roll-call.cannot-come'), 'away'));
        }
        button.addEventListener('click', () => void this.tap(entry));
        item.append(button);
        list.append(item);
      }
      nodes.push(element('h2', this.text(heading)), list);
    }
    this.content.replaceChildren(...nodes);
    this.renderWalkIn();
  }

  private renderWalkIn() {
    if (this.walkIn.childElementCount > 0) return;
    const data = this.data!;
    const field = <K extends 'input' | 'select'>(tag: K, id: string, labelKey: string): [HTMLLabelElement, HTMLElementTagNameMap[K]] => {
      const label = element('label', this.text(labelKey));
      label.htmlFor = id;
      const control = element(tag);
      control.id = id;
      return [label, control];
    };
    const [nameLabel, name] = field('input', 'walk-in-name', 'attendance.roll-call.walk-in-label');
    name.maxLength = 100;
    name.autocomplete = 'off';
    const [contactLabel, contact] = field('input', 'walk-in-contact', 'attendance.roll-call.walk-in-contact');
    contact.maxLength = 254;
    contact.autocomplete = 'off';
    contact.dir = 'ltr';
    // the contact and its consent only when the phone has the consent text (a roll call stored before it had none)
    contactLabel.hidden = contact.hidden = !data.consentVersion;
    const [languageLabel, language] = field('select', 'walk-in-language', 'attendance.roll-call.walk-in-language');
    for (const option of data.languages ?? []) {
      const item = element('option', option.name);
      item.value = option.tag;
      item.lang = option.tag;
      language.append(item);
    }
    language.value = data.language;
    const consentBox = element('div', undefined, 'consent');
    const [consentLabel, consent] = field('input', 'walk-in-consent', 'attendance.roll-call.walk-in-consent');
    consent.type = 'checkbox';
    consentBox.append(consent, consentLabel);
    const problem = element('p', undefined, 'status problem');
    problem.id = 'walk-in-problem';
    problem.setAttribute('role', 'alert');
    const withContact = [languageLabel, language, consentBox];
    const showContactParts = () => {
      const given = contact.value.trim() !== '';
      withContact.forEach((part) => (part.hidden = !given));
      problem.hidden = !given || problem.textContent === '';
    };
    // a problem shown is about what was typed before: any change takes it away
    const clearProblem = () => {
      problem.textContent = '';
      problem.hidden = true;
    };
    this.walkIn.addEventListener('input', clearProblem);
    this.walkIn.addEventListener('change', clearProblem);
    contact.addEventListener('input', showContactParts);
    const add = element('button', this.text('attendance.roll-call.add-walk-in'), 'add');
    add.type = 'submit';
    add.id = 'add-walk-in';
    const added = element('p');
    added.id = 'walk-in-added';
    added.setAttribute('role', 'status');
    const back = element('a', this.text('attendance.roll-call.back'));
    back.href = '/leading-today';
    this.walkIn.replaceChildren(nameLabel, name, contactLabel, contact, ...withContact, problem, add);
    this.walkIn.after(added, back);
    showContactParts();
    const refuse = (key: string, control: HTMLInputElement) => {
      problem.textContent = this.text(key);
      problem.hidden = false;
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', problem.id);
      control.focus();
    };
    this.walkIn.addEventListener('submit', (event) => {
      event.preventDefault();
      const typedName = name.value.trim();
      if (!typedName) return;
      const typedContact = contact.value.trim();
      [contact, consent].forEach((control) => control.removeAttribute('aria-invalid'));
      problem.textContent = '';
      let registration: Registration | undefined;
      if (typedContact) {
        if (!looksLikeEmailOrPhone(typedContact)) return refuse('attendance.roll-call.walk-in-contact-invalid', contact);
        if (!consent.checked) return refuse('attendance.roll-call.walk-in-consent-needed', consent);
        registration = {
          walkInContact: typedContact, walkInLanguage: language.value, consentVersion: data.consentVersion, consentLanguage: data.language
        };
      }
      name.value = contact.value = '';
      consent.checked = false;
      language.value = data.language;
      showContactParts();
      // the same words whether or not the contact was known: the leader is not told who has an account
      added.textContent = registration ? this.text('attendance.roll-call.walk-in-registered', { name: typedName }) : '';
      void this.tap({
        attendee: `w${crypto.randomUUID()}`, name: typedName, group: 'WALK_IN', present: false, checkedInAt: null, method: null,
        saidCannotCome: false, registration
      });
    });
  }
}

/** A first check of the contact on the phone; the server applies the portal's full rule (security.EmailOrPhone). */
function looksLikeEmailOrPhone(typed: string): boolean {
  if (typed.includes('@')) return /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>".]{2,}$/u.test(typed);
  return /^\+?\p{Nd}{7,15}$/u.test(typed.replace(/[\s().-]/g, ''));
}

function registrationOf(mark: PendingMark): Registration | undefined {
  const { walkInContact, walkInLanguage, consentVersion, consentLanguage } = mark;
  return walkInContact && walkInLanguage && consentVersion && consentLanguage
    ? { walkInContact, walkInLanguage, consentVersion, consentLanguage }
    : undefined;
}

export function mount(host: HTMLElement) {
  void new RollCall(Number(host.getAttribute('meeting')), host).start();
  void preloadToday();
}

/** Asks the service worker to store today's roll calls and this code, so that they open offline. */
export async function preloadToday() {
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.ready;
  registration.active?.postMessage({ type: 'motesplats-cache-today', appUrl: import.meta.url });
}

// On the service worker's offline copy of the page there is no Vaadin bundle to define the element.
if (!customElements.get('motesplats-roll-call')) {
  customElements.define('motesplats-roll-call', class extends HTMLElement {
    connectedCallback() {
      mount(this);
    }
  });
}
