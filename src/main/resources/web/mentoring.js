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
        capacity: AJS.I18n.getText('rapport.mentoring.suggestion.capacity'),
        ask: AJS.I18n.getText('rapport.mentoring.ask'),
        askLater: AJS.I18n.getText('rapport.mentoring.ask.unavailable')
    };

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

    function format(template, value) {
        return template.replace('{0}', String(value));
    }

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
        header.appendChild(R.element('span', 'aui-lozenge aui-lozenge-success rapport-mentoring-score', format(text.score, s.score)));
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
        // Asking needs pairings, which are not part of this release: the button shows, disabled, with why.
        var ask = R.element('button', 'aui-button rapport-mentoring-ask', text.ask);
        ask.type = 'button';
        ask.disabled = true;
        ask.title = text.askLater;
        card.appendChild(ask);
        return card;
    }

    function loadSuggestions() {
        return R.request(restBase, 'GET', '/mentoring/suggestions').then(function (answer) {
            list.replaceChildren();
            if (!answer.suggestions.length) {
                list.appendChild(R.element('p', 'rapport-mentoring-empty', text.none));
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
