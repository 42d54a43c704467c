/*
 * Admin page for recognition categories. Everything goes through /rest/rapport/1.0/categories;
 * user text is only ever inserted with textContent, never as HTML.
 */
(function () {
    'use strict';

    var root = document.getElementById('rapport-category-admin');
    if (!root || !window.Rapport) {
        return;
    }
    var R = window.Rapport;
    var restBase = root.getAttribute('data-rest-base');
    var form = document.getElementById('rapport-category-form');
    var formTitle = document.getElementById('rapport-category-form-title');
    var idField = document.getElementById('rapport-category-id');
    var cancelButton = document.getElementById('rapport-category-cancel');
    var message = document.getElementById('rapport-category-message');
    var activeBody = document.querySelector('#rapport-category-table tbody');
    var archivedBody = document.querySelector('#rapport-category-archived tbody');
    var categories = [];

    var text = {
        add: AJS.I18n.getText('rapport.admin.categories.add'),
        edit: AJS.I18n.getText('rapport.admin.categories.edit'),
        saved: AJS.I18n.getText('rapport.admin.categories.saved'),
        archived: AJS.I18n.getText('rapport.admin.categories.archived.done'),
        restored: AJS.I18n.getText('rapport.admin.categories.restored'),
        reordered: AJS.I18n.getText('rapport.admin.categories.reordered'),
        failed: AJS.I18n.getText('rapport.admin.categories.failed'),
        editAction: AJS.I18n.getText('rapport.admin.categories.action.edit'),
        archiveAction: AJS.I18n.getText('rapport.admin.categories.action.archive'),
        restoreAction: AJS.I18n.getText('rapport.admin.categories.action.restore'),
        upAction: AJS.I18n.getText('rapport.admin.categories.action.up'),
        downAction: AJS.I18n.getText('rapport.admin.categories.action.down'),
        value: AJS.I18n.getText('rapport.category.kind.value'),
        milestone: AJS.I18n.getText('rapport.category.kind.milestone')
    };

    function request(method, path, body) {
        return R.request(restBase, method, path, body);
    }

    function showMessage(kind, textValue) {
        R.showMessage(message, kind, textValue);
    }

    function clearFieldErrors() {
        form.querySelectorAll('.error[data-field]').forEach(function (el) {
            el.textContent = '';
        });
    }

    function showErrors(error) {
        R.showFieldErrors(form, error, function (general) { showMessage('error', general); }, text.failed);
    }

    function button(label, onClick, extraClass) {
        var b = document.createElement('button');
        b.type = 'button';
        b.className = 'aui-button aui-button-compact' + (extraClass ? ' ' + extraClass : '');
        b.textContent = label;
        b.addEventListener('click', onClick);
        return b;
    }

    function row(category, index, list) {
        var tr = document.createElement('tr');
        tr.setAttribute('data-id', String(category.id));

        var nameCell = document.createElement('td');
        var swatch = document.createElement('span');
        swatch.className = 'rapport-category-swatch';
        swatch.style.backgroundColor = category.colourHex;
        var icon = document.createElement('span');
        icon.className = 'aui-icon aui-icon-small aui-iconfont-' + category.iconGlyph;
        swatch.appendChild(icon);
        var name = document.createElement('span');
        name.className = 'rapport-category-name';
        name.textContent = category.name;
        nameCell.append(swatch, name);

        var kindCell = document.createElement('td');
        var lozenge = document.createElement('span');
        lozenge.className = 'aui-lozenge aui-lozenge-subtle' + (category.milestone ? ' aui-lozenge-new' : '');
        lozenge.textContent = category.milestone ? text.milestone : text.value;
        kindCell.appendChild(lozenge);

        var descriptionCell = document.createElement('td');
        descriptionCell.className = 'rapport-category-description';
        descriptionCell.textContent = category.description;

        var actions = document.createElement('td');
        actions.className = 'rapport-actions';
        actions.appendChild(button(text.editAction, function () { startEdit(category); }, 'rapport-edit'));
        if (!category.archived) {
            var up = button(text.upAction, function () { move(category.id, -1); }, 'rapport-up');
            up.disabled = index === 0;
            var down = button(text.downAction, function () { move(category.id, 1); }, 'rapport-down');
            down.disabled = index === list.length - 1;
            actions.append(up, down);
            actions.appendChild(button(text.archiveAction, function () { setArchived(category, true); }, 'rapport-archive'));
        } else {
            actions.appendChild(button(text.restoreAction, function () { setArchived(category, false); }, 'rapport-restore'));
        }
        tr.append(nameCell, kindCell, descriptionCell, actions);
        return tr;
    }

    function render() {
        var active = categories.filter(function (c) { return !c.archived; });
        var archived = categories.filter(function (c) { return c.archived; });
        activeBody.replaceChildren.apply(activeBody, active.map(row));
        archivedBody.replaceChildren.apply(archivedBody, archived.map(row));
        document.getElementById('rapport-category-empty').hidden = active.length > 0;
        document.getElementById('rapport-archived-empty').hidden = archived.length > 0;
    }

    function load() {
        return request('GET', '/categories?all=true').then(function (list) {
            categories = list;
            render();
        }).catch(showErrors);
    }

    function resetForm() {
        form.reset();
        idField.value = '';
        formTitle.textContent = text.add;
        cancelButton.hidden = true;
        clearFieldErrors();
    }

    function startEdit(category) {
        idField.value = String(category.id);
        form.elements.name.value = category.name;
        form.elements.description.value = category.description;
        form.elements.icon.value = category.icon;
        form.elements.colour.value = category.colour;
        form.querySelector('input[name="kind"][value="' + category.kind + '"]').checked = true;
        formTitle.textContent = text.edit;
        cancelButton.hidden = false;
        clearFieldErrors();
        form.elements.name.focus();
    }

    function move(id, delta) {
        var active = categories.filter(function (c) { return !c.archived; });
        var archived = categories.filter(function (c) { return c.archived; });
        var from = active.findIndex(function (c) { return c.id === id; });
        var to = from + delta;
        if (from < 0 || to < 0 || to >= active.length) {
            return;
        }
        var moved = active.splice(from, 1)[0];
        active.splice(to, 0, moved);
        var ids = active.concat(archived).map(function (c) { return c.id; });
        request('PUT', '/categories/order', {ids: ids}).then(function (list) {
            categories = list;
            render();
            showMessage('success', text.reordered);
        }).catch(function (error) {
            showErrors(error);
            load();
        });
    }

    function setArchived(category, archive) {
        request('POST', '/categories/' + category.id + (archive ? '/archive' : '/restore'), {}).then(function () {
            showMessage('success', archive ? text.archived : text.restored);
            return load();
        }).catch(showErrors);
    }

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        var checkedKind = form.querySelector('input[name="kind"]:checked');
        var body = {
            name: form.elements.name.value,
            description: form.elements.description.value,
            icon: form.elements.icon.value,
            colour: form.elements.colour.value,
            kind: checkedKind ? checkedKind.value : null
        };
        var id = idField.value;
        request(id ? 'PUT' : 'POST', id ? '/categories/' + id : '/categories', body).then(function () {
            resetForm();
            showMessage('success', text.saved);
            return load();
        }).catch(showErrors);
    });

    cancelButton.addEventListener('click', resetForm);
    load();
}());
