/*
 * The org data admin page: preview a CSV (POST org/import?dryRun=true), then import it
 * (dryRun=false); load and edit one person (GET/PUT org/people). User text only via textContent.
 */
(function () {
    'use strict';

    var root = document.getElementById('rapport-org-admin');
    if (!root || !window.Rapport) {
        return;
    }
    var R = window.Rapport;
    var restBase = root.getAttribute('data-rest-base');
    var importForm = document.getElementById('rapport-org-import-form');
    var csv = document.getElementById('rapport-org-csv');
    var file = document.getElementById('rapport-org-file');
    var importButton = document.getElementById('rapport-org-import');
    var result = document.getElementById('rapport-org-result');
    var summary = document.getElementById('rapport-org-summary');
    var errorTable = document.getElementById('rapport-org-errors');
    var rowTable = document.getElementById('rapport-org-rows');
    var message = document.getElementById('rapport-org-message');
    var personForm = document.getElementById('rapport-org-person-form');
    var text = {
        failed: AJS.I18n.getText('rapport.admin.categories.failed'),
        summary: AJS.I18n.getText('rapport.admin.org.summary'),
        invalid: AJS.I18n.getText('rapport.admin.org.invalid'),
        imported: AJS.I18n.getText('rapport.admin.org.imported'),
        saved: AJS.I18n.getText('rapport.admin.org.saved'),
        add: AJS.I18n.getText('rapport.admin.org.change.add'),
        change: AJS.I18n.getText('rapport.admin.org.change.change'),
        unchanged: AJS.I18n.getText('rapport.admin.org.change.unchanged')
    };

    function show(kind, value) {
        R.showMessage(message, kind, value);
    }

    function format(template, values) {
        return template.replace(/\{(\d+)\}/g, function (all, i) { return String(values[Number(i)]); });
    }

    function cell(row, value) {
        row.appendChild(R.element('td', null, value === null || value === undefined ? '' : String(value)));
    }

    /** Errors as the preview gives them ({line, column, message}) or as a 400 gives them ({field: rows[N].column}). */
    function renderErrors(errors) {
        var body = errorTable.querySelector('tbody');
        body.replaceChildren();
        errors.forEach(function (e) {
            var line = e.line;
            var column = e.column;
            var match = /^rows\[(\d+)\]\.(\w+)$/.exec(e.field || '');
            if (line === undefined && match) {
                line = Number(match[1]);
                column = match[2];
            }
            var tr = R.element('tr', 'rapport-org-error');
            tr.setAttribute('data-line', String(line === undefined ? '' : line));
            cell(tr, line === undefined ? '' : line);
            cell(tr, column || e.field || '');
            cell(tr, e.message);
            body.appendChild(tr);
        });
        errorTable.hidden = errors.length === 0;
    }

    function renderPlan(plan) {
        result.hidden = false;
        summary.textContent = format(text.summary, [plan.added, plan.changed, plan.unchanged, plan.errors.length]);
        renderErrors(plan.errors);
        var body = rowTable.querySelector('tbody');
        body.replaceChildren();
        plan.rows.forEach(function (r) {
            var tr = R.element('tr', 'rapport-org-row rapport-org-row-' + r.change);
            cell(tr, r.line);
            cell(tr, r.username);
            cell(tr, r.manager);
            cell(tr, r.department);
            cell(tr, text[r.change] || r.change);
            body.appendChild(tr);
        });
    }

    function send(dryRun) {
        importForm.querySelectorAll('.error[data-field]').forEach(function (el) { el.textContent = ''; });
        return R.request(restBase, 'POST', '/org/import?dryRun=' + dryRun, {csv: csv.value});
    }

    importForm.addEventListener('submit', function (event) {
        event.preventDefault();
        importButton.disabled = true;
        send(true).then(function (plan) {
            renderPlan(plan);
            importButton.disabled = !plan.valid;
            if (plan.valid) {
                message.replaceChildren();
            } else {
                show('warning', text.invalid);
            }
        }, function (error) {
            result.hidden = true;
            R.showFieldErrors(importForm, error, function (general) { show('error', general); }, text.failed);
        });
    });

    importButton.addEventListener('click', function () {
        importButton.disabled = true;
        send(false).then(function (plan) {
            renderPlan(plan);
            show('success', format(text.imported, [plan.added, plan.changed]));
        }, function (error) {
            var rowErrors = (error.errors || []).filter(function (e) { return /^rows\[/.test(e.field || ''); });
            if (rowErrors.length) {
                result.hidden = false;
                renderErrors(rowErrors);
                show('warning', text.invalid);
            } else {
                R.showFieldErrors(importForm, error, function (general) { show('error', general); }, text.failed);
            }
        });
    });

    csv.addEventListener('input', function () {
        importButton.disabled = true;
    });

    file.addEventListener('change', function () {
        if (!file.files || !file.files[0]) {
            return;
        }
        var reader = new FileReader();
        reader.onload = function () {
            csv.value = String(reader.result);
            importButton.disabled = true;
        };
        reader.readAsText(file.files[0], 'UTF-8');
    });

    function fillPerson(p) {
        personForm.elements.userKey.value = p.person.key;
        personForm.elements.manager.value = p.manager ? p.manager.username : '';
        personForm.elements.department.value = p.department || '';
        personForm.elements.manager.disabled = false;
        personForm.elements.department.disabled = false;
        document.getElementById('rapport-org-person-save').disabled = false;
    }

    function showPersonError(error) {
        R.showFieldErrors(personForm, error, function (general) { show('error', general); }, text.failed);
    }

    document.getElementById('rapport-org-person-load').addEventListener('click', function () {
        personForm.querySelectorAll('.error[data-field]').forEach(function (el) { el.textContent = ''; });
        var username = personForm.elements.username.value.trim();
        R.request(restBase, 'GET', '/org/people?username=' + encodeURIComponent(username)).then(fillPerson, function (error) {
            if (error.status === 404) {
                error.errors = [{field: 'username', message: AJS.I18n.getText('rapport.admin.org.unknown.user')}];
            }
            showPersonError(error);
        });
    });

    personForm.addEventListener('submit', function (event) {
        event.preventDefault();
        var key = personForm.elements.userKey.value;
        if (!key) {
            return;
        }
        var body = {manager: personForm.elements.manager.value, department: personForm.elements.department.value};
        R.request(restBase, 'PUT', '/org/people/' + encodeURIComponent(key), body).then(function (saved) {
            fillPerson(saved);
            personForm.querySelectorAll('.error[data-field]').forEach(function (el) { el.textContent = ''; });
            show('success', text.saved);
        }, showPersonError);
    });
}());
