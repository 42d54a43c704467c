/* The recognition settings page: saves through PUT /rest/rapport/1.0/settings. */
(function () {
    'use strict';

    var root = document.getElementById('rapport-settings-admin');
    if (!root || !window.Rapport) {
        return;
    }
    var R = window.Rapport;
    var form = document.getElementById('rapport-settings-form');
    var message = document.getElementById('rapport-settings-message');
    var text = {
        saved: AJS.I18n.getText('rapport.admin.settings.saved'),
        failed: AJS.I18n.getText('rapport.admin.categories.failed')
    };

    function show(kind, value) {
        message.replaceChildren();
        var box = R.element('div', 'aui-message aui-message-' + kind);
        box.appendChild(R.element('p', null, value));
        message.appendChild(box);
    }

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        form.querySelectorAll('.error[data-field]').forEach(function (el) { el.textContent = ''; });
        var raw = form.elements.weeklyAllowance.value.trim();
        var body = {
            weeklyAllowance: /^\d+$/.test(raw) ? Number(raw) : -1,
            categoryRequired: form.elements.categoryRequired.checked
        };
        R.request(root.getAttribute('data-rest-base'), 'PUT', '/settings', body).then(function (saved) {
            form.elements.weeklyAllowance.value = String(saved.weeklyAllowance);
            form.elements.categoryRequired.checked = saved.categoryRequired;
            show('success', text.saved);
        }, function (error) {
            var general = [];
            (error.errors || []).forEach(function (item) {
                var slot = form.querySelector('.error[data-field="' + CSS.escape(item.field) + '"]');
                if (slot) {
                    slot.textContent = item.message;
                } else {
                    general.push(item.message);
                }
            });
            if (general.length || !(error.errors || []).length) {
                show('error', general.length ? general.join(' ') : text.failed);
            }
        });
    });
}());
