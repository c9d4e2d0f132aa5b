/**
 * The JSON Google Workspace add-ons exchange over HTTP, typed from Google's `google.apps.card.v1`
 * and `apps.extensions.markup` references (only what sidedoor uses).
 */

/** An action a widget triggers: one endpoint, routed on `parameters`. */
export interface Action {
  function: string;
  parameters?: { key: string; value: string }[];
  loadIndicator?: 'SPINNER' | 'NONE';
  persistValues?: boolean;
}

export interface Button {
  text: string;
  onClick: { action: Action };
  type?: 'FILLED' | 'OUTLINED' | 'BORDERLESS' | 'FILLED_TONAL';
}

/** The widgets sidedoor's cards use. */
export type Widget =
  | { textParagraph: { text: string } }
  | {
      textInput: {
        name: string;
        label: string;
        hintText?: string;
        value?: string;
        type: 'SINGLE_LINE' | 'MULTIPLE_LINE';
      };
    }
  | {
      selectionInput: {
        name: string;
        label: string;
        type: 'DROPDOWN' | 'RADIO_BUTTON' | 'CHECK_BOX' | 'SWITCH';
        items: { text: string; value: string; selected: boolean }[];
        onChangeAction?: Action;
      };
    }
  | { decoratedText: { topLabel?: string; text: string; bottomLabel?: string; wrapText?: boolean } }
  | { buttonList: { buttons: Button[] } }
  | { divider: Record<string, never> };

export interface Section {
  header?: string;
  collapsible?: boolean;
  uncollapsibleWidgetsCount?: number;
  widgets: Widget[];
}

/** A card (`google.apps.card.v1.Card`). */
export interface Card {
  name: string;
  header: {
    title: string;
    subtitle?: string;
    imageUrl?: string;
    imageType?: 'SQUARE' | 'CIRCLE';
    imageAltText?: string;
  };
  sections: Section[];
}

/** The answer to the compose trigger: a card to push. */
export interface PushCardResponse {
  action: { navigations: { pushCard: Card }[] };
}

/** The answer to a button: the card updated (or a new one pushed), with an optional notification. */
export interface UpdateCardResponse {
  renderActions: {
    action: { navigations: ({ updateCard: Card } | { pushCard: Card })[]; notification?: { text: string } };
  };
}

/** `apps.extensions.markup.UpdateDraftActionMarkup`: what to change in the draft. */
export interface UpdateDraftActionMarkup {
  updateBody?: {
    insertContents: { content: string; contentType: 'TEXT' | 'MUTABLE_HTML' | 'IMMUTABLE_HTML' }[];
    type: 'IN_PLACE_INSERT' | 'INSERT_AT_START' | 'INSERT_AT_END';
  };
  updateSubject?: { subject: string };
  updateToRecipients?: { toRecipients: { email: string }[] };
}

/** The answer to Insert. */
export interface InsertResponse {
  renderActions: { hostAppAction: { gmailAction: { updateDraftActionMarkup: UpdateDraftActionMarkup } } };
}

/** The answer when a scope the add-on needs was not granted (granular consent). */
export interface ScopeRequest {
  requesting_google_scopes: { all_scopes: true };
}

/** Any answer the add-on gives. */
export type AddonResponse = PushCardResponse | UpdateCardResponse | InsertResponse | ScopeRequest;

/** What Google sends (the parts sidedoor reads). */
export interface AddonEvent {
  commonEventObject?: {
    hostApp?: string;
    formInputs?: Record<string, { stringInputs?: { value?: string[] } }>;
    parameters?: Record<string, string>;
  };
  authorizationEventObject?: {
    userIdToken?: string;
    userOAuthToken?: string;
    systemIdToken?: string;
    authorizedScopes?: string[];
  };
  gmail?: {
    toRecipients?: string[];
    ccRecipients?: string[];
    bccRecipients?: string[];
    /** The open message (contextual trigger, and actions on its cards). */
    messageId?: string;
    threadId?: string;
    /** The token for the open message only, sent to the Gmail API as `X-Goog-Gmail-Access-Token`. */
    accessToken?: string;
  };
}
