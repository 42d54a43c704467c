/*
 * The Feed page: recognitions newest first, filtered (everyone, received by me, given by me,
 * milestones), paged with the REST cursor ("Show more").
 */
(function () {
    'use strict';

    var root = document.getElementById('rapport-feed');
    if (!root || !window.Rapport) {
        return;
    }
    var R = window.Rapport;
    var restBase = root.getAttribute('data-rest-base');
    var contextPath = root.getAttribute('data-context-path');
    var me = root.getAttribute('data-user-key');
    var admin = root.getAttribute('data-admin') === 'true';
    var list = document.getElementById('rapport-feed-items');
    var more = document.getElementById('rapport-feed-more');
    var empty = document.getElementById('rapport-feed-empty');
    var error = document.getElementById('rapport-feed-error');
    var next = null;
    var filter = 'all';
    // Opened from an issue panel's "and N more": only what is linked to that issue, until cleared.
    var link = root.getAttribute('data-link') || '';
    var linkedBanner = document.getElementById('rapport-feed-linked');
    var counterText = AJS.I18n.getText('rapport.recognise.message.counter');
    var text = {
        recognised: AJS.I18n.getText('rapport.feed.recognised'),
        and: AJS.I18n.getText('rapport.feed.and'),
        private: AJS.I18n.getText('rapport.feed.private'),
        failed: AJS.I18n.getText('rapport.feed.failed'),
        reactions: {
            applause: AJS.I18n.getText('rapport.reaction.applause'),
            party: AJS.I18n.getText('rapport.reaction.party'),
            heart: AJS.I18n.getText('rapport.reaction.heart'),
            idea: AJS.I18n.getText('rapport.reaction.idea')
        },
        comments: {
            title: AJS.I18n.getText('rapport.comment.title'),
            add: AJS.I18n.getText('rapport.comment.add'),
            remove: AJS.I18n.getText('rapport.comment.delete')
        },
        own: {
            edit: AJS.I18n.getText('rapport.feed.edit'),
            remove: AJS.I18n.getText('rapport.feed.delete'),
            save: AJS.I18n.getText('rapport.feed.save'),
            message: AJS.I18n.getText('rapport.feed.message'),
            confirm: AJS.I18n.getText('rapport.feed.delete.confirm'),
            saved: AJS.I18n.getText('rapport.feed.saved'),
            deleted: AJS.I18n.getText('rapport.feed.deleted'),
            failed: AJS.I18n.getText('rapport.feed.change.failed')
        },
        moderation: {
            report: AJS.I18n.getText('rapport.moderation.report'),
            reportReason: AJS.I18n.getText('rapport.moderation.report.reason'),
            reported: AJS.I18n.getText('rapport.moderation.reported'),
            hide: AJS.I18n.getText('rapport.moderation.hide'),
            hideReason: AJS.I18n.getText('rapport.moderation.hide.reason'),
            hidden: AJS.I18n.getText('rapport.moderation.hidden'),
            cancel: AJS.I18n.getText('rapport.admin.categories.cancel'),
            failed: AJS.I18n.getText('rapport.moderation.failed')
        }
    };
    var KINDS = ['applause', 'party', 'heart', 'idea'];

    /** The reaction buttons of one card, showing counts and pressed for the caller's own. */
    function renderReactions(card, summary) {
        var bar = card.querySelector('.rapport-reactions');
        if (!bar) {
            bar = R.element('div', 'rapport-reactions');
            card.appendChild(bar);
        }
        bar.replaceChildren();
        KINDS.forEach(function (kind) {
            var mine = summary.mine.indexOf(kind) >= 0;
            var count = summary.counts[kind] || 0;
            var button = R.element('button', 'aui-button aui-button-subtle rapport-reaction' + (mine ? ' rapport-reaction-mine' : ''),
                text.reactions[kind] + (count ? ' \u00b7 ' + count : ''));
            button.type = 'button';
            button.setAttribute('data-kind', kind);
            button.setAttribute('aria-pressed', String(mine));
            button.addEventListener('click', function () {
                button.disabled = true;
                R.request(restBase, 'POST', '/recognitions/' + summary.recognitionId + '/reactions/' + kind, {})
                    .then(function (updated) { renderReactions(card, updated); }, function () { button.disabled = false; });
            });
            bar.appendChild(button);
        });
        var comments = R.element('button', 'aui-button aui-button-link rapport-comments-toggle', text.comments.title);
        comments.type = 'button';
        comments.addEventListener('click', function () { toggleComments(card, summary.recognitionId); });
        bar.appendChild(comments);
    }

    /** The comments of one card, opened on demand: list, add, delete your own. */
    function toggleComments(card, id) {
        var box = card.querySelector('.rapport-comments');
        if (box) {
            box.remove();
            return;
        }
        box = R.element('section', 'rapport-comments');
        var items = R.element('ul', 'rapport-comment-list');
        var form = R.element('form', 'aui rapport-comment-form');
        var input = R.element('textarea', 'textarea rapport-comment-input');
        input.maxLength = 1000;
        input.rows = 2;
        input.setAttribute('aria-label', text.comments.add);
        var error = R.element('div', 'error rapport-comment-error');
        var submit = R.element('button', 'aui-button rapport-comment-submit', text.comments.add);
        submit.type = 'submit';
        form.append(input, error, submit);
        box.append(items, form);
        card.appendChild(box);

        function show(comment) {
            var item = R.element('li', 'rapport-comment');
            item.setAttribute('data-id', String(comment.id));
            item.appendChild(R.element('strong', 'rapport-comment-author', comment.author.displayName));
            item.appendChild(R.element('span', 'rapport-comment-text', comment.text));
            if (comment.canDelete) {
                var remove = R.element('button', 'aui-button aui-button-link rapport-comment-delete', text.comments.remove);
                remove.type = 'button';
                remove.addEventListener('click', function () {
                    R.request(restBase, 'DELETE', '/recognitions/' + id + '/comments/' + comment.id, {}).then(function () {
                        item.remove();
                    });
                });
                item.appendChild(remove);
            }
            items.appendChild(item);
        }

        R.request(restBase, 'GET', '/recognitions/' + id + '/comments').then(function (list) { list.forEach(show); });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            error.textContent = '';
            R.request(restBase, 'POST', '/recognitions/' + id + '/comments', {text: input.value}).then(function (comment) {
                input.value = '';
                show(comment);
            }, function (failure) {
                error.textContent = (failure.errors && failure.errors.length) ? failure.errors[0].message : text.failed;
            });
        });
        input.focus();
    }

    /**
     * The moderation action of one card: admins hide it (with a reason); everyone else may report
     * what they did not give. Both ask for the reason in a small form under the card.
     */
    /** A short confirmation in an AUI flag (i18n text only, never user text). */
    function confirmWith(message) {
        if (AJS.flag) {
            AJS.flag({type: 'success', body: AJS.escapeHtml(message), close: 'auto'});
        }
    }

    /** A card as the feed shows it, with its actions and reactions. */
    function cardOf(r) {
        var card = R.renderRecognition(contextPath, r, text);
        addOwnActions(card, r);
        addModeration(card, r);
        return card;
    }

    /**
     * The giver's own actions while the API says the recognition may still change
     * ({@code editableUntil}, 15 minutes): edit the message in place, or delete it after a
     * confirmation. Both answer from the server; the card shows the new state at once.
     */
    function addOwnActions(card, r) {
        if (!r.editableUntil) {
            return;
        }
        var o = text.own;
        var bar = R.element('div', 'rapport-own-bar');
        var edit = R.element('button', 'aui-button aui-button-link rapport-edit', o.edit);
        var remove = R.element('button', 'aui-button aui-button-link rapport-delete', o.remove);
        edit.type = 'button';
        remove.type = 'button';
        bar.append(edit, remove);
        card.appendChild(bar);
        edit.addEventListener('click', function () {
            if (card.querySelector('.rapport-edit-form')) {
                return;
            }
            var form = R.element('form', 'aui rapport-edit-form');
            form.noValidate = true;
            var group = R.element('div', 'field-group');
            var id = 'rapport-edit-' + r.id;
            var label = R.element('label', null, o.message);
            label.htmlFor = id;
            var input = R.element('textarea', 'textarea rapport-edit-message');
            input.id = id;
            input.rows = 3;
            // No maxLength, which would cut a paste short without a word: the counter turns red and the server refuses.
            input.value = r.message;
            var counter = R.element('div', 'description rapport-edit-counter');
            counter.setAttribute('aria-live', 'polite');
            var count = function () {
                var length = Array.from(input.value).length;
                counter.textContent = counterText.replace('{0}', String(length)).replace('{1}', '2000');
                counter.classList.toggle('rapport-counter-over', length > 2000);
            };
            input.addEventListener('input', count);
            count();
            var fieldError = R.element('div', 'error');
            fieldError.setAttribute('data-field', 'message');
            group.append(label, input, counter, fieldError);
            var general = R.element('div', 'rapport-edit-general');
            var save = R.element('button', 'aui-button aui-button-primary rapport-edit-save', o.save);
            save.type = 'submit';
            var cancel = R.element('button', 'aui-button aui-button-link rapport-edit-cancel', text.moderation.cancel);
            cancel.type = 'button';
            cancel.addEventListener('click', function () { form.remove(); });
            var buttons = R.element('div', 'buttons');
            buttons.append(save, cancel);
            form.append(group, general, buttons);
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                general.replaceChildren();
                fieldError.textContent = '';
                save.disabled = true;
                R.request(restBase, 'PUT', '/recognitions/' + r.id,
                    {message: input.value, categoryId: r.category ? r.category.id : null}).then(function (updated) {
                    var fresh = cardOf(updated);
                    card.replaceWith(fresh);
                    loadReactions([fresh]);
                    confirmWith(o.saved);
                }, function (error) {
                    R.showFieldErrors(form, error, function (message) { R.showMessage(general, 'error', message); }, o.failed);
                }).then(function () { save.disabled = false; });
            });
            bar.after(form);
            input.focus();
        });
        remove.addEventListener('click', function () {
            if (card.querySelector('.rapport-delete-confirm')) {
                return;
            }
            var box = R.element('div', 'rapport-delete-confirm');
            box.setAttribute('role', 'alertdialog');
            var question = R.element('p', null, o.confirm);
            var yes = R.element('button', 'aui-button aui-button-primary rapport-delete-yes', o.remove);
            var no = R.element('button', 'aui-button aui-button-link rapport-delete-no', text.moderation.cancel);
            var general = R.element('div', 'rapport-delete-general');
            yes.type = 'button';
            no.type = 'button';
            no.addEventListener('click', function () { box.remove(); });
            yes.addEventListener('click', function () {
                yes.disabled = true;
                general.replaceChildren();
                R.request(restBase, 'DELETE', '/recognitions/' + r.id, {}).then(function () {
                    card.remove();
                    empty.hidden = list.children.length > 0;
                    confirmWith(o.deleted);
                }, function () {
                    R.showMessage(general, 'error', o.failed);
                    yes.disabled = false;
                });
            });
            box.append(question, yes, no, general);
            bar.after(box);
            yes.focus();
        });
    }

    function addModeration(card, r) {
        var m = text.moderation;
        if (r.hidden) {
            card.querySelector('.rapport-recognition-meta').appendChild(R.element('span', 'aui-lozenge aui-lozenge-removed', m.hidden));
            return;
        }
        if (!admin && r.giver.key === me) {
            return;
        }
        var bar = R.element('div', 'rapport-moderation-bar');
        var button = R.element('button', 'aui-button aui-button-link ' + (admin ? 'rapport-hide' : 'rapport-report'), admin ? m.hide : m.report);
        button.type = 'button';
        bar.appendChild(button);
        card.appendChild(bar);
        button.addEventListener('click', function () {
            if (bar.querySelector('.rapport-reason-form')) {
                return;
            }
            bar.appendChild(R.reasonForm({
                label: admin ? m.hideReason : m.reportReason,
                submitLabel: admin ? m.hide : m.report,
                cancelLabel: m.cancel,
                failed: m.failed,
                send: function (reason) {
                    return admin
                        ? R.request(restBase, 'POST', '/moderation/recognitions/' + r.id + '/hide', {reason: reason})
                        : R.request(restBase, 'POST', '/recognitions/' + r.id + '/reports', {reason: reason});
                },
                done: function () {
                    if (admin) {
                        card.remove();
                        empty.hidden = list.children.length > 0;
                    } else {
                        bar.replaceChildren(R.element('span', 'rapport-reported', m.reported));
                    }
                }
            }));
        });
    }

    function loadReactions(cards) {
        if (!cards.length) {
            return;
        }
        var ids = cards.map(function (card) { return card.getAttribute('data-id'); });
        R.request(restBase, 'GET', '/recognitions/reactions?ids=' + ids.join(',')).then(function (summaries) {
            summaries.forEach(function (summary) {
                var card = cards.filter(function (c) { return c.getAttribute('data-id') === String(summary.recognitionId); })[0];
                if (card) {
                    renderReactions(card, summary);
                }
            });
        });
    }

    function query(cursor) {
        var params = ['limit=20'];
        if (filter === 'received') {
            params.push('receivedBy=' + encodeURIComponent(me));
        } else if (filter === 'given') {
            params.push('givenBy=' + encodeURIComponent(me));
        } else if (filter === 'milestones') {
            params.push('milestones=true');
        } else if (filter === 'team') {
            params.push('team=mine');
        } else if (link) {
            params.push('link=' + encodeURIComponent(link));
        }
        if (cursor) {
            params.push('cursor=' + encodeURIComponent(cursor));
        }
        return '/recognitions?' + params.join('&');
    }

    var unread = document.getElementById('rapport-unread');

    /** Shows how many recognitions arrived unseen; opening "Received by me" marks them read. */
    function showUnread(count) {
        unread.textContent = String(count);
        unread.hidden = count === 0;
    }

    // The header badge (notification-badge.js) counts unread notifications on every page; the feed
    // takes its count rather than asking REST a second time, and asks REST only where no badge is.
    document.addEventListener('rapport:notifications-count', function (event) {
        showUnread(event.detail.count);
    });

    // The header link is in the page before any script runs; the badge script (context atl.general,
    // on every page with the link) adds its count there, whichever of the two scripts runs first.
    function headerCounts() {
        return document.getElementById('rapport-notifications-link') !== null;
    }

    function refreshUnread() {
        if (headerCounts()) {
            document.dispatchEvent(new CustomEvent('rapport:notifications-changed'));
            return;
        }
        R.request(restBase, 'GET', '/notifications/unread').then(function (result) {
            showUnread(result.count);
        });
    }

    function firstUnread() {
        var badge = document.getElementById('rapport-notification-count');
        if (!headerCounts()) {
            refreshUnread();
        } else if (badge && badge.hasAttribute('data-count')) {
            showUnread(Number(badge.getAttribute('data-count')));
        }
        // else: the badge's first count is on its way and arrives as rapport:notifications-count.
    }

    function load(reset) {
        error.hidden = true;
        more.disabled = true;
        R.request(restBase, 'GET', query(reset ? null : next)).then(function (page) {
            if (reset) {
                list.replaceChildren();
            }
            var cards = page.items.map(function (r) {
                var card = cardOf(r);
                list.appendChild(card);
                return card;
            });
            loadReactions(cards);
            next = page.next;
            more.hidden = !next;
            empty.hidden = list.children.length > 0;
        }, function () {
            error.textContent = text.failed;
            error.hidden = false;
        }).then(function () {
            more.disabled = false;
        });
    }

    document.querySelectorAll('[data-feed-filter]').forEach(function (button) {
        button.addEventListener('click', function () {
            filter = button.getAttribute('data-feed-filter');
            clearLink();
            clearSingle();
            if (filter === 'received' && !unread.hidden) {
                R.request(restBase, 'POST', '/notifications/read-all', {}).then(refreshUnread);
            }
            document.querySelectorAll('[data-feed-filter]').forEach(function (b) {
                b.setAttribute('aria-pressed', String(b === button));
                b.classList.toggle('active', b === button);
            });
            load(true);
        });
    });
    /** Leaves the one-recognition view (opened from a notification) for the whole feed. */
    function clearSingle() {
        var banner = document.getElementById('rapport-feed-single');
        if (banner) {
            banner.remove();
            if (window.history && window.history.replaceState) {
                window.history.replaceState(null, '', window.location.pathname);
            }
        }
    }
    function clearLink() {
        link = '';
        if (linkedBanner) {
            linkedBanner.hidden = true;
        }
    }
    if (linkedBanner) {
        document.getElementById('rapport-feed-linked-clear').addEventListener('click', function () {
            clearLink();
            load(true);
        });
    }
    more.addEventListener('click', function () { load(false); });

    /*
     * Opened from a notification (?recognition=ID): only that card, highlighted, with a way back to
     * the whole feed; the caller's notifications about it become read. A recognition that is gone
     * (deleted, hidden, no longer shared) answers 404 and shows a plain "no longer available".
     */
    var single = (new URLSearchParams(window.location.search).get('recognition') || '').trim();
    function showSingle(id) {
        var banner = R.element('div', 'aui-message aui-message-info rapport-feed-single');
        banner.id = 'rapport-feed-single';
        var p = R.element('p', null, AJS.I18n.getText('rapport.feed.single') + ' ');
        var all = R.element('button', 'aui-button aui-button-link', AJS.I18n.getText('rapport.feed.single.all'));
        all.type = 'button';
        all.id = 'rapport-feed-single-all';
        all.addEventListener('click', function () {
            clearSingle();
            load(true);
        });
        p.appendChild(all);
        banner.appendChild(p);
        list.parentNode.insertBefore(banner, list);
        list.replaceChildren();
        more.hidden = true;
        empty.hidden = true;
        R.request(restBase, 'GET', '/recognitions/' + id).then(function (r) {
            var card = cardOf(r);
            card.id = 'recognition-' + r.id;
            card.classList.add('rapport-recognition-focus');
            card.tabIndex = -1;
            list.appendChild(card);
            loadReactions([card]);
            card.scrollIntoView({block: 'center'});
            card.focus({preventScroll: true});
        }, function (failure) {
            var gone = R.element('div', 'aui-message aui-message-warning rapport-feed-gone',
                failure && failure.status === 404 ? AJS.I18n.getText('rapport.feed.single.gone') : text.failed);
            gone.id = 'rapport-feed-gone';
            list.appendChild(gone);
        });
        // Read even when it is gone: the notification has nothing more to show.
        R.request(restBase, 'POST', '/notifications/read-about', {subject: 'recognition', id: Number(id)}).then(function () {
            refreshUnread(); // the header badge counts again (and tells the feed), or REST where there is none
        }, function () { /* the badge keeps its count; nothing to tell */ });
    }
    if (/^[0-9]{1,9}$/.test(single) && Number(single) > 0) {
        showSingle(single);
    } else {
        load(true);
        firstUnread();
    }

    var direction = document.getElementById('rapport-leaderboard-direction');
    if (!direction) {
        // The admins' leaderboard setting hides it from this person: the page has no leaderboard.
        return;
    }
    var period = document.getElementById('rapport-leaderboard-period');
    var entries = document.getElementById('rapport-leaderboard-entries');
    var board = {empty: document.getElementById('rapport-leaderboard-empty')};

    function loadLeaderboard() {
        R.request(restBase, 'GET', '/leaderboards?limit=10&direction=' + encodeURIComponent(direction.value)
            + '&period=' + encodeURIComponent(period.value)).then(function (result) {
            entries.replaceChildren();
            result.entries.forEach(function (entry) {
                var item = R.element('li', 'rapport-leaderboard-entry');
                item.appendChild(R.element('span', 'rapport-leaderboard-rank', String(entry.rank)));
                var person = R.element('a', 'rapport-leaderboard-person', entry.person.displayName);
                person.href = contextPath + '/secure/ViewProfile.jspa?name=' + encodeURIComponent(entry.person.username);
                item.appendChild(person);
                item.appendChild(R.element('span', 'rapport-leaderboard-count', String(entry.count)));
                entries.appendChild(item);
            });
            board.empty.hidden = result.entries.length > 0;
        });
    }

    direction.addEventListener('change', loadLeaderboard);
    period.addEventListener('change', loadLeaderboard);
    loadLeaderboard();
}());
