/*
 * The moderation page (admins): reported recognitions with their open reports, newest first, each
 * with Hide (asks for a reason) and Dismiss; below, hidden recognitions with who hid them, when,
 * why, and Restore. Everything goes through /rest/rapport/1.0/moderation.
 */
(function () {
    'use strict';

    var root = document.getElementById('rapport-moderation-admin');
    if (!root || !window.Rapport) {
        return;
    }
    var R = window.Rapport;
    var restBase = root.getAttribute('data-rest-base');
    var contextPath = root.getAttribute('data-context-path');
    var reasonMax = Number(root.getAttribute('data-reason-max')) || 500;
    var message = document.getElementById('rapport-moderation-message');
    var queue = {
        list: document.getElementById('rapport-moderation-queue'),
        empty: document.getElementById('rapport-moderation-queue-empty'),
        more: document.getElementById('rapport-moderation-queue-more'),
        next: null
    };
    var hidden = {
        list: document.getElementById('rapport-moderation-hidden'),
        empty: document.getElementById('rapport-moderation-hidden-empty'),
        more: document.getElementById('rapport-moderation-hidden-more'),
        next: null
    };
    var text = {
        recognised: AJS.I18n.getText('rapport.feed.recognised'),
        and: AJS.I18n.getText('rapport.feed.and'),
        private: AJS.I18n.getText('rapport.feed.private'),
        failed: AJS.I18n.getText('rapport.moderation.failed'),
        reports: AJS.I18n.getText('rapport.admin.moderation.reports'),
        hide: AJS.I18n.getText('rapport.moderation.hide'),
        hideReason: AJS.I18n.getText('rapport.moderation.hide.reason'),
        dismiss: AJS.I18n.getText('rapport.moderation.dismiss'),
        restore: AJS.I18n.getText('rapport.moderation.restore'),
        cancel: AJS.I18n.getText('rapport.admin.categories.cancel'),
        hiddenDone: AJS.I18n.getText('rapport.moderation.hidden.done'),
        dismissed: AJS.I18n.getText('rapport.moderation.dismissed'),
        restored: AJS.I18n.getText('rapport.moderation.restored'),
        hiddenBy: AJS.I18n.getText('rapport.admin.moderation.hidden.by')
    };

    function show(kind, value) {
        R.showMessage(message, kind, value);
    }

    function actions(card) {
        var bar = R.element('div', 'buttons rapport-moderation-actions');
        card.appendChild(bar);
        return bar;
    }

    function button(label, className) {
        var b = R.element('button', 'aui-button ' + className, label);
        b.type = 'button';
        return b;
    }

    function queueItem(item) {
        var card = R.renderRecognition(contextPath, item.recognition, text);
        card.classList.add('rapport-moderation-item');
        var reports = R.element('section', 'rapport-moderation-reports');
        reports.appendChild(R.element('h3', null, text.reports + ' (' + item.openReports + ')'));
        var ul = R.element('ul', 'rapport-report-list');
        item.reports.forEach(function (report) {
            var li = R.element('li', 'rapport-report');
            li.appendChild(R.element('strong', 'rapport-report-reporter', report.reporter.displayName));
            li.appendChild(document.createTextNode(' '));
            var time = R.element('time', 'rapport-report-time', new Date(report.createdAt).toLocaleString());
            time.setAttribute('datetime', report.createdAt);
            li.appendChild(time);
            li.appendChild(R.element('p', 'rapport-report-reason', report.reason));
            ul.appendChild(li);
        });
        reports.appendChild(ul);
        card.appendChild(reports);

        var bar = actions(card);
        var hide = button(text.hide, 'rapport-moderation-hide');
        var dismiss = button(text.dismiss, 'rapport-moderation-dismiss');
        bar.append(hide, dismiss);
        var id = item.recognition.id;
        hide.addEventListener('click', function () {
            if (card.querySelector('.rapport-reason-form')) {
                return;
            }
            card.appendChild(R.reasonForm({
                label: text.hideReason, submitLabel: text.hide, cancelLabel: text.cancel, maxLength: reasonMax, failed: text.failed,
                send: function (reason) {
                    return R.request(restBase, 'POST', '/moderation/recognitions/' + id + '/hide', {reason: reason});
                },
                done: function () {
                    card.remove();
                    show('success', text.hiddenDone);
                    refresh();
                }
            }));
        });
        dismiss.addEventListener('click', function () {
            dismiss.disabled = true;
            R.request(restBase, 'POST', '/moderation/recognitions/' + id + '/dismiss', {}).then(function () {
                card.remove();
                show('success', text.dismissed);
                refresh();
            }, function (error) {
                dismiss.disabled = false;
                show('error', error.errors && error.errors.length ? error.errors[0].message : text.failed);
            });
        });
        return card;
    }

    function hiddenItem(item) {
        var card = R.renderRecognition(contextPath, item.recognition, text);
        card.classList.add('rapport-moderation-item', 'rapport-recognition-hidden');
        var info = R.element('p', 'rapport-hiding');
        info.appendChild(document.createTextNode(text.hiddenBy + ' '));
        info.appendChild(R.element('strong', null, item.hiding.hiddenBy.displayName));
        info.appendChild(document.createTextNode(', ' + new Date(item.hiding.hiddenAt).toLocaleString() + ': '));
        info.appendChild(R.element('span', 'rapport-hiding-reason', item.hiding.reason));
        card.appendChild(info);
        var restore = button(text.restore, 'rapport-moderation-restore');
        actions(card).appendChild(restore);
        restore.addEventListener('click', function () {
            restore.disabled = true;
            R.request(restBase, 'POST', '/moderation/recognitions/' + item.recognition.id + '/restore', {}).then(function () {
                card.remove();
                show('success', text.restored);
                refresh();
            }, function (error) {
                restore.disabled = false;
                show('error', error.errors && error.errors.length ? error.errors[0].message : text.failed);
            });
        });
        return card;
    }

    function loadQueue(reset) {
        queue.more.disabled = true;
        var path = '/moderation/queue?limit=20' + (!reset && queue.next ? '&cursor=' + encodeURIComponent(queue.next) : '');
        R.request(restBase, 'GET', path).then(function (page) {
            if (reset) {
                queue.list.replaceChildren();
            }
            page.items.forEach(function (item) { queue.list.appendChild(queueItem(item)); });
            queue.next = page.next;
            queue.more.hidden = !page.next;
            queue.empty.hidden = queue.list.children.length > 0;
        }, function () {
            show('error', text.failed);
        }).then(function () { queue.more.disabled = false; });
    }

    function loadHidden(reset) {
        hidden.more.disabled = true;
        var path = '/moderation/hidden?limit=20' + (!reset && hidden.next ? '&before=' + encodeURIComponent(hidden.next) : '');
        R.request(restBase, 'GET', path).then(function (page) {
            if (reset) {
                hidden.list.replaceChildren();
            }
            page.items.forEach(function (item) { hidden.list.appendChild(hiddenItem(item)); });
            hidden.next = page.next;
            hidden.more.hidden = !page.next;
            hidden.empty.hidden = hidden.list.children.length > 0;
        }, function () {
            show('error', text.failed);
        }).then(function () { hidden.more.disabled = false; });
    }

    function refresh() {
        loadQueue(true);
        loadHidden(true);
    }

    queue.more.addEventListener('click', function () { loadQueue(false); });
    hidden.more.addEventListener('click', function () { loadHidden(false); });
    refresh();
}());
