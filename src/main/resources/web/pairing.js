/*
 * The pairing page: one pairing from /rest/rapport/1.0/mentoring/pairings/{id}, and the caller's
 * actions on it (accept, decline, withdraw; end with an outcome and a reason; feedback). The server
 * lists the allowed actions; the page offers only those. Each action confirms itself with a flag and
 * re-renders the pairing from the answer; a "rapport:pairing-changed" event (a check-in, a goal, the
 * rhythm) reloads the summary in place. When what the viewer may change moves (accepted, ended), the
 * check-in and goal sections are told through their data-can-change and "rapport:pairing-sections".
 * User text goes in with textContent only.
 */
(function () {
    'use strict';

    var root = document.getElementById('rapport-pairing');
    if (!root || !window.Rapport) {
        return;
    }
    var R = window.Rapport;
    var restBase = root.getAttribute('data-rest-base');
    var id = root.getAttribute('data-pairing-id');
    var errorBox = document.getElementById('rapport-pairing-error');
    var notFound = document.getElementById('rapport-pairing-not-found');
    var summary = document.getElementById('rapport-pairing-summary');
    var actions = document.getElementById('rapport-pairing-actions');
    var endForm = document.getElementById('rapport-pairing-end-form');
    var feedbackForm = document.getElementById('rapport-pairing-feedback-form');
    var text = {
        failed: AJS.I18n.getText('rapport.mentoring.failed'),
        people: AJS.I18n.getText('rapport.mentoring.pairing.people'),
        since: AJS.I18n.getText('rapport.mentoring.pairing.activeSince'),
        proposedOn: AJS.I18n.getText('rapport.mentoring.pairing.proposedOn'),
        endedOn: AJS.I18n.getText('rapport.mentoring.pairing.endedOn'),
        cadence: AJS.I18n.getText('rapport.mentoring.pairing.cadence'),
        lastCheckIn: AJS.I18n.getText('rapport.mentoring.pairing.lastCheckInCount'),
        noCheckIn: AJS.I18n.getText('rapport.mentoring.pairing.noCheckIn'),
        status: {
            PROPOSED: AJS.I18n.getText('rapport.mentoring.pairing.status.PROPOSED'),
            ACTIVE: AJS.I18n.getText('rapport.mentoring.pairing.status.ACTIVE'),
            COMPLETED: AJS.I18n.getText('rapport.mentoring.pairing.status.COMPLETED'),
            ENDED: AJS.I18n.getText('rapport.mentoring.pairing.status.ENDED'),
            DECLINED: AJS.I18n.getText('rapport.mentoring.pairing.status.DECLINED'),
            WITHDRAWN: AJS.I18n.getText('rapport.mentoring.pairing.status.WITHDRAWN')
        },
        health: {
            ON_TRACK: AJS.I18n.getText('rapport.mentoring.pairing.health.ON_TRACK'),
            OVERDUE: AJS.I18n.getText('rapport.mentoring.pairing.health.OVERDUE')
        },
        action: {
            accept: AJS.I18n.getText('rapport.mentoring.pairing.action.accept'),
            decline: AJS.I18n.getText('rapport.mentoring.pairing.action.decline'),
            withdraw: AJS.I18n.getText('rapport.mentoring.pairing.action.withdraw'),
            end: AJS.I18n.getText('rapport.mentoring.pairing.action.end'),
            feedback: AJS.I18n.getText('rapport.mentoring.pairing.action.feedback')
        },
        feedback: {
            MENTOR: AJS.I18n.getText('rapport.mentoring.pairing.feedback.MENTOR'),
            MENTEE: AJS.I18n.getText('rapport.mentoring.pairing.feedback.MENTEE')
        },
        done: {
            accept: AJS.I18n.getText('rapport.mentoring.pairing.done.accept'),
            decline: AJS.I18n.getText('rapport.mentoring.pairing.done.decline'),
            withdraw: AJS.I18n.getText('rapport.mentoring.pairing.done.withdraw'),
            end: AJS.I18n.getText('rapport.mentoring.pairing.done.end'),
            feedback: AJS.I18n.getText('rapport.mentoring.pairing.done.feedback')
        }
    };

    function format(template) {
        var args = Array.prototype.slice.call(arguments, 1);
        return template.replace(/\{(\d)\}/g, function (all, i) { return String(args[Number(i)]); });
    }

    function day(instant) {
        return instant ? instant.substring(0, 10) : '';
    }

    function fail() {
        errorBox.textContent = text.failed;
        errorBox.hidden = false;
    }

    function show(block, textEl, value) {
        document.getElementById(block).hidden = !value;
        document.getElementById(textEl).textContent = value || '';
    }

    /** Keeps the check-in and goal sections in step with what the viewer may change now. */
    function syncSections(p) {
        if (!p.sections) {
            return;
        }
        var moved = false;
        ['rapport-pairing-checkins', 'rapport-pairing-goals'].forEach(function (sectionId) {
            var section = document.getElementById(sectionId);
            var value = String(p.sections.canChange);
            if (section && section.getAttribute('data-can-change') !== value) {
                section.setAttribute('data-can-change', value);
                section.setAttribute('data-cadence-days', String(p.cadenceDays));
                section.setAttribute('data-counts-as-help', String(p.countsAsHelp));
                moved = true;
            }
        });
        if (moved) {
            document.dispatchEvent(new CustomEvent('rapport:pairing-sections'));
        }
    }

    function render(p) {
        renderSummary(p);
        renderActions(p);
        syncSections(p);
    }

    function renderSummary(p) {
        summary.hidden = false;
        summary.setAttribute('data-status', p.status);
        var status = document.getElementById('rapport-pairing-status');
        status.textContent = text.status[p.status] || p.status;
        var health = document.getElementById('rapport-pairing-health');
        health.hidden = !p.health;
        health.textContent = p.health ? text.health[p.health] : '';
        health.className = 'aui-lozenge ' + (p.health === 'OVERDUE' ? 'aui-lozenge-removed' : 'aui-lozenge-success');
        document.getElementById('rapport-pairing-people').textContent = format(text.people, p.mentor.name, p.mentee.name);
        var dates = format(text.proposedOn, day(p.createdAt));
        if (p.startedAt) {
            dates += ' \u00b7 ' + format(text.since, day(p.startedAt));
        }
        if (p.endedAt) {
            dates += ' \u00b7 ' + format(text.endedOn, day(p.endedAt));
        }
        document.getElementById('rapport-pairing-dates').textContent = dates;
        document.getElementById('rapport-pairing-cadence').textContent = format(text.cadence, p.cadenceDays);
        document.getElementById('rapport-pairing-checkin').textContent = p.lastCheckInOn
            ? format(text.lastCheckIn, p.lastCheckInOn, p.checkInCount) : text.noCheckIn;
        show('rapport-pairing-message-block', 'rapport-pairing-message', p.message);
        show('rapport-pairing-reason-block', 'rapport-pairing-reason', p.endReason);
        var feedback = document.getElementById('rapport-pairing-feedback');
        feedback.replaceChildren();
        (p.feedback || []).forEach(function (f) {
            var item = R.element('li', 'rapport-pairing-feedback-item', format(text.feedback[f.side], f.rating));
            if (f.comment) {
                item.appendChild(R.element('p', 'rapport-pairing-text', f.comment));
            }
            feedback.appendChild(item);
        });
        document.getElementById('rapport-pairing-feedback-block').hidden = !(p.feedback && p.feedback.length);
    }

    function renderActions(p) {
        actions.replaceChildren();
        endForm.hidden = true;
        feedbackForm.hidden = true;
        p.actions.forEach(function (action) {
            var button = R.element('button', 'aui-button rapport-pairing-action', text.action[action] || action);
            button.type = 'button';
            button.setAttribute('data-action', action);
            button.addEventListener('click', function () {
                if (action === 'end') {
                    endForm.hidden = false;
                    document.getElementById('rapport-pairing-end-reason').focus();
                } else if (action === 'feedback') {
                    feedbackForm.hidden = false;
                    document.getElementById('rapport-pairing-rating').focus();
                } else {
                    button.disabled = true;
                    post('/' + action, {}).then(function () {
                        R.flag('success', text.done[action]);
                    }, function () { button.disabled = false; });
                }
            });
            actions.appendChild(button);
        });
    }

    function post(path, body, form) {
        errorBox.hidden = true;
        return R.request(restBase, 'POST', '/mentoring/pairings/' + id + path, body).then(render, function (error) {
            if (form) {
                R.showFieldErrors(form, error, function (message) {
                    errorBox.textContent = message;
                    errorBox.hidden = false;
                }, text.failed);
            } else {
                R.showFieldErrors(document.createElement('form'), error, function (message) {
                    errorBox.textContent = message;
                    errorBox.hidden = false;
                }, text.failed);
            }
            throw error;
        });
    }

    function wire(form, path, body) {
        form.querySelector('[data-cancel]').addEventListener('click', function () { form.hidden = true; });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            form.querySelectorAll('.error[data-field]').forEach(function (el) { el.textContent = ''; });
            var submit = form.querySelector('button[type=submit]');
            submit.disabled = true;
            post(path, body(), form).then(function () {
                submit.disabled = false;
                R.flag('success', text.done[path.substring(1)]);
            }, function () { submit.disabled = false; });
        });
    }

    wire(endForm, '/end', function () {
        var chosen = endForm.querySelector('input[name=outcome]:checked');
        return {outcome: chosen ? chosen.value : null, reason: document.getElementById('rapport-pairing-end-reason').value};
    });
    wire(feedbackForm, '/feedback', function () {
        var rating = document.getElementById('rapport-pairing-rating').value.trim();
        return {
            rating: /^[0-9]{1,2}$/.test(rating) ? Number(rating) : null,
            comment: document.getElementById('rapport-pairing-comment').value
        };
    });

    if (!id) {
        notFound.hidden = false;
        return;
    }
    // A check-in, a goal or the rhythm changed: the summary's counts, due time and health follow.
    document.addEventListener('rapport:pairing-changed', function () {
        R.request(restBase, 'GET', '/mentoring/pairings/' + id).then(renderSummary, function () { /* the next action says so */ });
    });
    R.request(restBase, 'GET', '/mentoring/pairings/' + id).then(render, function (error) {
        if (error.status === 404) {
            notFound.hidden = false;
        } else {
            fail();
        }
    });
    // Opening the pairing reads the caller's notifications about it (proposal, acceptance, overdue check-in).
    R.request(restBase, 'POST', '/notifications/read-about', {subject: 'pairing', id: Number(id)}).then(function () {
        document.dispatchEvent(new CustomEvent('rapport:notifications-changed'));
    }, function () { /* the badge keeps its count; nothing to tell */ });
}());
