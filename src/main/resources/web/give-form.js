/*
 * The give form's behaviour, shared by the Recognise page (recognise.js) and the Recognise dialog
 * (recognise-dialog.js): recipient chips with a people search, a message counter, and a submit that
 * POSTs /recognitions as JSON with an Idempotency-Key and puts REST errors under their fields. The
 * caller passes the form's elements, so the same code serves the page's and the dialog's markup.
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
        counter: AJS.I18n.getText('rapport.recognise.message.counter')
    };

    function newKey() {
        return (window.crypto && crypto.randomUUID) ? crypto.randomUUID() : String(Date.now()) + Math.random();
    }

    /**
     * Wires a give form. {@code els}: form, search, suggestions, chips, message, counter (optional),
     * link, submit, result. {@code options}: restBase; idempotencyKey() (optional: the key for the
     * next submit, default a fresh one per submit); given(recognition) after a 201.
     * Returns {choose(person), reset()}.
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
            if (els.counter) {
                els.counter.textContent = text.counter.replace('{0}', String(els.message.value.length)).replace('{1}', '2000');
            }
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
            var key = options.idempotencyKey ? options.idempotencyKey() : newKey();
            els.submit.disabled = true;
            R.request(restBase, 'POST', '/recognitions', body, {'Idempotency-Key': key}).then(options.given, function (error) {
                R.showFieldErrors(els.form, error, function (general) { R.showMessage(els.result, 'error', general); }, text.failed);
            }).then(function () {
                els.submit.disabled = false;
            });
        });

        count();
        return {choose: choose, reset: reset, newKey: newKey};
    };
}());
