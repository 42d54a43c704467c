/*
 * The Recognise page: choose colleagues (people search), a category, a message, visibility and
 * an optional link, then POST /recognitions. User text goes in with textContent only.
 */
(function () {
    'use strict';

    var root = document.getElementById('rapport-recognise');
    if (!root || !window.Rapport) {
        return;
    }
    var R = window.Rapport;
    var restBase = root.getAttribute('data-rest-base');
    var contextPath = root.getAttribute('data-context-path');
    var form = document.getElementById('rapport-give-form');
    var search = document.getElementById('rapport-recipient-search');
    var suggestions = document.getElementById('rapport-recipient-suggestions');
    var chips = document.getElementById('rapport-recipient-chips');
    var message = document.getElementById('rapport-give-message');
    var result = document.getElementById('rapport-give-result');
    var allowance = document.getElementById('rapport-allowance');
    var chosen = [];
    var searchTimer = null;
    var text = {
        remove: AJS.I18n.getText('rapport.recognise.recipient.remove'),
        given: AJS.I18n.getText('rapport.recognise.given'),
        failed: AJS.I18n.getText('rapport.recognise.failed'),
        viewFeed: AJS.I18n.getText('rapport.recognise.view.feed'),
        remaining: AJS.I18n.getText('rapport.recognise.allowance.remaining'),
        unlimited: AJS.I18n.getText('rapport.recognise.allowance.unlimited'),
        noMatch: AJS.I18n.getText('rapport.recognise.recipient.none')
    };

    function renderChips() {
        chips.replaceChildren();
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
            chips.appendChild(chip);
        });
    }

    function choose(person) {
        if (!chosen.some(function (p) { return p.key === person.key; })) {
            chosen.push(person);
            renderChips();
        }
        search.value = '';
        suggestions.replaceChildren();
        search.focus();
    }

    function showSuggestions(people) {
        suggestions.replaceChildren();
        if (!people.length) {
            suggestions.appendChild(R.element('li', 'rapport-suggestion-empty', text.noMatch));
            return;
        }
        people.forEach(function (person) {
            var item = R.element('li', 'rapport-suggestion');
            var button = R.element('button', 'aui-button aui-button-link', person.displayName + ' (' + person.username + ')');
            button.type = 'button';
            button.setAttribute('data-key', person.key);
            button.addEventListener('click', function () { choose(person); });
            item.appendChild(button);
            suggestions.appendChild(item);
        });
    }

    search.addEventListener('input', function () {
        clearTimeout(searchTimer);
        var query = search.value.trim();
        if (!query) {
            suggestions.replaceChildren();
            return;
        }
        searchTimer = setTimeout(function () {
            R.request(restBase, 'GET', '/people?limit=8&query=' + encodeURIComponent(query)).then(showSuggestions, function () {
                suggestions.replaceChildren();
            });
        }, 200);
    });

    function clearErrors() {
        form.querySelectorAll('.error[data-field]').forEach(function (el) { el.textContent = ''; });
        result.replaceChildren();
    }

    function showMessage(kind, value, link) {
        R.showMessage(result, kind, value, link);
    }

    function showErrors(error) {
        R.showFieldErrors(form, error, function (general) { showMessage('error', general); }, text.failed);
    }

    function loadAllowance() {
        R.request(restBase, 'GET', '/recognitions/allowance').then(function (a) {
            allowance.textContent = a.limit === 0 ? text.unlimited
                : text.remaining.replace('{0}', String(a.remaining)).replace('{1}', String(a.limit));
        });
    }

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        clearErrors();
        var category = form.querySelector('input[name="categoryId"]:checked');
        var visibility = form.querySelector('input[name="visibility"]:checked');
        var body = {
            recipients: chosen.map(function (p) { return p.key; }),
            categoryId: category ? Number(category.value) : null,
            message: message.value,
            visibility: visibility ? visibility.value : 'PUBLIC',
            link: document.getElementById('rapport-give-link').value
        };
        var key = (window.crypto && crypto.randomUUID) ? crypto.randomUUID() : String(Date.now()) + Math.random();
        var submit = document.getElementById('rapport-give-submit');
        submit.disabled = true;
        R.request(restBase, 'POST', '/recognitions', body, {'Idempotency-Key': key}).then(function () {
            chosen = [];
            renderChips();
            form.reset();
            showMessage('success', text.given, {label: text.viewFeed, href: contextPath + '/plugins/servlet/rapport/feed'});
            loadAllowance();
        }, showErrors).then(function () {
            submit.disabled = false;
        });
    });

    // Prefilled from a help entry ("turn into a recognition"); set as a value so that a reset empties it.
    if (root.getAttribute('data-prefill-message')) {
        message.value = root.getAttribute('data-prefill-message');
    }
    var preset = root.getAttribute('data-recipient-key');
    if (preset) {
        choose({key: preset, username: root.getAttribute('data-recipient-username'),
            displayName: root.getAttribute('data-recipient-name')});
        message.focus();
    }
    loadAllowance();
}());
