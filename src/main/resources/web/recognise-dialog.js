/*
 * The Recognise dialog (AUI dialog2) on the profile page and the issue view: a click on an element
 * marked data-rapport-recognise (the profile panel's "Recognise", the issue panel's "Thank the
 * assignee") opens the give form prefilled with that person (data-recipient-key/-username/-name)
 * and link (data-link), instead of following its href to the Recognise page. Without script the
 * href still works, and the dialog offers it as "Open in page". One Idempotency-Key per opening, so
 * a double submit gives one recognition. After a give the dialog closes; with
 * data-after-give="reload" (the issue panel) the page reloads so the panel lists the new
 * recognition; otherwise a success flag shows and, with data-after-give="refresh" (the profile
 * panel), the panel around the trigger is rendered again by the server and swapped in place.
 * User text goes in with textContent only.
 */
(function () {
    'use strict';

    var R = window.Rapport;
    if (!R || !R.giveForm || !window.AJS || !AJS.dialog2) {
        return;
    }
    var text = {
        title: AJS.I18n.getText('rapport.recognise.heading.person'),
        recipients: AJS.I18n.getText('rapport.recognise.field.recipients'),
        placeholder: AJS.I18n.getText('rapport.recognise.recipient.placeholder'),
        category: AJS.I18n.getText('rapport.recognise.field.category'),
        noCategories: AJS.I18n.getText('rapport.recognise.no.categories'),
        milestone: AJS.I18n.getText('rapport.category.kind.milestone'),
        message: AJS.I18n.getText('rapport.recognise.field.message'),
        messageHelp: AJS.I18n.getText('rapport.recognise.field.message.help'),
        link: AJS.I18n.getText('rapport.recognise.field.link'),
        linkPlaceholder: AJS.I18n.getText('rapport.recognise.field.link.placeholder'),
        visibility: AJS.I18n.getText('rapport.recognise.field.visibility'),
        visibilityPublic: AJS.I18n.getText('rapport.recognise.visibility.public'),
        visibilityPrivate: AJS.I18n.getText('rapport.recognise.visibility.private'),
        submit: AJS.I18n.getText('rapport.recognise.submit'),
        cancel: AJS.I18n.getText('rapport.recognise.dialog.cancel'),
        close: AJS.I18n.getText('rapport.recognise.dialog.close'),
        openPage: AJS.I18n.getText('rapport.recognise.dialog.open.page'),
        given: AJS.I18n.getText('rapport.recognise.given'),
        categoriesFailed: AJS.I18n.getText('rapport.recognise.dialog.categories.failed')
    };
    var ID = 'rapport-recognise-dialog';
    var el = R.element;

    function errorSlot(field) {
        var slot = el('div', 'error');
        slot.setAttribute('data-field', field);
        return slot;
    }

    function fieldGroup(label, input, extras) {
        var group = el('div', 'field-group');
        var l = el('label', null, label);
        l.htmlFor = input.id;
        group.append(l);
        (extras.before || []).forEach(function (e) { group.append(e); });
        group.append(input);
        (extras.after || []).forEach(function (e) { group.append(e); });
        return group;
    }

    function radio(name, value, id, label, checked) {
        var wrap = el('div', 'radio');
        var input = el('input', 'radio');
        input.type = 'radio';
        input.name = name;
        input.value = value;
        input.id = id;
        input.checked = checked;
        var l = el('label', null, label);
        l.htmlFor = id;
        wrap.append(input, l);
        return wrap;
    }

    function categoryCard(category) {
        var item = el('li', 'rapport-category-card');
        var input = el('input', 'rapport-category-radio');
        input.type = 'radio';
        input.name = 'categoryId';
        input.value = String(category.id);
        input.id = ID + '-category-' + category.id;
        var label = el('label', 'rapport-category-label');
        label.htmlFor = input.id;
        var swatch = el('span', 'rapport-category-swatch');
        swatch.style.backgroundColor = category.colourHex;
        swatch.appendChild(el('span', 'aui-icon aui-icon-small aui-iconfont-' + category.iconGlyph));
        var words = el('span', 'rapport-category-text');
        words.appendChild(el('strong', 'rapport-category-name', category.name));
        if (category.milestone) {
            words.appendChild(el('span', 'aui-lozenge aui-lozenge-subtle aui-lozenge-new', text.milestone));
        }
        words.appendChild(el('span', 'rapport-category-description', category.description || ''));
        label.append(swatch, words);
        item.append(input, label);
        return item;
    }

    /** The dialog's markup: AUI dialog2 with the give form in its content and the buttons in its footer. */
    function build(trigger) {
        var name = trigger.getAttribute('data-recipient-name') || '';
        var dialog = el('section', 'aui-dialog2 aui-dialog2-large aui-layer');
        dialog.id = ID;
        dialog.setAttribute('role', 'dialog');
        dialog.setAttribute('aria-hidden', 'true');
        dialog.setAttribute('aria-labelledby', ID + '-title');

        var header = el('header', 'aui-dialog2-header');
        var title = el('h2', 'aui-dialog2-header-main', text.title.replace('{0}', name));
        title.id = ID + '-title';
        var close = el('button', 'aui-dialog2-header-close aui-close-button');
        close.type = 'button';
        close.setAttribute('aria-label', text.close);
        header.append(title, close);

        var content = el('div', 'aui-dialog2-content');
        var result = el('div', 'rapport-give-result');
        result.id = ID + '-result';
        result.setAttribute('role', 'status');
        var form = el('form', 'aui top-label rapport-give-form');
        form.id = ID + '-form';
        form.noValidate = true;

        var search = el('input', 'text long-field');
        search.type = 'search';
        search.id = ID + '-search';
        search.autocomplete = 'off';
        search.maxLength = 100;
        search.placeholder = text.placeholder;
        var chips = el('div', 'rapport-chips');
        chips.id = ID + '-chips';
        var suggestions = el('ul', 'rapport-suggestions');
        suggestions.id = ID + '-suggestions';

        var categories = el('fieldset', 'group rapport-category-choice');
        var legend = el('legend');
        legend.appendChild(el('span', null, text.category));
        var cards = el('ul', 'rapport-category-cards');
        cards.id = ID + '-categories';
        categories.append(legend, cards, errorSlot('categoryId'));

        var message = el('textarea', 'textarea long-field');
        message.id = ID + '-message';
        message.name = 'message';
        message.rows = 4;
        // No maxLength: a longer text is not cut off; the counter turns red and the form refuses it.
        var help = el('div', 'description', text.messageHelp + ' ');
        var counter = el('span', 'rapport-give-counter');
        counter.id = ID + '-counter';
        counter.setAttribute('aria-live', 'polite');
        help.appendChild(counter);

        var link = el('input', 'text long-field');
        link.type = 'text';
        link.id = ID + '-link';
        link.name = 'link';
        link.maxLength = 450;
        link.placeholder = text.linkPlaceholder;
        link.defaultValue = trigger.getAttribute('data-link') || '';

        var visibility = el('fieldset', 'group');
        var vLegend = el('legend');
        vLegend.appendChild(el('span', null, text.visibility));
        visibility.append(vLegend,
            radio('visibility', 'PUBLIC', ID + '-public', text.visibilityPublic, true),
            radio('visibility', 'PRIVATE', ID + '-private', text.visibilityPrivate, false),
            errorSlot('visibility'));
        visibility.querySelector('input[value="PUBLIC"]').defaultChecked = true;

        form.append(
            fieldGroup(text.recipients, search, {before: [chips], after: [suggestions, errorSlot('recipients')]}),
            categories,
            fieldGroup(text.message, message, {after: [help, errorSlot('message')]}),
            fieldGroup(text.link, link, {after: [errorSlot('link')]}),
            visibility);
        content.append(result, form);

        var footer = el('footer', 'aui-dialog2-footer');
        var actions = el('div', 'aui-dialog2-footer-actions');
        var submit = el('button', 'aui-button aui-button-primary', text.submit);
        submit.type = 'submit';
        submit.id = ID + '-submit';
        submit.setAttribute('form', form.id);
        var cancel = el('button', 'aui-button aui-button-link', text.cancel);
        cancel.type = 'button';
        cancel.id = ID + '-cancel';
        actions.append(submit, cancel);
        var hint = el('div', 'aui-dialog2-footer-hint');
        var page = el('a', null, text.openPage);
        page.id = ID + '-open-page';
        page.href = trigger.getAttribute('href');
        hint.appendChild(page);
        footer.append(actions, hint);

        dialog.append(header, content, footer);
        return {dialog: dialog, form: form, search: search, suggestions: suggestions, chips: chips, message: message,
            counter: counter, link: link, submit: submit, result: result, cards: cards, close: close, cancel: cancel};
    }

    function open(trigger) {
        var existing = document.getElementById(ID);
        if (existing) {
            existing.remove();
        }
        var restBase = trigger.getAttribute('data-rest-base');
        var els = build(trigger);
        document.body.appendChild(els.dialog);
        var dialog = AJS.dialog2(els.dialog);
        var key = null;
        var given = false;
        var give = R.giveForm(els, {
            restBase: restBase,
            idempotencyKey: function () { return key; },
            given: function () {
                if (given) {
                    return;
                }
                given = true;
                dialog.hide();
                var after = trigger.getAttribute('data-after-give');
                if (after === 'reload') {
                    window.location.reload();
                    return;
                }
                R.flag('success', text.given);
                var panel = trigger.closest('.rapport-profile-panel[id]');
                if (after === 'refresh' && panel) {
                    R.refreshFromPage([panel.id]).then(null, function () { /* the flag said it; the next visit shows it */ });
                }
            }
        });
        key = give.newKey();
        give.choose({key: trigger.getAttribute('data-recipient-key'),
            username: trigger.getAttribute('data-recipient-username'),
            displayName: trigger.getAttribute('data-recipient-name')});
        els.close.addEventListener('click', function () { dialog.hide(); });
        els.cancel.addEventListener('click', function () { dialog.hide(); });
        dialog.on('hide', function () {
            setTimeout(function () { els.dialog.remove(); }, 0);
        });
        R.request(restBase, 'GET', '/recognitions/allowance').then(function (a) {
            if (a.limit > 0 && a.remaining === 0) {
                give.block(R.allowanceSpent(a));
            }
        }, function () { /* the server refuses a give past the allowance all the same (429) */ });
        R.request(restBase, 'GET', '/categories').then(function (categories) {
            var active = (categories || []).filter(function (c) { return !c.archived; });
            if (!active.length) {
                R.showMessage(els.result, 'info', text.noCategories);
            }
            active.forEach(function (c) { els.cards.appendChild(categoryCard(c)); });
        }, function () {
            R.showMessage(els.result, 'error', text.categoriesFailed);
        });
        dialog.show();
        els.message.focus();
    }

    document.addEventListener('click', function (event) {
        var trigger = event.target.closest ? event.target.closest('[data-rapport-recognise]') : null;
        if (!trigger || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
            return;
        }
        event.preventDefault();
        open(trigger);
    });
}());
