// The event runtime's entry (commands.html in browsers, commands.js alone in classic Outlook on
// Windows): registers the OnMessageSend handler. It pulls in only the core, the host port and the
// send check — no pane code, no DOM.
import { outlookHost } from './host.js';
import { onMessageSend, type SendCompletion } from './send-check.js';

/** Outlook's OnMessageSend event: the handler must end it with `completed`. */
interface SendEvent {
  completed(options: SendCompletion): void;
}

function onMessageSendHandler(event: SendEvent): void {
  const supports14 = Office.context.requirements?.isSetSupported('Mailbox', '1.14') ?? false;
  let host;
  try {
    host = outlookHost();
  } catch {
    event.completed({ allowEvent: true });
    return;
  }
  void onMessageSend(host, (options) => event.completed(options), supports14);
}

Office.actions.associate('onMessageSendHandler', onMessageSendHandler);
