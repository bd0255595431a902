// The roll call's data on the phone, shared by the page and the service worker: the last roll call
// seen of each meeting (so it opens offline) and the outbox of taps not yet sent (so none is lost).

export const API = '/api/attendance';
export const SYNC_HEADER = 'X-Motesplats-Sync';
export const SHELL_CACHE = 'motesplats-roll-call';
export const BUNDLE_CACHE = 'motesplats-bundles';

export type Group = 'LEADER' | 'SIGNED_UP' | 'COMPANION' | 'WALK_IN';

export interface Entry {
  attendee: string;
  name: string;
  group: Group;
  present: boolean;
  checkedInAt: string | null;
  method: string | null;
  saidCannotCome: boolean;
  /** Only on walk-ins added on this phone who gave a contact: it travels with each of their taps, like the name. */
  registration?: Registration;
}

/** What a walk-in gave at the door to get an account, and the consent the leader recorded (version, language shown). */
export interface Registration {
  walkInContact: string;
  walkInLanguage: string;
  consentVersion: string;
  consentLanguage: string;
}

export interface Meeting {
  meetingId: number;
  activityId: number;
  title: string;
  startsAt: string;
  endsAt: string;
}

export interface RollCallData {
  language: string;
  direction: string;
  meeting: Meeting;
  entries: Entry[];
  participantsPerLeader: number;
  texts: Record<string, string>;
  languages: { tag: string; name: string }[];
  consentVersion: string;
}

export interface PendingMark extends Partial<Registration> {
  clientId: string;
  meetingId: number;
  attendee: string;
  kind: 'PRESENT' | 'UNDO';
  at: string;
  leader: boolean;
  walkInName: string | null;
}

export function rollCallUrl(meetingId: number): string {
  return `${API}/meetings/${meetingId}/roll-call`;
}

export function shellPath(meetingId: number): string {
  return `/roll-call/${meetingId}`;
}

/** The page the service worker gives for a roll call when the server cannot be reached. */
export function shellHtml(data: RollCallData, appUrl: string): string {
  const escape = (text: string) =>
    text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
  return `<!doctype html><html lang="${escape(data.language)}" dir="${escape(data.direction)}"><head><meta charset="utf-8">`
    + `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(data.meeting.title)}</title>`
    + `<link rel="stylesheet" href="/styles/fonts.css"></head><body style="margin:0">`
    + `<motesplats-roll-call meeting="${data.meeting.meetingId}"></motesplats-roll-call>`
    + `<script type="module" src="${escape(appUrl)}"></script></body></html>`;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('motesplats-roll-call', 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('roll-calls', { keyPath: 'meeting.meetingId' });
      db.createObjectStore('outbox', { keyPath: 'clientId' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(storeName: string, mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await open();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const transaction = db.transaction(storeName, mode);
      const request = work(transaction.objectStore(storeName));
      transaction.oncomplete = () => resolve(request ? request.result : undefined);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

export function saveRollCall(data: RollCallData): Promise<unknown> {
  return run('roll-calls', 'readwrite', (store) => store.put(data));
}

export function loadRollCall(meetingId: number): Promise<RollCallData | undefined> {
  return run<RollCallData>('roll-calls', 'readonly', (store) => store.get(meetingId));
}

export function addMark(mark: PendingMark): Promise<unknown> {
  return run('outbox', 'readwrite', (store) => store.put(mark));
}

/** Every tap not yet confirmed by the server, oldest first. */
export async function pendingMarks(): Promise<PendingMark[]> {
  const marks = (await run<PendingMark[]>('outbox', 'readonly', (store) => store.getAll())) ?? [];
  return marks.sort((a, b) => a.at.localeCompare(b.at));
}

export function forget(clientIds: string[]): Promise<unknown> {
  return run('outbox', 'readwrite', (store) => {
    clientIds.forEach((id) => store.delete(id));
  });
}
