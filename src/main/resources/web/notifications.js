/*
 * The Notifications page: the caller's notifications newest first ("Show more" continues before
 * the last id), each unread one with "Mark as read", and "Mark all as read". After a change it
 * tells the header badge to count again (event rapport:notifications-changed).
 */
(function () {
    'use strict';

    var root = document.getElementById('rapport-notifications');
    if (!root || !window.Rapport) {
        return;
    }
    var R = window.Rapport;
    var restBase = root.getAttribute('data-rest-base');
    var contextPath = root.getAttribute('data-context-path');
    var list = document.getElementById('rapport-notification-list');
    var more = document.getElementById('rapport-notifications-more');
    var empty = document.getElementById('rapport-notifications-empty');
    var error = document.getElementById('rapport-notifications-error');
    var readAll = document.getElementById('rapport-notifications-read-all');
    var next = null;
    // One sentence and one link label per kind; an unknown kind (from a newer version) reads as recognition.
    var openRecognition = AJS.I18n.getText('rapport.notifications.open.recognition');
    var openEntry = AJS.I18n.getText('rapport.notifications.open.entry');
    var openPairing = AJS.I18n.getText('rapport.notifications.open.pairing');
    var kinds = {
        RECOGNISED: {text: AJS.I18n.getText('rapport.notifications.kind.RECOGNISED'), link: openRecognition},
        REACTED: {text: AJS.I18n.getText('rapport.notifications.kind.REACTED'), link: openRecognition},
        COMMENTED: {text: AJS.I18n.getText('rapport.notifications.kind.COMMENTED'), link: openRecognition},
        RECOGNITION_HIDDEN: {text: AJS.I18n.getText('rapport.notifications.kind.RECOGNITION_HIDDEN'), link: openRecognition},
        REPORT_HIDDEN: {text: AJS.I18n.getText('rapport.notifications.kind.REPORT_HIDDEN'), link: openRecognition},
        REPORT_KEPT: {text: AJS.I18n.getText('rapport.notifications.kind.REPORT_KEPT'), link: openRecognition},
        HELP_PENDING: {text: AJS.I18n.getText('rapport.notifications.kind.HELP_PENDING'), link: openEntry},
        HELP_CONFIRMED: {text: AJS.I18n.getText('rapport.notifications.kind.HELP_CONFIRMED'), link: openEntry},
        HELP_DECLINED: {text: AJS.I18n.getText('rapport.notifications.kind.HELP_DECLINED'), link: openEntry},
        MENTORSHIP_PROPOSED: {text: AJS.I18n.getText('rapport.notifications.kind.MENTORSHIP_PROPOSED'), link: openPairing},
        MENTORSHIP_ACCEPTED: {text: AJS.I18n.getText('rapport.notifications.kind.MENTORSHIP_ACCEPTED'), link: openPairing},
        MENTORSHIP_DECLINED: {text: AJS.I18n.getText('rapport.notifications.kind.MENTORSHIP_DECLINED'), link: openPairing},
        MENTORSHIP_ENDED: {text: AJS.I18n.getText('rapport.notifications.kind.MENTORSHIP_ENDED'), link: openPairing},
        CHECK_IN_OVERDUE: {text: AJS.I18n.getText('rapport.notifications.kind.CHECK_IN_OVERDUE'), link: openPairing}
    };
    var text = {
        markRead: AJS.I18n.getText('rapport.notifications.read'),
        unread: AJS.I18n.getText('rapport.notifications.unread.item'),
        failed: AJS.I18n.getText('rapport.feed.failed')
    };

    function changed() {
        document.dispatchEvent(new CustomEvent('rapport:notifications-changed'));
    }

    function fail() {
        error.textContent = text.failed;
        error.hidden = false;
    }

    function markShownRead(item) {
        item.classList.remove('rapport-notification-unread');
        var button = item.querySelector('.rapport-notification-read');
        if (button) {
            button.remove();
        }
        var state = item.querySelector('.rapport-notification-state');
        if (state) {
            state.remove();
        }
    }

    function render(n) {
        var item = R.element('li', 'rapport-notification' + (n.read ? '' : ' rapport-notification-unread'));
        item.setAttribute('data-id', String(n.id));
        var line = R.element('div', 'rapport-notification-text');
        line.appendChild(R.element('strong', null, n.actor.displayName));
        var kind = kinds[n.kind] || kinds.RECOGNISED;
        item.setAttribute('data-kind', n.kind);
        line.appendChild(document.createTextNode(' ' + kind.text + ' '));
        var link = R.element('a', 'rapport-notification-open', kind.link);
        // The server names the exact item (a path below the context path); opening it marks it read.
        link.href = contextPath + n.link;
        if (!n.read) {
            link.addEventListener('click', function (event) {
                if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
                    return;
                }
                event.preventDefault();
                var go = function () { window.location.assign(link.href); };
                R.request(restBase, 'POST', '/notifications/' + n.id + '/read', {}).then(go, go);
            });
        }
        line.appendChild(link);
        item.appendChild(line);
        var meta = R.element('div', 'rapport-panel-meta', n.createdAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC'));
        if (!n.read) {
            meta.appendChild(document.createTextNode(' · '));
            meta.appendChild(R.element('span', 'aui-lozenge aui-lozenge-current rapport-notification-state', text.unread));
            var button = R.element('button', 'aui-button aui-button-link rapport-notification-read', text.markRead);
            button.type = 'button';
            button.addEventListener('click', function () {
                button.disabled = true;
                R.request(restBase, 'POST', '/notifications/' + n.id + '/read', {}).then(function () {
                    markShownRead(item);
                    changed();
                    updateReadAll();
                }, fail);
            });
            meta.appendChild(document.createTextNode(' '));
            meta.appendChild(button);
        }
        item.appendChild(meta);
        return item;
    }

    function updateReadAll() {
        readAll.disabled = list.querySelector('.rapport-notification-unread') === null;
    }

    function load(reset) {
        error.hidden = true;
        more.disabled = true;
        var path = '/notifications?limit=20' + (!reset && next ? '&before=' + encodeURIComponent(String(next)) : '');
        R.request(restBase, 'GET', path).then(function (page) {
            if (reset) {
                list.replaceChildren();
            }
            page.items.forEach(function (n) { list.appendChild(render(n)); });
            next = page.next;
            more.hidden = !next;
            empty.hidden = list.children.length > 0;
            readAll.disabled = page.unread === 0;
        }, fail).then(function () {
            more.disabled = false;
        });
    }

    readAll.addEventListener('click', function () {
        readAll.disabled = true;
        R.request(restBase, 'POST', '/notifications/read-all', {}).then(function () {
            list.querySelectorAll('.rapport-notification-unread').forEach(markShownRead);
            changed();
        }, function () {
            readAll.disabled = false;
            fail();
        });
    });
    more.addEventListener('click', function () { load(false); });
    load(true);
}());
