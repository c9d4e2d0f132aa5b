// A stand-in for office.js in browser tests: Office.onReady and an Outlook compose item (or, with
// `read`, a received message) that records every call in window.__calls. `window.__office`
// configures it before load.
(function () {
  const config = window.__office || {
    host: 'Outlook',
    bodyType: 'html',
    body: '<p>My own words.</p>',
    subject: '',
    to: [],
  };
  const calls = (window.__calls = []);
  // The body as Outlook gives it for a coercion type: the body's own format as it is, HTML read
  // as text loses its markup (styles and tags; paragraphs and line breaks become new lines), and
  // text read as HTML is escaped into a div, one line per <br>.
  const asText = (html) => {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    doc.querySelectorAll('style, script, head').forEach((n) => n.remove());
    doc.querySelectorAll('br').forEach((n) => n.replaceWith('\n'));
    doc.querySelectorAll('p, div, li, tr, h1, h2, h3').forEach((n) => n.append('\n'));
    return (doc.body.textContent || '').trimEnd();
  };
  const asHtml = (text) => {
    const div = window.document.createElement('div');
    div.textContent = text;
    return `<div>${div.innerHTML.split('\n').join('<br>')}</div>`;
  };
  const format = config.bodyType || (config.read ? 'text' : 'html');
  const bodyAs = (type) => (type === format ? state.body : type === 'text' ? asText(state.body) : asHtml(state.body));
  const state = (window.__state = {
    body: config.body,
    subject: config.subject,
    to: (config.to || []).slice(),
    settings: Object.assign({}, config.settings),
    // [start, end) of the body selected (equal: the cursor); null: the cursor was never in the
    // body. Unless told, the cursor is at the end of the body.
    selection:
      config.selection === null ? null : config.selection || [(config.body || '').length, (config.body || '').length],
  });
  const minor = (version) => Number(String(version).split('.')[1] || 0);
  const ok = (cb, value) => setTimeout(() => cb({ status: 'succeeded', value }), 0);
  const custom = (state.custom = Object.assign({}, config.custom));
  const itemHandlers = (window.__itemHandlers = {});
  const item = {
    addHandlerAsync: (type, handler, cb) => {
      calls.push(['item.addHandlerAsync', type]);
      itemHandlers[type] = handler;
      if (cb) ok(cb);
    },
    // The selection (Mailbox 1.2): in the body's format for its own type; the cursor elsewhere
    // (never in the body) is Outlook's InvalidSelection.
    getSelectedDataAsync: (type, cb) => {
      calls.push(['item.getSelectedDataAsync', type]);
      if (!state.selection)
        return setTimeout(() => cb({ status: 'failed', error: { code: 9041, message: 'InvalidSelection' } }), 0);
      const data = state.body.slice(state.selection[0], state.selection[1]);
      ok(cb, { data: type === format ? data : type === 'text' ? asText(data) : asHtml(data), sourceProperty: 'body' });
    },
    getInitializationContextAsync: (cb) => (
      calls.push(['item.getInitializationContextAsync']),
      ok(cb, config.context || '')
    ),
    loadCustomPropertiesAsync: (cb) => {
      calls.push(['item.loadCustomPropertiesAsync']);
      const props = Object.assign({}, custom);
      ok(cb, {
        get: (k) => props[k],
        set: (k, v) => (props[k] = v),
        remove: (k) => delete props[k],
        getAll: () => Object.assign({}, props),
        saveAsync: (done) => (calls.push(['customProperties.saveAsync']), Object.assign(custom, props), ok(done)),
      });
    },
    body: {
      getTypeAsync: (cb) => (calls.push(['body.getTypeAsync']), ok(cb, config.bodyType)),
      // As Microsoft documents it: replaces the text selected in the body, or inserts at the
      // cursor; at the top of the body when the cursor was never in it; the cursor then sits
      // at the end of what was inserted.
      setSelectedDataAsync: (data, options, cb) => {
        calls.push(['body.setSelectedDataAsync', data, options.coercionType]);
        const [start, end] = state.selection || [0, 0];
        state.body = state.body.slice(0, start) + data + state.body.slice(end);
        state.selection = [start + data.length, start + data.length];
        ok(cb);
      },
      getAsync: (type, cb) => (calls.push(['body.getAsync', type]), ok(cb, bodyAs(type))),
      setAsync: () => calls.push(['body.setAsync']),
    },
    subject: {
      getAsync: (cb) => (calls.push(['subject.getAsync']), ok(cb, state.subject)),
      setAsync: (s, cb) => (calls.push(['subject.setAsync', s]), (state.subject = s), ok(cb)),
    },
    to: {
      getAsync: (cb) => (calls.push(['to.getAsync']), ok(cb, state.to)),
      addAsync: (list, cb) => (calls.push(['to.addAsync', list]), state.to.push(...list), ok(cb)),
      setAsync: () => calls.push(['to.setAsync']),
    },
  };
  // Read mode (config.read: { subject, from }): the item is a received message; its subject is a
  // string, the body is read as text, and new messages open through the mailbox.
  if (config.read) {
    item.subject = config.read.subject || '';
    item.from = config.read.from;
    item.itemType = 'message';
    delete item.to;
    delete item.body.setSelectedDataAsync;
    delete item.body.getTypeAsync;
    delete item.getSelectedDataAsync;
  }
  const opened = (state.opened = []);
  const mailbox = {
    item,
    displayNewMessageForm: (form) => {
      calls.push(['mailbox.displayNewMessageForm', form]);
      opened.push(form);
    },
    displayNewMessageFormAsync: (form, cb) => {
      calls.push(['mailbox.displayNewMessageFormAsync', form]);
      if (config.failOpen)
        setTimeout(() => cb({ status: 'failed', error: { code: 9002, message: 'The operation failed.' } }), 0);
      else {
        opened.push(form);
        ok(cb);
      }
    },
  };
  const handlers = (window.__handlers = {});
  window.Office = {
    actions: { associate: (name, fn) => (handlers[name] = fn) },
    HostType: { Outlook: 'Outlook' },
    EventType: { InitializationContextChanged: 'olkInitializationContextChanged' },
    CoercionType: { Html: 'html', Text: 'text' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: config.host
      ? {
          requirements: {
            // Minor versions compared as numbers: 1.9 comes before 1.14.
            isSetSupported: (name, version) => name === 'Mailbox' && minor(version) <= minor(config.mailbox || '1.14'),
          },
          mailbox,
          roamingSettings: {
            get: (k) => state.settings[k],
            set: (k, v) => (calls.push(['settings.set', k]), (state.settings[k] = v)),
            saveAsync: (cb) => {
              calls.push(['settings.saveAsync']);
              if (config.failSave)
                setTimeout(() => cb({ status: 'failed', error: { code: 9002, message: 'The operation failed.' } }), 0);
              else ok(cb);
            },
          },
        }
      : {},
    onReady: (cb) => {
      const info = { host: config.host, platform: config.host ? 'OfficeOnline' : null };
      setTimeout(() => cb && cb(info), 0);
      return Promise.resolve(info);
    },
  };
})();
