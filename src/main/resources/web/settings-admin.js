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
        R.showMessage(message, kind, value);
    }

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        form.querySelectorAll('.error[data-field]').forEach(function (el) { el.textContent = ''; });
        var raw = form.elements.weeklyAllowance.value.trim();
        var body = {
            weeklyAllowance: /^\d+$/.test(raw) ? Number(raw) : -1,
            categoryRequired: form.elements.categoryRequired.checked,
            leaderboardVisibility: form.elements.leaderboardVisibility.value
        };
        R.request(root.getAttribute('data-rest-base'), 'PUT', '/settings', body).then(function (saved) {
            form.elements.weeklyAllowance.value = String(saved.weeklyAllowance);
            form.elements.categoryRequired.checked = saved.categoryRequired;
            form.elements.leaderboardVisibility.value = saved.leaderboardVisibility;
            show('success', text.saved);
        }, function (error) {
            R.showFieldErrors(form, error, function (general) { show('error', general); }, text.failed);
        });
    });
}());
