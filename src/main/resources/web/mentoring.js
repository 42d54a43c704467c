/*
 * The mentoring page: the caller's mentee profile with mentor suggestions (score and reasons), and
 * their mentor profile. Everything goes through /rest/rapport/1.0/mentoring; user text goes in
 * with textContent only.
 */
(function () {
    'use strict';

    var root = document.getElementById('rapport-mentoring');
    if (!root || !window.Rapport) {
        return;
    }
    var R = window.Rapport;
    var restBase = root.getAttribute('data-rest-base');
    var errorBox = document.getElementById('rapport-mentoring-error');
    var text = {
        failed: AJS.I18n.getText('rapport.mentoring.failed'),
        mentorSaved: AJS.I18n.getText('rapport.mentoring.mentor.saved'),
        menteeSaved: AJS.I18n.getText('rapport.mentoring.mentee.saved'),
        noProfile: AJS.I18n.getText('rapport.mentoring.suggestions.noProfile'),
        none: AJS.I18n.getText('rapport.mentoring.suggestions.none'),
        score: AJS.I18n.getText('rapport.mentoring.suggestion.score'),
        scale: AJS.I18n.getText('rapport.mentoring.suggestions.scale'),
        capacity: AJS.I18n.getText('rapport.mentoring.suggestion.capacity'),
        ask: AJS.I18n.getText('rapport.mentoring.ask'),
        askTitle: AJS.I18n.getText('rapport.mentoring.ask.title'),
        askSent: AJS.I18n.getText('rapport.mentoring.ask.sent'),
        none: AJS.I18n.getText('rapport.mentoring.pairings.none'),
        people: AJS.I18n.getText('rapport.mentoring.pairing.people'),
        open: AJS.I18n.getText('rapport.mentoring.pairing.open'),
        status: {
            PROPOSED: AJS.I18n.getText('rapport.mentoring.pairing.status.PROPOSED'),
            ACTIVE: AJS.I18n.getText('rapport.mentoring.pairing.status.ACTIVE'),
            COMPLETED: AJS.I18n.getText('rapport.mentoring.pairing.status.COMPLETED'),
            ENDED: AJS.I18n.getText('rapport.mentoring.pairing.status.ENDED'),
            DECLINED: AJS.I18n.getText('rapport.mentoring.pairing.status.DECLINED'),
            WITHDRAWN: AJS.I18n.getText('rapport.mentoring.pairing.status.WITHDRAWN')
        },
        action: {
            accept: AJS.I18n.getText('rapport.mentoring.pairing.action.accept'),
            decline: AJS.I18n.getText('rapport.mentoring.pairing.action.decline'),
            withdraw: AJS.I18n.getText('rapport.mentoring.pairing.action.withdraw')
        },
        done: {
            accept: AJS.I18n.getText('rapport.mentoring.pairing.done.accept'),
            decline: AJS.I18n.getText('rapport.mentoring.pairing.done.decline'),
            withdraw: AJS.I18n.getText('rapport.mentoring.pairing.done.withdraw')
        }
    };
    var contextPath = root.getAttribute('data-context-path');

    function showError(message) {
        errorBox.textContent = message;
        errorBox.hidden = false;
    }

    function browserZone() {
        try {
            return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
        } catch (e) {
            return 'UTC';
        }
    }

    function tags(input) {
        return input.value.split(',').map(function (s) { return s.trim(); }).filter(function (s) { return s; });
    }

    function format(template) {
        var args = Array.prototype.slice.call(arguments, 1);
        return template.replace(/\{(\d)\}/g, function (all, i) { return String(args[Number(i)]); });
    }

    // --- My pairings
    var pairingLists = {
        incoming: document.getElementById('rapport-pairings-incoming'),
        outgoing: document.getElementById('rapport-pairings-outgoing'),
        active: document.getElementById('rapport-pairings-active'),
        past: document.getElementById('rapport-pairings-past')
    };
    var pairingsResult = document.getElementById('rapport-pairings-result');

    function renderPairing(p) {
        var item = R.element('li', 'rapport-pairing');
        item.setAttribute('data-id', String(p.id));
        item.setAttribute('data-status', p.status);
        item.appendChild(R.element('span', 'aui-lozenge rapport-pairing-status', text.status[p.status] || p.status));
        item.appendChild(document.createTextNode(' '));
        item.appendChild(R.element('span', 'rapport-pairing-people', format(text.people, p.mentor.name, p.mentee.name)));
        item.appendChild(document.createTextNode(' '));
        var link = R.element('a', 'rapport-pairing-open', text.open);
        link.href = contextPath + '/plugins/servlet/rapport/mentoring/pairing?id=' + encodeURIComponent(String(p.id));
        item.appendChild(link);
        p.actions.filter(function (a) { return text.action[a]; }).forEach(function (action) {
            var button = R.element('button', 'aui-button aui-button-compact rapport-pairing-action', text.action[action]);
            button.type = 'button';
            button.setAttribute('data-action', action);
            button.addEventListener('click', function () {
                button.disabled = true;
                errorBox.hidden = true;
                pairingsResult.replaceChildren();
                R.request(restBase, 'POST', '/mentoring/pairings/' + p.id + '/' + action, {}).then(function () {
                    R.flag('success', text.done[action]);
                    return loadPairings();
                }, function (error) {
                    button.disabled = false;
                    R.showFieldErrors(document.createElement('form'), error, showError, text.failed);
                });
            });
            item.appendChild(document.createTextNode(' '));
            item.appendChild(button);
        });
        return item;
    }

    function loadPairings() {
        return R.request(restBase, 'GET', '/mentoring/pairings?mine=true&limit=50').then(function (page) {
            Object.keys(pairingLists).forEach(function (k) { pairingLists[k].replaceChildren(); });
            page.items.forEach(function (p) {
                var list = p.status === 'ACTIVE' ? 'active'
                    : p.status !== 'PROPOSED' ? 'past'
                        : p.actions.indexOf('accept') >= 0 ? 'incoming' : 'outgoing';
                pairingLists[list].appendChild(renderPairing(p));
            });
            Object.keys(pairingLists).forEach(function (k) {
                if (!pairingLists[k].children.length) {
                    pairingLists[k].appendChild(R.element('li', 'rapport-mentoring-empty', text.none));
                }
            });
        }, function () {
            showError(text.failed);
        });
    }

    // --- Asking a mentor: one form, moved under the mentor it is for.
    var askForm = document.getElementById('rapport-ask-form');
    var askTitle = document.getElementById('rapport-ask-title');
    var askMessage = document.getElementById('rapport-ask-message');
    var askSend = document.getElementById('rapport-ask-send');
    var askMentor = null;

    function openAsk(mentorKey, mentorName, container, before) {
        askMentor = mentorKey;
        askTitle.textContent = format(text.askTitle, mentorName);
        askForm.querySelectorAll('.error[data-field]').forEach(function (el) { el.textContent = ''; });
        container.insertBefore(askForm, before || null);
        askForm.hidden = false;
        askMessage.focus();
    }

    document.getElementById('rapport-ask-cancel').addEventListener('click', function () {
        askForm.hidden = true;
        askMentor = null;
    });
    askForm.addEventListener('submit', function (event) {
        event.preventDefault();
        errorBox.hidden = true;
        pairingsResult.replaceChildren();
        askSend.disabled = true;
        askForm.querySelectorAll('.error[data-field]').forEach(function (el) { el.textContent = ''; });
        R.request(restBase, 'POST', '/mentoring/pairings', {
            mentor: askMentor,
            mentee: root.getAttribute('data-user-key'),
            message: askMessage.value
        }).then(function () {
            askSend.disabled = false;
            askForm.hidden = true;
            askMessage.value = '';
            R.showMessage(pairingsResult, 'success', text.askSent);
            loadPairings();
        }, function (error) {
            askSend.disabled = false;
            R.showFieldErrors(askForm, error, showError, text.failed);
        });
    });

    /** Loads a profile the page says exists; a 404 (deleted meanwhile) leaves the form with its defaults. */
    function load(path, fill) {
        return R.request(restBase, 'GET', path).then(fill, function (error) {
            if (error.status !== 404) {
                showError(text.failed);
            }
        });
    }

    function submit(form, button, result, send, done) {
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            errorBox.hidden = true;
            result.replaceChildren();
            button.disabled = true;
            form.querySelectorAll('.error[data-field]').forEach(function (el) { el.textContent = ''; });
            send().then(function (saved) {
                button.disabled = false;
                done(saved);
            }, function (error) {
                button.disabled = false;
                result.replaceChildren();
                R.showFieldErrors(form, error, showError, text.failed);
            });
        });
    }

    // --- Become a mentor
    var mentorForm = document.getElementById('rapport-mentor-form');
    var mentorSkills = document.getElementById('rapport-mentor-skills');
    var mentorCapacity = document.getElementById('rapport-mentor-capacity');
    var mentorPaused = document.getElementById('rapport-mentor-paused');
    var mentorOpen = document.getElementById('rapport-mentor-open');
    var mentorBio = document.getElementById('rapport-mentor-bio');
    var mentorZone = document.getElementById('rapport-mentor-timezone');
    var mentorResult = document.getElementById('rapport-mentor-result');
    mentorZone.value = browserZone();

    function fillMentor(m) {
        mentorSkills.value = m.skills.join(', ');
        mentorCapacity.value = String(m.capacity);
        mentorPaused.checked = m.paused;
        mentorOpen.checked = !m.paused;
        mentorBio.value = m.bio;
        mentorZone.value = m.timeZone;
    }

    submit(mentorForm, document.getElementById('rapport-mentor-save'), mentorResult, function () {
        var capacity = mentorCapacity.value.trim();
        return R.request(restBase, 'PUT', '/mentoring/profile/mentor', {
            skills: tags(mentorSkills),
            capacity: /^[0-9]{1,3}$/.test(capacity) ? Number(capacity) : null,
            paused: mentorPaused.checked,
            bio: mentorBio.value,
            timeZone: mentorZone.value.trim()
        });
    }, function (saved) {
        fillMentor(saved);
        R.showMessage(mentorResult, 'success', text.mentorSaved);
    });

    // --- Find a mentor
    var menteeForm = document.getElementById('rapport-mentee-form');
    var menteeGoals = document.getElementById('rapport-mentee-goals');
    var menteeSkills = document.getElementById('rapport-mentee-skills');
    var menteeZone = document.getElementById('rapport-mentee-timezone');
    var menteeOther = document.getElementById('rapport-mentee-other-department');
    var menteeOverlap = document.getElementById('rapport-mentee-overlap');
    var menteeResult = document.getElementById('rapport-mentee-result');
    var list = document.getElementById('rapport-mentoring-suggestions');
    menteeZone.value = browserZone();

    function fillMentee(m) {
        menteeGoals.value = m.goals;
        menteeSkills.value = m.skills.join(', ');
        menteeZone.value = m.timeZone;
        menteeOther.checked = m.preferOtherDepartment;
        menteeOverlap.checked = m.preferOverlappingTimezone;
    }

    function renderSuggestion(s) {
        var card = R.element('article', 'rapport-mentoring-suggestion');
        card.setAttribute('data-user-key', s.mentor.person.key);
        var header = R.element('header', 'rapport-mentoring-suggestion-header');
        header.appendChild(R.element('strong', 'rapport-person', s.mentor.person.displayName));
        header.appendChild(document.createTextNode(' '));
        // Plain text, not a lozenge: a lozenge shouts in capitals and reads as a status, not a figure.
        header.appendChild(R.element('span', 'rapport-mentoring-score', format(text.score, s.score, s.maxScore)));
        card.appendChild(header);
        if (s.mentor.bio) {
            card.appendChild(R.element('p', 'rapport-mentoring-bio', s.mentor.bio));
        }
        var skills = R.element('div', 'rapport-mentoring-skills');
        s.mentor.skills.forEach(function (skill) {
            skills.appendChild(R.element('span', 'aui-label', skill));
        });
        card.appendChild(skills);
        var reasons = R.element('ul', 'rapport-mentoring-reasons');
        s.reasons.forEach(function (reason) {
            var item = R.element('li', 'rapport-mentoring-reason', reason.text);
            item.setAttribute('data-code', reason.code);
            reasons.appendChild(item);
        });
        card.appendChild(reasons);
        card.appendChild(R.element('p', 'rapport-mentoring-meta', format(text.capacity, s.mentor.capacity) + ' · ' + s.mentor.timeZone));
        var ask = R.element('button', 'aui-button rapport-mentoring-ask', text.ask);
        ask.type = 'button';
        ask.addEventListener('click', function () {
            openAsk(s.mentor.person.key, s.mentor.person.displayName, card);
        });
        card.appendChild(ask);
        return card;
    }

    function loadSuggestions() {
        return R.request(restBase, 'GET', '/mentoring/suggestions').then(function (answer) {
            list.replaceChildren();
            if (!answer.suggestions.length) {
                list.appendChild(R.element('p', 'rapport-mentoring-empty', text.none));
            }
            if (answer.suggestions.length) {
                list.appendChild(R.element('p', 'rapport-mentoring-scale', format(text.scale, answer.suggestions[0].maxScore)));
            }
            answer.suggestions.forEach(function (s) {
                list.appendChild(renderSuggestion(s));
            });
        }, function (error) {
            list.replaceChildren();
            if (error.status === 400) {
                list.appendChild(R.element('p', 'rapport-mentoring-empty', text.noProfile));
            } else {
                showError(text.failed);
            }
        });
    }

    submit(menteeForm, document.getElementById('rapport-mentee-save'), menteeResult, function () {
        return R.request(restBase, 'PUT', '/mentoring/profile/mentee', {
            goals: menteeGoals.value,
            skills: tags(menteeSkills),
            preferOtherDepartment: menteeOther.checked,
            preferOverlappingTimezone: menteeOverlap.checked,
            timeZone: menteeZone.value.trim()
        });
    }, function (saved) {
        fillMentee(saved);
        R.showMessage(menteeResult, 'success', text.menteeSaved);
        loadSuggestions();
    });

    loadPairings();
    // ?ask=<mentor's user key>: open the request form for that mentor at the top of "Find a mentor".
    var asked = root.getAttribute('data-ask');
    var findSection = document.getElementById('rapport-mentoring-find');
    if (asked) {
        R.request(restBase, 'GET', '/mentoring/mentors/' + encodeURIComponent(asked)).then(function (mentor) {
            openAsk(mentor.person.key, mentor.person.displayName, findSection, menteeResult);
        }, function () {
            // No public mentor profile (any more): the form still opens; the server names the problem on sending.
            openAsk(asked, asked, findSection, menteeResult);
        });
    }

    if (root.getAttribute('data-has-mentor') === 'true') {
        load('/mentoring/profile/mentor', fillMentor);
    }
    if (root.getAttribute('data-has-mentee') === 'true') {
        load('/mentoring/profile/mentee', fillMentee);
        loadSuggestions();
    } else {
        list.appendChild(R.element('p', 'rapport-mentoring-empty', text.noProfile));
    }
}());
