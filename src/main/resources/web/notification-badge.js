/*
 * The unread-notification badge on Rapport's header link (web-item rapport-notifications-link).
 * Included on every page through the atl.general and atl.admin contexts, as Jira does; it finds
 * the link, takes the context path from its address, asks REST for the unread count and shows it.
 * Pages that change notifications dispatch rapport:notifications-changed to have it count again;
 * after each count it dispatches rapport:notifications-count ({count}) and keeps the count in the
 * badge's data-count, so a page that shows it too (the feed) need not ask REST a second time.
 * Where the admin section lists "Recognition moderation" (rapport-moderation-admin-link, admins
 * only), it also shows how many reports wait in the queue.
 */
(function () {
    'use strict';

    var PAGE = '/plugins/servlet/rapport/notifications';
    var link = document.getElementById('rapport-notifications-link');
    // Jira names the signed-in user in <meta name="ajs-remote-user">; anonymous pages have no inbox.
    var remoteUser = document.querySelector('meta[name="ajs-remote-user"]');
    if (!link || !remoteUser || !remoteUser.getAttribute('content') || typeof window.fetch !== 'function') {
        return;
    }
    var href = link.getAttribute('href') || '';
    var at = href.indexOf(PAGE);
    if (at < 0) {
        return;
    }
    var restBase = href.substring(0, at) + '/rest/rapport/1.0';
    var badge = document.createElement('span');
    badge.className = 'aui-badge rapport-notification-badge';
    badge.id = 'rapport-notification-count';
    badge.hidden = true;
    link.appendChild(document.createTextNode(' '));
    link.appendChild(badge);

    function refresh() {
        fetch(restBase + '/notifications/unread', {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                return response.ok ? response.json() : null;
            })
            .then(function (json) {
                var count = json && typeof json.count === 'number' ? json.count : 0;
                badge.textContent = String(count);
                badge.setAttribute('data-count', String(count));
                badge.title = AJS.I18n.getText('rapport.notifications.unread', count);
                badge.hidden = count === 0;
                document.dispatchEvent(new CustomEvent('rapport:notifications-count', {detail: {count: count}}));
            }, function () {
                badge.hidden = true;
            });
    }

    document.addEventListener('rapport:notifications-changed', refresh);
    refresh();

    var moderationLink = document.getElementById('rapport-moderation-admin-link');
    if (moderationLink) {
        fetch(restBase + '/moderation/open-count', {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                return response.ok ? response.json() : null;
            })
            .then(function (json) {
                var open = json && typeof json.count === 'number' ? json.count : 0;
                if (open > 0) {
                    var reports = document.createElement('span');
                    reports.className = 'aui-badge rapport-open-reports';
                    reports.id = 'rapport-open-reports';
                    reports.textContent = String(open);
                    reports.title = AJS.I18n.getText('rapport.admin.moderation.open', open);
                    moderationLink.appendChild(document.createTextNode(' '));
                    moderationLink.appendChild(reports);
                }
            }, function () { /* no count: the link still works */ });
    }
}());
