/*
 * Help ledger administration: the kinds of help (add, rename, archive, restore) and tag merges.
 * Everything goes through /rest/rapport/1.0/help; user text goes in with textContent only.
 */
(function () {
    'use strict';

    var root = document.getElementById('rapport-help-admin');
    if (!root || !window.Rapport) {
        return;
    }
    var R = window.Rapport;
    var restBase = root.getAttribute('data-rest-base');
    var message = document.getElementById('rapport-help-admin-message');
    var body = document.getElementById('rapport-help-kinds-body');
    var text = {
        active: AJS.I18n.getText('rapport.admin.help.kind.active'),
        archived: AJS.I18n.getText('rapport.admin.help.kind.archived'),
        archive: AJS.I18n.getText('rapport.admin.help.kind.archive'),
        restore: AJS.I18n.getText('rapport.admin.help.kind.restore'),
        rename: AJS.I18n.getText('rapport.admin.help.kind.rename'),
        saved: AJS.I18n.getText('rapport.admin.help.saved'),
        merged: AJS.I18n.getText('rapport.admin.help.merged'),
        failed: AJS.I18n.getText('rapport.help.failed')
    };

    function errors(form) {
        return function (error) {
            R.showFieldErrors(form, error, function (general) { R.showMessage(message, 'error', general); }, text.failed);
        };
    }

    function update(kind, label, archived) {
        return R.request(restBase, 'PUT', '/help/kinds/' + encodeURIComponent(kind.code), {label: label, archived: archived})
            .then(function () {
                R.showMessage(message, 'success', text.saved);
                load();
            }, function (error) { errors(document.getElementById('rapport-help-kind-form'))(error); });
    }

    function load() {
        R.request(restBase, 'GET', '/help/kinds?all=true').then(function (kinds) {
            body.replaceChildren();
            kinds.forEach(function (kind) {
                var row = R.element('tr', 'rapport-help-kind-row');
                row.setAttribute('data-code', kind.code);
                var labelCell = R.element('td');
                var input = R.element('input', 'text medium-field rapport-help-kind-name');
                input.value = kind.label;
                input.maxLength = 60;
                labelCell.appendChild(input);
                row.appendChild(labelCell);
                row.appendChild(R.element('td', 'rapport-help-kind-code', kind.code));
                row.appendChild(R.element('td', null, kind.archived ? text.archived : text.active));
                var actions = R.element('td');
                var rename = R.element('button', 'aui-button', text.rename);
                rename.type = 'button';
                rename.addEventListener('click', function () { update(kind, input.value, kind.archived); });
                var toggle = R.element('button', 'aui-button', kind.archived ? text.restore : text.archive);
                toggle.type = 'button';
                toggle.addEventListener('click', function () { update(kind, kind.label, !kind.archived); });
                actions.appendChild(rename);
                actions.appendChild(toggle);
                row.appendChild(actions);
                body.appendChild(row);
            });
        }, errors(document.getElementById('rapport-help-kind-form')));
    }

    var kindForm = document.getElementById('rapport-help-kind-form');
    kindForm.addEventListener('submit', function (event) {
        event.preventDefault();
        kindForm.querySelectorAll('.error[data-field]').forEach(function (el) { el.textContent = ''; });
        var label = document.getElementById('rapport-help-kind-label');
        R.request(restBase, 'POST', '/help/kinds', {label: label.value}).then(function () {
            label.value = '';
            R.showMessage(message, 'success', text.saved);
            load();
        }, errors(kindForm));
    });

    var mergeForm = document.getElementById('rapport-help-merge-form');
    mergeForm.addEventListener('submit', function (event) {
        event.preventDefault();
        mergeForm.querySelectorAll('.error[data-field]').forEach(function (el) { el.textContent = ''; });
        var from = document.getElementById('rapport-help-merge-from');
        var into = document.getElementById('rapport-help-merge-into');
        R.request(restBase, 'POST', '/help/skills/merge', {from: from.value, into: into.value}).then(function (result) {
            R.showMessage(message, 'success', text.merged.replace('{0}', from.value.trim()).replace('{1}', result.into));
            from.value = '';
            into.value = '';
        }, errors(mergeForm));
    });

    load();
}());
