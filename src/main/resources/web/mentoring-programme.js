/*
 * The coordinator's Programme page: health figures, the pairings table (filter by status, "show
 * more" by cursor), and match everyone waiting (preview, then commit the previewed pairs).
 */
(function () {
    'use strict';

    var root = document.getElementById('rapport-programme');
    if (!root || !window.Rapport) {
        return;
    }
    var R = window.Rapport;
    var restBase = root.getAttribute('data-rest-base');
    var message = document.getElementById('rapport-programme-message');
    var figures = document.getElementById('rapport-programme-figures');
    var rows = document.getElementById('rapport-programme-rows');
    var more = document.getElementById('rapport-programme-more');
    var empty = document.getElementById('rapport-programme-empty');
    var statusFilter = document.getElementById('rapport-programme-status');
    var previewButton = document.getElementById('rapport-match-preview');
    var commitButton = document.getElementById('rapport-match-commit');
    var matchResult = document.getElementById('rapport-match-result');
    var fairness = document.getElementById('rapport-match-fairness');
    var matchTable = document.getElementById('rapport-match-table');
    var matchRows = document.getElementById('rapport-match-rows');
    var text = {
        failed: AJS.I18n.getText('rapport.mentoring.programme.failed'),
        matchedShare: AJS.I18n.getText('rapport.mentoring.programme.figure.matchedShare'),
        utilisation: AJS.I18n.getText('rapport.mentoring.programme.figure.utilisation'),
        load: AJS.I18n.getText('rapport.mentoring.programme.figure.load'),
        overdueShare: AJS.I18n.getText('rapport.mentoring.programme.figure.overdueShare'),
        byStatus: AJS.I18n.getText('rapport.mentoring.programme.figure.byStatus'),
        truncated: AJS.I18n.getText('rapport.mentoring.programme.truncated'),
        waitingMatched: AJS.I18n.getText('rapport.mentoring.programme.fairness.matched'),
        spread: AJS.I18n.getText('rapport.mentoring.programme.fairness.spread'),
        spreadValue: AJS.I18n.getText('rapport.mentoring.programme.fairness.spread.value'),
        crossDepartment: AJS.I18n.getText('rapport.mentoring.programme.fairness.crossDepartment'),
        nobodyWaiting: AJS.I18n.getText('rapport.mentoring.programme.match.none'),
        committed: AJS.I18n.getText('rapport.mentoring.programme.match.committed'),
        PROPOSED: AJS.I18n.getText('rapport.mentoring.status.PROPOSED'),
        ACTIVE: AJS.I18n.getText('rapport.mentoring.status.ACTIVE'),
        COMPLETED: AJS.I18n.getText('rapport.mentoring.status.COMPLETED'),
        ENDED: AJS.I18n.getText('rapport.mentoring.status.ENDED'),
        DECLINED: AJS.I18n.getText('rapport.mentoring.status.DECLINED'),
        WITHDRAWN: AJS.I18n.getText('rapport.mentoring.status.WITHDRAWN'),
        NOT_STARTED: AJS.I18n.getText('rapport.mentoring.health.NOT_STARTED'),
        ON_TRACK: AJS.I18n.getText('rapport.mentoring.health.ON_TRACK'),
        OVERDUE: AJS.I18n.getText('rapport.mentoring.health.OVERDUE'),
        CLOSED: AJS.I18n.getText('rapport.mentoring.health.CLOSED'),
        idle: AJS.I18n.getText('rapport.mentoring.programme.load.idle'),
        partly: AJS.I18n.getText('rapport.mentoring.programme.load.partly'),
        full: AJS.I18n.getText('rapport.mentoring.programme.load.full')
    };
    var cursor = null;
    var previewed = [];

    function format(template, args) {
        return template.replace(/\{(\d+)\}/g, function (all, i) { return String(args[Number(i)]); });
    }

    function percent(share) {
        return Math.round(share * 100) + ' %';
    }

    function figure(list, id, label, value) {
        var dt = R.element('dt', null, label);
        var dd = R.element('dd', null, value);
        dd.id = id;
        list.appendChild(dt);
        list.appendChild(dd);
    }

    function failed() {
        R.showMessage(message, 'error', text.failed);
    }

    function loadHealth() {
        R.request(restBase, 'GET', '/mentoring/programme/health').then(function (h) {
            figures.replaceChildren();
            figure(figures, 'rapport-figure-matched', text.matchedShare,
                percent(h.matchedShare) + ' (' + h.menteesMatched + ' / ' + h.menteesWithProfile + ')');
            figure(figures, 'rapport-figure-utilisation', text.utilisation,
                percent(h.averageUtilisation) + ' (' + h.openMentors + ')');
            figure(figures, 'rapport-figure-load', text.load, ['idle', 'partly', 'full'].map(function (bucket) {
                return text[bucket] + ': ' + h.mentorLoad[bucket];
            }).join(', '));
            figure(figures, 'rapport-figure-overdue', text.overdueShare,
                percent(h.overdueShare) + ' (' + h.overduePairings + ' / ' + h.activePairings + ')');
            figure(figures, 'rapport-figure-status', text.byStatus, Object.keys(h.byStatus).map(function (s) {
                return (text[s] || s) + ': ' + h.byStatus[s];
            }).join(', '));
            if (h.truncated) {
                figure(figures, 'rapport-figure-truncated', '', text.truncated);
            }
        }, failed);
    }

    function pairingRow(p) {
        var row = R.element('tr', 'rapport-programme-row');
        row.setAttribute('data-pairing-id', String(p.id));
        [p.mentor.displayName, p.mentee.displayName, text[p.status] || p.status,
            (p.startedAt || p.createdAt).substring(0, 10), String(p.checkIns), p.lastCheckIn || '',
            text[p.health] || p.health].forEach(function (value) {
            row.appendChild(R.element('td', null, value));
        });
        rows.appendChild(row);
    }

    function loadPairings(reset) {
        if (reset) {
            cursor = null;
            rows.replaceChildren();
        }
        var query = [];
        if (statusFilter.value) {
            query.push('status=' + encodeURIComponent(statusFilter.value));
        }
        if (cursor) {
            query.push('cursor=' + encodeURIComponent(cursor));
        }
        more.disabled = true;
        R.request(restBase, 'GET', '/mentoring/programme/pairings' + (query.length ? '?' + query.join('&') : ''))
            .then(function (page) {
                page.items.forEach(pairingRow);
                cursor = page.nextCursor;
                more.hidden = !cursor;
                empty.hidden = rows.children.length > 0;
            }, failed).then(function () { more.disabled = false; });
    }

    function showPreview(preview) {
        previewed = preview.pairs.map(function (p) { return {menteeKey: p.menteeKey, mentorKey: p.mentorKey}; });
        matchRows.replaceChildren();
        preview.pairs.forEach(function (p) {
            var row = R.element('tr', 'rapport-match-row');
            row.appendChild(R.element('td', 'rapport-match-mentee', p.mentee.displayName));
            row.appendChild(R.element('td', 'rapport-match-mentor', p.mentor.displayName));
            row.appendChild(R.element('td', null, String(p.score)));
            var reasons = R.element('td');
            var list = R.element('ul', 'rapport-reasons');
            p.reasons.forEach(function (r) { list.appendChild(R.element('li', null, r.text)); });
            reasons.appendChild(list);
            row.appendChild(reasons);
            matchRows.appendChild(row);
        });
        matchTable.hidden = preview.pairs.length === 0;
        fairness.replaceChildren();
        var f = preview.fairness;
        figure(fairness, 'rapport-fairness-matched', text.waitingMatched,
            percent(f.matchedShare) + ' (' + f.matched + ' / ' + f.waiting + ')');
        figure(fairness, 'rapport-fairness-spread', text.spread,
            // The standard deviation of utilisation (0-1) in words: "within N points of the average".
            text.spreadValue.replace('{0}', percent(f.minUtilisation)).replace('{1}', percent(f.maxUtilisation))
                .replace('{2}', String(Math.round(f.utilisationStdDev * 100))));
        figure(fairness, 'rapport-fairness-cross', text.crossDepartment,
            percent(f.crossDepartmentShare) + ' (' + f.crossDepartmentPairs + ')');
        fairness.hidden = false;
        commitButton.disabled = previewed.length === 0;
        matchResult.replaceChildren();
        if (previewed.length === 0) {
            R.showMessage(matchResult, 'info', text.nobodyWaiting);
        } else if (preview.truncated) {
            R.showMessage(matchResult, 'warning', text.truncated);
        }
    }

    previewButton.addEventListener('click', function () {
        previewButton.disabled = true;
        R.request(restBase, 'POST', '/mentoring/programme/match/preview', {}).then(showPreview, failed)
            .then(function () { previewButton.disabled = false; });
    });

    commitButton.addEventListener('click', function () {
        commitButton.disabled = true;
        R.request(restBase, 'POST', '/mentoring/programme/match/commit', {pairs: previewed}).then(function (result) {
            previewed = [];
            matchRows.replaceChildren();
            matchTable.hidden = true;
            fairness.hidden = true;
            R.showMessage(matchResult, 'success', format(text.committed, [result.created.length, result.skipped.length]));
            if (result.skipped.length) {
                var list = R.element('ul', 'rapport-match-skipped');
                result.skipped.forEach(function (s) {
                    list.appendChild(R.element('li', null, s.mentee.displayName + ' - ' + s.mentor.displayName + ': ' + s.text));
                });
                matchResult.appendChild(list);
            }
            loadHealth();
            loadPairings(true);
        }, function (error) {
            commitButton.disabled = false;
            failed(error);
        });
    });

    statusFilter.addEventListener('change', function () { loadPairings(true); });
    more.addEventListener('click', function () { loadPairings(false); });
    loadHealth();
    loadPairings(true);
}());
