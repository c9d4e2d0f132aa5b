import type { Found, Rejection } from '@sidedoor/core';
import { escapeCardText } from './cards.js';
import type { Action, Card, Widget } from './markup.js';
import type { ReadFailure } from './message.js';

/** What the letter cards need to know about the add-on. */
export interface LetterCardOptions {
  endpointUrl: string;
  name: string;
  logoUrl: string;
}

const header = (options: LetterCardOptions, title: string, subtitle?: string): Card['header'] => ({
  title,
  ...(subtitle === undefined ? {} : { subtitle }),
  imageUrl: options.logoUrl,
  imageType: 'SQUARE',
  imageAltText: 'sidedoor',
});

const quoted = (found: Found<unknown>) => escapeCardText(`From the letter: “${found.evidence}”`);

function fact(label: string, found: Found<string> | undefined, extra = ''): Widget {
  return {
    decoratedText: {
      topLabel: label,
      text: found === undefined ? '<i>Not named in the letter</i>' : `${escapeCardText(found.value)}${extra}`,
      ...(found === undefined ? {} : { bottomLabel: quoted(found) }),
      wrapText: true,
    },
  };
}

/**
 * The card for a rejection: what the letter says (company, role, sender — each with the words it
 * came from, or "not named"), then the pitch to the hiring manager prefilled from it, and the
 * warm-intro route beside it. The letter's values travel only in the buttons' parameters.
 */
export function rejectionCard(options: LetterCardOptions, rejection: Rejection): Card {
  const parameters = (kind: string) => {
    const list = [
      { key: 'action', value: 'pitch' },
      { key: 'kind', value: kind },
      { key: 'context', value: 'read' },
    ];
    if (rejection.company !== undefined) list.push({ key: 'company', value: rejection.company.value });
    if (rejection.role !== undefined) list.push({ key: 'role', value: rejection.role.value });
    return list;
  };
  const action = (kind: string): Action => ({
    function: options.endpointUrl,
    parameters: parameters(kind),
    loadIndicator: 'SPINNER',
  });
  const sender = rejection.sender;
  const senderName = sender?.name;
  const recruiter = sender?.isRecruiter?.value === true ? ' · recruiting or HR' : '';
  const senderWidget: Widget =
    senderName === undefined && recruiter !== ''
      ? {
          decoratedText: {
            topLabel: 'Sent by',
            text: 'Recruiting or HR',
            bottomLabel: quoted(sender!.isRecruiter!),
            wrapText: true,
          },
        }
      : fact('Sent by', senderName, recruiter);
  return {
    name: 'sidedoor-rejection',
    header: header(options, 'HR said no? Reach the hiring manager', options.name),
    sections: [
      {
        widgets: [
          {
            textParagraph: {
              text:
                "HR's no is not the hiring manager's. Write to the manager who owns the role with one result " +
                'that matters to their team, or ask someone who knows them to introduce you.',
            },
          },
        ],
      },
      {
        header: 'What the letter says',
        widgets: [fact('Company', rejection.company), fact('Role', rejection.role), senderWidget],
      },
      {
        widgets: [
          {
            buttonList: {
              buttons: [
                { text: 'Draft the pitch', onClick: { action: action('managerPitch') }, type: 'FILLED' },
                { text: 'Ask for an intro', onClick: { action: action('introRequest') }, type: 'OUTLINED' },
              ],
            },
          },
          { textParagraph: { text: '<i>sidedoor keeps nothing of this message.</i>' } },
        ],
      },
    ],
  };
}

/** The card for any other message: one neutral line, nothing to do. */
export function quietCard(options: LetterCardOptions): Card {
  return {
    name: 'sidedoor-message',
    header: header(options, options.name),
    sections: [
      {
        widgets: [
          {
            textParagraph: {
              text:
                'This message does not read as a rejection. When HR turns you down, open that letter here ' +
                'and sidedoor will help you reach the hiring manager.',
            },
          },
        ],
      },
    ],
  };
}

const FAILURES: Record<ReadFailure, string> = {
  unauthorized: 'Gmail did not accept the access it gave for this message. Open the message again.',
  forbidden: 'sidedoor may not read this message. Allow it to read the open message, then open it again.',
  not_found: 'Gmail could not find this message. It may have been deleted or moved.',
  unavailable: 'Gmail did not answer in time. Open the message again in a moment.',
  too_large: 'This message is too long for sidedoor to read.',
  unreadable: 'Gmail sent something sidedoor could not read as a message.',
};

/** The card when the open message could not be read: what happened, in one sentence. */
export function unreadCard(options: LetterCardOptions, reason: ReadFailure): Card {
  return {
    name: 'sidedoor-unread',
    header: header(options, options.name),
    sections: [{ widgets: [{ textParagraph: { text: FAILURES[reason] } }] }],
  };
}
