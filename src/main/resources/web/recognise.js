/*
 * The Recognise page: choose colleagues (people search), a category, a message, visibility and
 * an optional link, then POST /recognitions. The form's behaviour lives in give-form.js (shared with
 * the Recognise dialog); this adds the allowance line and the page's prefills.
 */
(function () {
    'use strict';

    var root = document.getElementById('rapport-recognise');
    if (!root || !window.Rapport || !window.Rapport.giveForm) {
        return;
    }
    var R = window.Rapport;
    var restBase = root.getAttribute('data-rest-base');
    var contextPath = root.getAttribute('data-context-path');
    var message = document.getElementById('rapport-give-message');
    var result = document.getElementById('rapport-give-result');
    var allowance = document.getElementById('rapport-allowance');
    var text = {
        given: AJS.I18n.getText('rapport.recognise.given'),
        viewFeed: AJS.I18n.getText('rapport.recognise.view.feed'),
        remaining: AJS.I18n.getText('rapport.recognise.allowance.remaining'),
        unlimited: AJS.I18n.getText('rapport.recognise.allowance.unlimited')
    };

    function loadAllowance() {
        R.request(restBase, 'GET', '/recognitions/allowance').then(function (a) {
            allowance.textContent = a.limit === 0 ? text.unlimited
                : text.remaining.replace('{0}', String(a.remaining)).replace('{1}', String(a.limit));
            if (a.limit > 0 && a.remaining === 0) {
                give.block(R.allowanceSpent(a));
            }
        });
    }

    var give = R.giveForm({
        form: document.getElementById('rapport-give-form'),
        search: document.getElementById('rapport-recipient-search'),
        suggestions: document.getElementById('rapport-recipient-suggestions'),
        chips: document.getElementById('rapport-recipient-chips'),
        message: message,
        counter: document.getElementById('rapport-give-counter'),
        link: document.getElementById('rapport-give-link'),
        submit: document.getElementById('rapport-give-submit'),
        result: result
    }, {
        restBase: restBase,
        categoryRequired: root.getAttribute('data-category-required') === 'true',
        given: function () {
            give.reset();
            R.showMessage(result, 'success', text.given, {label: text.viewFeed, href: contextPath + '/plugins/servlet/rapport/feed'});
            loadAllowance();
        }
    });

    // Prefilled from a help entry ("turn into a recognition"); set as a value so that a reset empties it.
    if (root.getAttribute('data-prefill-message')) {
        message.value = root.getAttribute('data-prefill-message');
        message.dispatchEvent(new Event('input'));
    }
    var preset = root.getAttribute('data-recipient-key');
    if (preset) {
        give.choose({key: preset, username: root.getAttribute('data-recipient-username'),
            displayName: root.getAttribute('data-recipient-name')});
        message.focus();
    }
    loadAllowance();
}());
