/*
 * Shared by Rapport's pages: a JSON request helper for the REST API and the rendering of a
 * recognition card. User text is only ever inserted with textContent; links are made only for
 * http(s) addresses.
 */
(function () {
    'use strict';

    var URL_PATTERN = /https?:\/\/[^\s<>"']+/g;

    function request(restBase, method, path, body, headers) {
        var allHeaders = {'Accept': 'application/json'};
        if (body !== undefined) {
            allHeaders['Content-Type'] = 'application/json';
        }
        Object.keys(headers || {}).forEach(function (name) {
            allHeaders[name] = headers[name];
        });
        return fetch(restBase + path, {
            method: method,
            credentials: 'same-origin',
            headers: allHeaders,
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (response) {
            if (response.status === 204) {
                return null;
            }
            return response.text().then(function (raw) {
                var json = null;
                try {
                    json = raw ? JSON.parse(raw) : null;
                } catch (e) {
                    json = null;
                }
                if (!response.ok) {
                    var error = new Error('HTTP ' + response.status);
                    error.status = response.status;
                    error.errors = json && json.errors ? json.errors : [];
                    throw error;
                }
                return json;
            });
        });
    }

    function element(tag, className, text) {
        var el = document.createElement(tag);
        if (className) {
            el.className = className;
        }
        if (text !== undefined && text !== null) {
            el.textContent = text;
        }
        return el;
    }

    /** Appends the message to a container: text nodes, with http(s) addresses as safe links. */
    function appendMessage(container, message) {
        var last = 0;
        message.replace(URL_PATTERN, function (url, offset) {
            container.appendChild(document.createTextNode(message.slice(last, offset)));
            var trimmed = url.replace(/[.,;:!?)]+$/, '');
            var a = element('a', 'rapport-message-link', trimmed);
            a.href = trimmed;
            a.rel = 'noopener noreferrer nofollow';
            a.target = '_blank';
            container.appendChild(a);
            last = offset + trimmed.length;
            return url;
        });
        container.appendChild(document.createTextNode(message.slice(last)));
    }

    function personLink(contextPath, person) {
        var a = element('a', 'rapport-person', person.displayName);
        a.href = contextPath + '/secure/ViewProfile.jspa?name=' + encodeURIComponent(person.username);
        return a;
    }

    /** A recognition as a card: who recognised whom, category, message, link, time. */
    function renderRecognition(contextPath, r, text) {
        var card = element('article', 'rapport-recognition');
        card.setAttribute('data-id', String(r.id));

        var header = element('header', 'rapport-recognition-header');
        header.appendChild(personLink(contextPath, r.giver));
        header.appendChild(document.createTextNode(' ' + text.recognised + ' '));
        r.recipients.forEach(function (person, index) {
            if (index > 0) {
                header.appendChild(document.createTextNode(index === r.recipients.length - 1 ? ' ' + text.and + ' ' : ', '));
            }
            header.appendChild(personLink(contextPath, person));
        });
        card.appendChild(header);

        var meta = element('div', 'rapport-recognition-meta');
        if (r.category) {
            var category = element('span', 'rapport-recognition-category');
            var swatch = element('span', 'rapport-category-swatch');
            swatch.style.backgroundColor = r.category.colourHex;
            swatch.appendChild(element('span', 'aui-icon aui-icon-small aui-iconfont-' + r.category.iconGlyph));
            category.appendChild(swatch);
            category.appendChild(element('span', 'rapport-category-name', r.category.name));
            meta.appendChild(category);
        }
        if (r.visibility === 'PRIVATE') {
            meta.appendChild(element('span', 'aui-lozenge aui-lozenge-subtle', text.private));
        }
        var time = element('time', 'rapport-recognition-time', new Date(r.createdAt).toLocaleString());
        time.setAttribute('datetime', r.createdAt);
        meta.appendChild(time);
        card.appendChild(meta);

        var message = element('p', 'rapport-recognition-message');
        appendMessage(message, r.message);
        card.appendChild(message);

        if (r.link) {
            var link = element('a', 'rapport-recognition-link', r.link.value);
            link.href = r.link.url;
            link.rel = 'noopener noreferrer nofollow';
            card.appendChild(link);
        }
        return card;
    }

    /** Replaces a status area's content with one AUI message, optionally followed by a link. */
    function showMessage(container, kind, value, link) {
        container.replaceChildren();
        var box = element('div', 'aui-message aui-message-' + kind);
        var p = element('p', null, value);
        if (link) {
            p.appendChild(document.createTextNode(' '));
            var a = element('a', null, link.label);
            a.href = link.href;
            p.appendChild(a);
        }
        box.appendChild(p);
        container.appendChild(box);
    }

    /**
     * Puts each REST field error under its field ({@code .error[data-field=NAME]} in the form);
     * errors without a field there go to {@code general} as one text (or the fallback when none).
     */
    function showFieldErrors(form, error, general, fallback) {
        form.querySelectorAll('.error[data-field]').forEach(function (el) { el.textContent = ''; });
        var rest = [];
        (error.errors || []).forEach(function (item) {
            var slot = item.field ? form.querySelector('.error[data-field="' + CSS.escape(item.field) + '"]') : null;
            if (slot) {
                slot.textContent = item.message;
            } else {
                rest.push(item.message);
            }
        });
        if (rest.length || !(error.errors || []).length) {
            general(rest.length ? rest.join(' ') : fallback);
        }
    }

    /** A short confirmation in an AUI flag that closes itself (i18n text; escaped all the same). */
    function flag(kind, value) {
        if (window.AJS && AJS.flag) {
            AJS.flag({type: kind, body: AJS.escapeHtml(value), close: 'auto'});
        }
    }

    /** Clears a form's field errors and a status area before the next attempt. */
    function clearErrors(form, statusArea) {
        if (form) {
            form.querySelectorAll('.error[data-field]').forEach(function (el) { el.textContent = ''; });
        }
        if (statusArea) {
            statusArea.replaceChildren();
        }
    }

    /**
     * Re-reads the current page and swaps in the server's fresh rendering of the elements with these
     * ids (a panel after an action changed what it shows), so counts and lists come from the server.
     */
    function refreshFromPage(ids) {
        return fetch(window.location.href, {credentials: 'same-origin', headers: {'Accept': 'text/html'}}).then(function (response) {
            if (!response.ok) {
                throw new Error('HTTP ' + response.status);
            }
            return response.text();
        }).then(function (html) {
            var fresh = new DOMParser().parseFromString(html, 'text/html');
            ids.forEach(function (id) {
                var now = document.getElementById(id);
                var next = fresh.getElementById(id);
                if (now && next) {
                    now.replaceWith(document.importNode(next, true));
                }
            });
        });
    }

    window.Rapport = {
        refreshFromPage: refreshFromPage,
        request: request,
        element: element,
        renderRecognition: renderRecognition,
        showMessage: showMessage,
        showFieldErrors: showFieldErrors,
        flag: flag,
        clearErrors: clearErrors
    };

    /**
     * A small form asking for a reason (report, hide, dismiss): a textarea with its error slot
     * ({@code .error[data-field=reason]}), a general error area and submit/cancel buttons.
     * {@code options.send(reason)} returns the request's promise; {@code options.done(result)}
     * runs after success; field errors from the answer appear under the textarea.
     */
    window.Rapport.reasonForm = function (options) {
        var form = element('form', 'aui rapport-reason-form');
        form.noValidate = true;
        var group = element('div', 'field-group');
        var label = element('label', null, options.label);
        var input = element('textarea', 'textarea rapport-reason-input');
        input.name = 'reason';
        input.rows = 2;
        input.maxLength = options.maxLength || 500;
        var id = 'rapport-reason-' + Math.random().toString(36).slice(2);
        input.id = id;
        label.htmlFor = id;
        var fieldError = element('div', 'error');
        fieldError.setAttribute('data-field', 'reason');
        group.append(label, input, fieldError);
        var general = element('div', 'rapport-reason-general');
        var submit = element('button', 'aui-button aui-button-primary rapport-reason-submit', options.submitLabel);
        submit.type = 'submit';
        var cancel = element('button', 'aui-button aui-button-link rapport-reason-cancel', options.cancelLabel);
        cancel.type = 'button';
        cancel.addEventListener('click', function () { form.remove(); });
        var buttons = element('div', 'buttons');
        buttons.append(submit, cancel);
        form.append(group, general, buttons);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            general.replaceChildren();
            submit.disabled = true;
            options.send(input.value).then(function (result) {
                form.remove();
                options.done(result);
            }, function (error) {
                showFieldErrors(form, error, function (text) { showMessage(general, 'error', text); }, options.failed);
            }).then(function () { submit.disabled = false; });
        });
        setTimeout(function () { input.focus(); }, 0);
        return form;
    };
}());
