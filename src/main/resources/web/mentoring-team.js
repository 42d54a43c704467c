/* "My team": the pairings of the manager's direct reports, from GET /rest/rapport/1.0/mentoring/team. */
(function () {
    'use strict';

    var root = document.getElementById('rapport-team');
    if (!root || !window.Rapport) {
        return;
    }
    var R = window.Rapport;
    var restBase = root.getAttribute('data-rest-base');
    var rows = document.getElementById('rapport-team-rows');
    var more = document.getElementById('rapport-team-more');
    var empty = document.getElementById('rapport-team-empty');
    var message = document.getElementById('rapport-team-message');
    var text = {
        failed: AJS.I18n.getText('rapport.mentoring.programme.failed'),
        goals: AJS.I18n.getText('rapport.mentoring.team.goals.value'),
        noGoals: AJS.I18n.getText('rapport.mentoring.team.goals.none'),
        MENTOR: AJS.I18n.getText('rapport.mentoring.role.MENTOR'),
        MENTEE: AJS.I18n.getText('rapport.mentoring.role.MENTEE'),
        PROPOSED: AJS.I18n.getText('rapport.mentoring.status.PROPOSED'),
        ACTIVE: AJS.I18n.getText('rapport.mentoring.status.ACTIVE'),
        COMPLETED: AJS.I18n.getText('rapport.mentoring.status.COMPLETED'),
        ENDED: AJS.I18n.getText('rapport.mentoring.status.ENDED'),
        DECLINED: AJS.I18n.getText('rapport.mentoring.status.DECLINED'),
        WITHDRAWN: AJS.I18n.getText('rapport.mentoring.status.WITHDRAWN'),
        NOT_STARTED: AJS.I18n.getText('rapport.mentoring.health.NOT_STARTED'),
        ON_TRACK: AJS.I18n.getText('rapport.mentoring.health.ON_TRACK'),
        OVERDUE: AJS.I18n.getText('rapport.mentoring.health.OVERDUE'),
        CLOSED: AJS.I18n.getText('rapport.mentoring.health.CLOSED')
    };
    var cursor = null;

    function cell(row, value, className) {
        row.appendChild(R.element('td', className, value));
    }

    function format(template, args) {
        return template.replace(/\{(\d+)\}/g, function (all, i) { return String(args[Number(i)]); });
    }

    function render(item) {
        var row = R.element('tr', 'rapport-team-row');
        row.setAttribute('data-pairing-id', String(item.id));
        cell(row, item.report.displayName, 'rapport-team-report');
        cell(row, text[item.reportRole] || item.reportRole);
        cell(row, item.other.displayName, 'rapport-team-other');
        cell(row, text[item.status] || item.status, 'rapport-team-status');
        cell(row, item.since ? item.since.substring(0, 10) : '');
        cell(row, item.lastCheckIn || '');
        cell(row, String(item.checkIns));
        cell(row, text[item.health] || item.health, 'rapport-health rapport-health-' + item.health.toLowerCase());
        cell(row, item.goals.count === 0 ? text.noGoals
            : format(text.goals, [item.goals.done, item.goals.count, item.goals.averageProgress]));
        rows.appendChild(row);
    }

    function load() {
        more.disabled = true;
        R.request(restBase, 'GET', '/mentoring/team' + (cursor ? '?cursor=' + encodeURIComponent(cursor) : ''))
            .then(function (page) {
                page.items.forEach(render);
                cursor = page.nextCursor;
                more.hidden = !cursor;
                empty.hidden = rows.children.length > 0;
            }, function () {
                R.showMessage(message, 'error', text.failed);
            }).then(function () { more.disabled = false; });
    }

    more.addEventListener('click', load);
    load();
}());
