/* The mentoring settings page: saves through PUT /rest/rapport/1.0/mentoring/settings. */
(function () {
    'use strict';

    var root = document.getElementById('rapport-mentoring-admin');
    if (!root || !window.Rapport) {
        return;
    }
    var R = window.Rapport;
    var form = document.getElementById('rapport-mentoring-admin-form');
    var message = document.getElementById('rapport-mentoring-admin-message');
    var text = {
        saved: AJS.I18n.getText('rapport.admin.mentoring.saved'),
        failed: AJS.I18n.getText('rapport.admin.categories.failed')
    };

    /** A whole number, or -1 (out of every range) so the server names the field. */
    function number(name) {
        var raw = form.elements[name].value.trim();
        return /^\d{1,9}$/.test(raw) ? Number(raw) : -1;
    }

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        // The last answer's errors and "Saved" go as the next attempt starts.
        R.clearErrors(form, message);
        var body = {
            coordinatorGroup: form.elements.coordinatorGroup.value,
            defaultCadenceDays: number('defaultCadenceDays'),
            graceDays: number('graceDays'),
            weights: {
                sharedSkill: number('sharedSkill'),
                helpEvidence: number('helpEvidence'),
                otherDepartment: number('otherDepartment'),
                timezoneOverlap: number('timezoneOverlap')
            }
        };
        R.request(root.getAttribute('data-rest-base'), 'PUT', '/mentoring/settings', body).then(function (saved) {
            form.elements.coordinatorGroup.value = saved.coordinatorGroup;
            R.showMessage(message, 'success', text.saved);
            R.flag('success', text.saved);
        }, function (error) {
            R.showFieldErrors(form, error, function (general) { R.showMessage(message, 'error', general); }, text.failed);
        });
    });
}());
