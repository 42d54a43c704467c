/*
 * The give form's behaviour, shared by the Recognise page (recognise.js) and the Recognise dialog
 * (recognise-dialog.js): recipient chips with a people search, a message counter, and a submit that
 * POSTs /recognitions as JSON with an Idempotency-Key and puts REST errors under their fields. The
 * caller passes the form's elements, so the same code serves the page's and the dialog's markup.
 * Cheap checks (recipients, a required category, the message's presence and length) run before
 * sending and name every bad field at once; the server checks them all again and is the authority.
 * The message is not cut at its limit: the counter turns red and the form refuses instead. A spent
 * allowance (block(reason), or a 429 answer) disables the form and says when it resets.
 * User text goes in with textContent only.
 */
(function () {
    'use strict';

    var R = window.Rapport;
    if (!R) {
        return;
    }
    var text = {
        remove: AJS.I18n.getText('rapport.recognise.recipient.remove'),
        failed: AJS.I18n.getText('rapport.recognise.failed'),
        noMatch: AJS.I18n.getText('rapport.recognise.recipient.none'),
        counter: AJS.I18n.getText('rapport.recognise.message.counter'),
        recipientsNone: AJS.I18n.getText('rapport.recognition.error.recipients.none'),
        categoryRequired: AJS.I18n.getText('rapport.recognition.error.category.required'),
        required: AJS.I18n.getText('rapport.error.required'),
        tooLong: AJS.I18n.getText('rapport.error.too.long'),
        spent: AJS.I18n.getText('rapport.recognise.allowance.spent')
    };
    /** RecognitionDraft.MESSAGE_MAX, counted in characters (code points) as the server counts them. */
    var MESSAGE_MAX = 2000;

    function characters(value) {
        return Array.from(value).length;
    }

    /** What a spent weekly allowance means for the giver, with its reset in the viewer's time zone. */
    R.allowanceSpent = function (allowance) {
        var reset = new Date(allowance.resetsAt);
        var when = isNaN(reset.getTime()) ? allowance.resetsAt
            : reset.toLocaleString(document.documentElement.lang || undefined, {dateStyle: 'full', timeStyle: 'short'});
        return text.spent.replace('{0}', String(allowance.limit)).replace('{1}', when);
    };

    function newKey() {
        return (window.crypto && crypto.randomUUID) ? crypto.randomUUID() : String(Date.now()) + Math.random();
    }

    /**
     * Wires a give form. {@code els}: form, search, suggestions, chips, message, counter (optional),
     * link, submit, result. {@code options}: restBase; idempotencyKey() (optional: the key for the
     * next submit, default a fresh one per submit); given(recognition) after a 201; categoryRequired
     * (optional: check the category before sending). Returns {choose(person), reset(), block(reason)}.
     */
    R.giveForm = function (els, options) {
        var chosen = [];
        var searchTimer = null;
        var restBase = options.restBase;

        function renderChips() {
            els.chips.replaceChildren();
            chosen.forEach(function (person) {
                var chip = R.element('span', 'aui-label rapport-chip');
                chip.setAttribute('data-key', person.key);
                chip.appendChild(R.element('span', 'rapport-chip-name', person.displayName));
                var remove = R.element('button', 'aui-button aui-button-subtle rapport-chip-remove', '\u00d7');
                remove.type = 'button';
                remove.setAttribute('aria-label', text.remove + ' ' + person.displayName);
                remove.addEventListener('click', function () {
                    chosen = chosen.filter(function (p) { return p.key !== person.key; });
                    renderChips();
                });
                chip.appendChild(remove);
                els.chips.appendChild(chip);
            });
        }

        function choose(person) {
            if (!chosen.some(function (p) { return p.key === person.key; })) {
                chosen.push(person);
                renderChips();
            }
            els.search.value = '';
            els.suggestions.replaceChildren();
        }

        function showSuggestions(people) {
            els.suggestions.replaceChildren();
            if (!people.length) {
                els.suggestions.appendChild(R.element('li', 'rapport-suggestion-empty', text.noMatch));
                return;
            }
            people.forEach(function (person) {
                var item = R.element('li', 'rapport-suggestion');
                var button = R.element('button', 'aui-button aui-button-link', person.displayName + ' (' + person.username + ')');
                button.type = 'button';
                button.setAttribute('data-key', person.key);
                button.addEventListener('click', function () {
                    choose(person);
                    els.search.focus();
                });
                item.appendChild(button);
                els.suggestions.appendChild(item);
            });
        }

        els.search.addEventListener('input', function () {
            clearTimeout(searchTimer);
            var query = els.search.value.trim();
            if (!query) {
                els.suggestions.replaceChildren();
                return;
            }
            searchTimer = setTimeout(function () {
                R.request(restBase, 'GET', '/people?limit=8&query=' + encodeURIComponent(query)).then(showSuggestions, function () {
                    els.suggestions.replaceChildren();
                });
            }, 200);
        });

        function count() {
            var length = characters(els.message.value);
            var over = length > MESSAGE_MAX;
            if (els.counter) {
                els.counter.textContent = text.counter.replace('{0}', String(length)).replace('{1}', String(MESSAGE_MAX));
                els.counter.classList.toggle('rapport-counter-over', over);
            }
            els.message.setAttribute('aria-invalid', over ? 'true' : 'false');
        }

        /** The checks the browser can make without asking: every failing field at once. */
        function clientErrors(body) {
            var errors = [];
            if (!body.recipients.length) {
                errors.push({field: 'recipients', message: text.recipientsNone});
            }
            if (options.categoryRequired && body.categoryId === null) {
                errors.push({field: 'categoryId', message: text.categoryRequired});
            }
            var length = characters(body.message.trim());
            if (length === 0) {
                errors.push({field: 'message', message: text.required});
            } else if (length > MESSAGE_MAX) {
                // Grouped as the server's MessageFormat writes it ("2,000", "2.000").
                errors.push({field: 'message', message: text.tooLong.replace('{0}',
                    MESSAGE_MAX.toLocaleString(document.documentElement.lang || undefined))});
            }
            return errors;
        }

        /** Disables the whole form with a reason (a spent allowance); nothing can be sent until the page reloads. */
        function block(reason) {
            els.form.querySelectorAll('input, textarea, select, button').forEach(function (el) { el.disabled = true; });
            els.submit.disabled = true;
            els.form.setAttribute('data-blocked', 'true');
            R.showMessage(els.result, 'warning', reason);
        }
        els.message.addEventListener('input', count);

        function reset() {
            chosen = [];
            renderChips();
            els.form.reset();
            count();
        }

        els.form.addEventListener('submit', function (event) {
            event.preventDefault();
            els.form.querySelectorAll('.error[data-field]').forEach(function (el) { el.textContent = ''; });
            els.result.replaceChildren();
            var category = els.form.querySelector('input[name="categoryId"]:checked');
            var visibility = els.form.querySelector('input[name="visibility"]:checked');
            var body = {
                recipients: chosen.map(function (p) { return p.key; }),
                categoryId: category ? Number(category.value) : null,
                message: els.message.value,
                visibility: visibility ? visibility.value : 'PUBLIC',
                link: els.link.value
            };
            if (els.form.getAttribute('data-blocked') === 'true') {
                return;
            }
            var refused = clientErrors(body);
            if (refused.length) {
                R.showFieldErrors(els.form, {errors: refused}, function () {}, '');
                var first = els.form.querySelector('.error[data-field="' + refused[0].field + '"]');
                if (first && first.scrollIntoView) {
                    first.scrollIntoView({block: 'nearest'});
                }
                return;
            }
            var key = options.idempotencyKey ? options.idempotencyKey() : newKey();
            els.submit.disabled = true;
            R.request(restBase, 'POST', '/recognitions', body, {'Idempotency-Key': key}).then(options.given, function (error) {
                if (error.status === 429) {
                    block((error.errors || []).map(function (e) { return e.message; }).join(' ') || text.failed);
                    return;
                }
                R.showFieldErrors(els.form, error, function (general) { R.showMessage(els.result, 'error', general); }, text.failed);
            }).then(function () {
                if (els.form.getAttribute('data-blocked') !== 'true') {
                    els.submit.disabled = false;
                }
            });
        });

        count();
        return {choose: choose, reset: reset, newKey: newKey, block: block};
    };
}());
