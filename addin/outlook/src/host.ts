import { isKind, type Kind, type SenderProfile } from '@sidedoor/core';

/**
 * The one module that talks to Outlook. Everything else works with `MailHost`, so tests can
 * pass office-addin-mock or a fake, and the standalone page passes nothing at all.
 */

/** The body format of the message being composed. */
export type BodyType = 'html' | 'text';

/** A recipient as Outlook knows it. */
export interface Mailbox {
  displayName: string;
  emailAddress: string;
}

/** The message open in read mode: what the pane reads of it (plain text, never its HTML). */
export interface OpenMessage {
  subject: string;
  body: string;
  from?: Mailbox;
}

/** A new message for Outlook to open, as its new-message form takes it. */
export interface NewMessage {
  to: string[];
  subject: string;
  /** HTML, at most 32 KB (Outlook's limit for a new-message form). */
  html: string;
}

/** Outlook's limit on a new-message form's body, in characters. */
export const NEW_MESSAGE_MAX_BODY = 32 * 1024;

/** What the user keeps between messages, in the mailbox's roaming settings (32 KB in all). */
export type SavedDetails = SenderProfile;

/** The operations the pane needs from the compose window. */
export interface MailHost {
  bodyType(): Promise<BodyType>;
  /**
   * Inserts at the cursor, or after the text selected in the body (which stays); at the top of the
   * body when the cursor is elsewhere. Never replaces any of the body.
   */
  insertAtCursor(data: string, type: BodyType): Promise<void>;
  readBody(type: BodyType): Promise<string>;
  subject(): Promise<string>;
  setSubject(subject: string): Promise<void>;
  to(): Promise<Mailbox[]>;
  addTo(recipients: Mailbox[]): Promise<void>;
  loadDetails(): SavedDetails | undefined;
  saveDetails(details: SavedDetails): Promise<void>;
  /** Whether "Check before Send" is on (it is unless the user turned it off). */
  sendCheckEnabled(): boolean;
  setSendCheck(enabled: boolean): Promise<void>;
  /** Records on the message (a custom property, kept with the draft) that sidedoor drafted it, and as what. */
  markDrafted(kind: Kind): Promise<void>;
  /** The kind sidedoor drafted this message as, if it did. */
  draftedKind(): Promise<Kind | undefined>;
  /** The context the pane was opened with (a Smart Alert's `contextData`), if any. */
  openedWith?(): Promise<string | undefined>;
  /**
   * Calls `listener` with the new context when Outlook points the pane, already open, at
   * something else (a Smart Alert's button while the pane is open: `InitializationContextChanged`,
   * Mailbox 1.15). Where Outlook has no such event, nothing happens.
   */
  onOpenedWith?(listener: (context: string) => void): void;
  /** Read mode: the open message's subject, plain-text body and sender. */
  readMessage?(): Promise<OpenMessage>;
  /**
   * Read mode (there is no compose body to insert into): opens a new message with the draft in
   * Outlook's own new-message form. Nothing of the open message changes.
   */
  newMessage?(message: NewMessage): Promise<void>;
}

/** An error Outlook reported, with its message made readable. */
export class HostError extends Error {
  override name = 'HostError' as const;
  constructor(
    readonly operation: string,
    readonly code: string | number | undefined,
    message: string,
  ) {
    super(`Outlook could not ${operation}: ${message}`);
  }
}

const SETTINGS_KEY = 'sidedoor.details';
/** Custom property of a message sidedoor drafted: the kind it was drafted as. */
export const DRAFTED_KEY = 'sidedoorKind';
/** Roaming setting holding `false` when the user turned "Check before Send" off. */
export const SEND_CHECK_KEY = 'sidedoor.sendCheck';

type Callback<T> = (result: Office.AsyncResult<T>) => void;

function call<T>(operation: string, start: (callback: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    start((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new HostError(operation, result.error?.code, result.error?.message ?? 'unknown error'));
    });
  });
}

/** The compose item of the running Outlook, behind `MailHost`. */
export function outlookHost(office: typeof Office = Office): MailHost {
  const item = office.context.mailbox.item as Office.MessageCompose;
  const settings = office.context.roamingSettings;
  const coercion = (type: BodyType) => (type === 'html' ? office.CoercionType.Html : office.CoercionType.Text);
  return {
    bodyType: () =>
      call<Office.CoercionType>('read the body format', (cb) => item.body.getTypeAsync(cb)).then((t) =>
        t === office.CoercionType.Html ? 'html' : 'text',
      ),
    insertAtCursor: async (data, type) => {
      // body.setSelectedDataAsync replaces the text selected in the body: when there is some,
      // it is read first (item.getSelectedDataAsync, Mailbox 1.2, in the body's format) and
      // inserted again, with the draft after it. A selection in the subject, or the cursor in
      // another field, leaves the body's selection alone: Outlook then inserts at the top.
      const selected = await selectionInBody(type);
      const joined = selected === '' ? data : type === 'html' ? `${selected}${data}` : `${selected}\n\n${data}`;
      await call<void>('insert the draft', (cb) =>
        item.body.setSelectedDataAsync(joined, { coercionType: coercion(type) }, cb),
      );
    },
    readBody: (type) => call<string>('read your draft', (cb) => item.body.getAsync(coercion(type), cb)),
    subject: () => call<string>('read the subject', (cb) => item.subject.getAsync(cb)),
    setSubject: (subject) => call<void>('set the subject', (cb) => item.subject.setAsync(subject.slice(0, 255), cb)),
    to: () =>
      call<Office.EmailAddressDetails[]>('read the recipients', (cb) => item.to.getAsync(cb)).then((list) =>
        list.map((r) => ({ displayName: r.displayName, emailAddress: r.emailAddress })),
      ),
    addTo: (recipients) => call<void>('add the recipient', (cb) => item.to.addAsync(recipients.slice(0, 100), cb)),
    loadDetails: () => {
      const raw: unknown = settings.get(SETTINGS_KEY);
      if (typeof raw !== 'object' || raw === null) return undefined;
      const details: SavedDetails = raw;
      return details;
    },
    saveDetails: (details) => save('save your details', SETTINGS_KEY, details),
    sendCheckEnabled: () => settings.get(SEND_CHECK_KEY) !== false,
    setSendCheck: (enabled) => save('save the setting', SEND_CHECK_KEY, enabled),
    markDrafted: async (kind) => {
      const props = await call<Office.CustomProperties>('read the message properties', (cb) =>
        item.loadCustomPropertiesAsync(cb),
      );
      props.set(DRAFTED_KEY, kind);
      await call<void>('mark the message', (cb) => props.saveAsync(cb));
    },
    openedWith: async () => {
      if (typeof item.getInitializationContextAsync !== 'function') return undefined;
      const value = await call<string>('read how the pane was opened', (cb) => item.getInitializationContextAsync(cb));
      return typeof value === 'string' && value !== '' ? value : undefined;
    },
    onOpenedWith: (listener) => {
      const type = office.EventType?.InitializationContextChanged;
      if (type === undefined || typeof item.addHandlerAsync !== 'function') return;
      item.addHandlerAsync(type, (event: { initializationContextData?: unknown }) => {
        if (typeof event.initializationContextData === 'string') listener(event.initializationContextData);
      });
    },
    draftedKind: async () => {
      const props = await call<Office.CustomProperties>('read the message properties', (cb) =>
        item.loadCustomPropertiesAsync(cb),
      );
      const kind: unknown = props.get(DRAFTED_KEY);
      return isKind(kind) ? kind : undefined;
    },
  };

  /** The text selected in the body, in `type` (`''` with none, or when Outlook cannot say). */
  function selectionInBody(type: BodyType): Promise<string> {
    if (typeof item.getSelectedDataAsync !== 'function') return Promise.resolve('');
    return new Promise((resolve) => {
      item.getSelectedDataAsync(
        coercion(type),
        (result: Office.AsyncResult<{ data?: unknown; sourceProperty?: unknown }>) => {
          const value = result.status === office.AsyncResultStatus.Succeeded ? result.value : undefined;
          resolve(value?.sourceProperty === 'body' && typeof value.data === 'string' ? value.data : '');
        },
      );
    });
  }

  function save(operation: string, key: string, value: unknown): Promise<void> {
    return new Promise((resolve, reject) => {
      settings.set(key, value);
      settings.saveAsync((result) =>
        result.status === office.AsyncResultStatus.Succeeded
          ? resolve()
          : reject(new HostError(operation, result.error?.code, result.error?.message ?? 'unknown error')),
      );
    });
  }
}

/**
 * The running Outlook with a received message open (read mode): `outlookHost` plus `readMessage`
 * (the subject, and the body as plain text with `body.getAsync`, Mailbox 1.3) and `newMessage`
 * (`mailbox.displayNewMessageFormAsync`, Mailbox 1.9, or `displayNewMessageForm`, Mailbox 1.6).
 * Kept apart from `outlookHost` so only read mode's module (dist/modes/read.js) carries it.
 */
export function readModeHost(office: typeof Office = Office): MailHost {
  return {
    ...outlookHost(office),
    readMessage: async () => {
      const read = office.context.mailbox.item as unknown as Office.MessageRead;
      const body = await call<string>('read the message', (cb) => read.body.getAsync(office.CoercionType.Text, cb));
      const from = read.from as Office.EmailAddressDetails | undefined;
      const message: OpenMessage = { subject: typeof read.subject === 'string' ? read.subject : '', body };
      if (from?.emailAddress) message.from = { displayName: from.displayName ?? '', emailAddress: from.emailAddress };
      return message;
    },
    newMessage: async (message) => {
      const mailbox = office.context.mailbox;
      const form: Office.MessageForm = {
        toRecipients: message.to.slice(0, 100),
        subject: message.subject.slice(0, 255),
        htmlBody: message.html,
      };
      if (message.html.length > NEW_MESSAGE_MAX_BODY)
        throw new HostError(
          'open a new message',
          undefined,
          'the draft is longer than the 32 KB a new message can take',
        );
      const supports = (version: string) => office.context.requirements?.isSetSupported('Mailbox', version) ?? false;
      // Mailbox 1.9 reports failures through a callback; 1.6 only throws.
      if (supports('1.9') && typeof mailbox.displayNewMessageFormAsync === 'function') {
        await call<void>('open a new message', (cb) => mailbox.displayNewMessageFormAsync(form, cb));
        return;
      }
      if (!supports('1.6') || typeof mailbox.displayNewMessageForm !== 'function')
        throw new HostError('open a new message', undefined, 'this version of Outlook cannot (it needs Mailbox 1.6)');
      try {
        mailbox.displayNewMessageForm(form);
      } catch (error) {
        throw new HostError('open a new message', undefined, error instanceof Error ? error.message : String(error));
      }
    },
  };
}
