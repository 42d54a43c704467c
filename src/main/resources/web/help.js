/*
 * The help ledger page: the person's counts, top skills and monthly chart (Chart.js, bundled),
 * pending entries to confirm or decline, the form to log help, and help given and received.
 * Everything goes through /rest/rapport/1.0/help; user text goes in with textContent only.
 */
(function () {
    'use strict';

    var root = document.getElementById('rapport-help');
    if (!root || !window.Rapport) {
        return;
    }
    var R = window.Rapport;
    var restBase = root.getAttribute('data-rest-base');
    var contextPath = root.getAttribute('data-context-path');
    var personKey = root.getAttribute('data-person-key');
    var errorBox = document.getElementById('rapport-help-error');
    var chart = null;
    var text = {
        helped: AJS.I18n.getText('rapport.help.entry.helped'),
        confirm: AJS.I18n.getText('rapport.help.confirm'),
        decline: AJS.I18n.getText('rapport.help.decline'),
        remove: AJS.I18n.getText('rapport.help.delete'),
        withdraw: AJS.I18n.getText('rapport.help.withdraw'),
        recognise: AJS.I18n.getText('rapport.help.recognise'),
        pending: AJS.I18n.getText('rapport.help.status.pending'),
        declined: AJS.I18n.getText('rapport.help.status.declined'),
        minutes: AJS.I18n.getText('rapport.help.minutes'),
        logged: AJS.I18n.getText('rapport.help.logged'),
        loggedPending: AJS.I18n.getText('rapport.help.logged.pending'),
        failed: AJS.I18n.getText('rapport.help.failed'),
        none: AJS.I18n.getText('rapport.help.none'),
        noSkills: AJS.I18n.getText('rapport.help.top.none'),
        given: AJS.I18n.getText('rapport.help.given'),
        received: AJS.I18n.getText('rapport.help.received'),
        noMatch: AJS.I18n.getText('rapport.recognise.recipient.none'),
        removeChip: AJS.I18n.getText('rapport.recognise.recipient.remove'),
        confirmed: AJS.I18n.getText('rapport.help.done.confirm'),
        declinedDone: AJS.I18n.getText('rapport.help.done.decline'),
        withdrawn: AJS.I18n.getText('rapport.help.done.withdraw'),
        removed: AJS.I18n.getText('rapport.help.done.delete')
    };

    function showError(message) {
        errorBox.textContent = message;
        errorBox.hidden = false;
    }

    function fail(error) {
        showError(error.errors && error.errors.length ? error.errors.map(function (e) { return e.message; }).join(' ') : text.failed);
    }

    function personLink(person) {
        var a = R.element('a', 'rapport-person', person.displayName);
        a.href = contextPath + '/plugins/servlet/rapport/help?person=' + encodeURIComponent(person.username);
        return a;
    }

    /** A button for one entry action: the old error goes as it starts; a flag confirms it; the lists reload. */
    function actionButton(label, className, done, handler) {
        var button = R.element('button', 'aui-button ' + className, label);
        button.type = 'button';
        button.addEventListener('click', function () {
            button.disabled = true;
            errorBox.hidden = true;
            handler().then(function () {
                R.flag('success', done);
                return refresh();
            }, function (error) {
                button.disabled = false;
                fail(error);
            });
        });
        return button;
    }

    /** One entry as a card: who helped whom, kind, day, minutes, summary, details, skills, link, actions. */
    function renderEntry(entry) {
        var card = R.element('article', 'rapport-help-entry');
        card.setAttribute('data-id', String(entry.id));
        card.setAttribute('data-status', entry.status);
        var header = R.element('header', 'rapport-help-entry-header');
        var parts = text.helped.split(/\{[01]\}/);
        header.appendChild(document.createTextNode(parts[0] || ''));
        header.appendChild(personLink(entry.helper));
        header.appendChild(document.createTextNode(parts[1] || ' '));
        header.appendChild(personLink(entry.helped));
        header.appendChild(document.createTextNode(parts[2] || ''));
        card.appendChild(header);

        var meta = R.element('div', 'rapport-help-entry-meta');
        if (entry.kind) {
            meta.appendChild(R.element('span', 'aui-lozenge aui-lozenge-subtle rapport-help-kind', entry.kind.label));
        }
        if (entry.status === 'PENDING') {
            meta.appendChild(R.element('span', 'aui-lozenge aui-lozenge-current', text.pending));
        } else if (entry.status === 'DECLINED') {
            meta.appendChild(R.element('span', 'aui-lozenge aui-lozenge-removed', text.declined));
        }
        meta.appendChild(R.element('time', 'rapport-help-date', entry.date));
        if (entry.minutes) {
            meta.appendChild(R.element('span', 'rapport-help-minutes', text.minutes.replace('{0}', String(entry.minutes))));
        }
        card.appendChild(meta);
        card.appendChild(R.element('p', 'rapport-help-summary', entry.summary));
        if (entry.details) {
            card.appendChild(R.element('p', 'rapport-help-details', entry.details));
        }
        if (entry.skills.length) {
            var skills = R.element('div', 'rapport-help-skills');
            entry.skills.forEach(function (skill) {
                skills.appendChild(R.element('span', 'aui-label rapport-help-skill', skill));
            });
            card.appendChild(skills);
        }
        if (entry.link) {
            var link = R.element('a', 'rapport-help-link', entry.link.value);
            link.href = entry.link.url;
            link.rel = 'noopener noreferrer nofollow';
            card.appendChild(link);
        }
        var actions = R.element('div', 'rapport-help-actions');
        if (entry.canDecide) {
            actions.appendChild(actionButton(text.confirm, 'aui-button-primary rapport-help-confirm', text.confirmed, function () {
                return R.request(restBase, 'POST', '/help/' + entry.id + '/confirm', {});
            }));
            actions.appendChild(actionButton(text.decline, 'rapport-help-decline', text.declinedDone, function () {
                return R.request(restBase, 'POST', '/help/' + entry.id + '/decline', {});
            }));
        }
        if (entry.canDelete) {
            actions.appendChild(actionButton(entry.status === 'PENDING' ? text.withdraw : text.remove, 'aui-button-subtle rapport-help-delete',
                    entry.status === 'PENDING' ? text.withdrawn : text.removed, function () {
                // A JSON body passes the REST layer's XSRF check (PRODUCT.md), as every other state change here.
                return R.request(restBase, 'DELETE', '/help/' + entry.id, {});
            }));
        }
        if (entry.recogniseUrl) {
            var recognise = R.element('a', 'aui-button aui-button-link rapport-help-recognise', text.recognise);
            recognise.href = entry.recogniseUrl;
            actions.appendChild(recognise);
        }
        if (actions.childNodes.length) {
            card.appendChild(actions);
        }
        return card;
    }

    function fill(container, entries, append) {
        if (!append) {
            container.replaceChildren();
        }
        entries.forEach(function (entry) { container.appendChild(renderEntry(entry)); });
        if (!container.childNodes.length) {
            container.appendChild(R.element('p', 'rapport-empty', text.none));
        }
    }

    function drawChart(months) {
        var canvas = document.getElementById('rapport-help-chart');
        if (!window.Chart || !canvas) {
            return;
        }
        var data = {
            labels: months.map(function (m) { return m.month; }),
            datasets: [
                {label: text.given, data: months.map(function (m) { return m.given; }), backgroundColor: '#0052CC'},
                {label: text.received, data: months.map(function (m) { return m.received; }), backgroundColor: '#36B37E'}
            ]
        };
        if (chart) {
            chart.data = data;
            chart.update();
            return;
        }
        chart = new window.Chart(canvas, {
            type: 'bar',
            data: data,
            options: {animation: false, scales: {y: {beginAtZero: true, ticks: {precision: 0}}}}
        });
    }

    function loadLedger() {
        return R.request(restBase, 'GET', '/help/ledger?person=' + encodeURIComponent(personKey)).then(function (ledger) {
            document.getElementById('rapport-help-given').textContent = String(ledger.given);
            document.getElementById('rapport-help-received').textContent = String(ledger.received);
            document.getElementById('rapport-help-colleagues').textContent = String(ledger.colleagues);
            if (ledger.departments !== null && ledger.departments !== undefined) {
                document.getElementById('rapport-help-departments').textContent = String(ledger.departments);
                document.getElementById('rapport-help-departments-item').hidden = false;
            }
            var top = document.getElementById('rapport-help-top-skills');
            top.replaceChildren();
            if (!ledger.topSkills.length) {
                top.textContent = text.noSkills;
            }
            ledger.topSkills.forEach(function (s) {
                top.appendChild(R.element('span', 'aui-label rapport-help-skill', s.skill + ' \u00b7 ' + s.count));
            });
            drawChart(ledger.months);
            var pendingSection = document.getElementById('rapport-help-pending-section');
            if (pendingSection) {
                pendingSection.hidden = !ledger.pending.length;
                fill(document.getElementById('rapport-help-pending'), ledger.pending, false);
            }
            // The helper's own "I helped Y" entries until Y decides: seen and withdrawn here.
            var awaitingSection = document.getElementById('rapport-help-awaiting-section');
            if (awaitingSection) {
                awaitingSection.hidden = !ledger.awaiting.length;
                fill(document.getElementById('rapport-help-awaiting'), ledger.awaiting, false);
            }
        }, fail);
    }

    function list(direction) {
        var container = document.getElementById('rapport-help-' + direction + '-list');
        var more = document.getElementById('rapport-help-' + direction + '-more');
        var cursor = null;
        function load(append) {
            var path = '/help?direction=' + direction + '&limit=20&person=' + encodeURIComponent(personKey)
                + (append && cursor ? '&cursor=' + encodeURIComponent(cursor) : '');
            return R.request(restBase, 'GET', path).then(function (page) {
                fill(container, page.items, append);
                cursor = page.next;
                more.hidden = !cursor;
            }, fail);
        }
        more.addEventListener('click', function () { load(true); });
        return load;
    }

    var loadGiven = list('given');
    var loadReceived = list('received');

    function refresh() {
        errorBox.hidden = true;
        return Promise.all([loadLedger(), loadGiven(false), loadReceived(false)]);
    }

    var form = document.getElementById('rapport-help-form');
    if (form) {
        var result = document.getElementById('rapport-help-result');
        var search = document.getElementById('rapport-help-colleague-search');
        var suggestions = document.getElementById('rapport-help-colleague-suggestions');
        var chip = document.getElementById('rapport-help-colleague-chip');
        var skillsInput = document.getElementById('rapport-help-skills');
        var skillOptions = document.getElementById('rapport-help-skill-options');
        var colleague = null;
        var timer = null;
        var skillTimer = null;

        var renderChip = function () {
            chip.replaceChildren();
            search.hidden = !!colleague;
            if (!colleague) {
                return;
            }
            var c = R.element('span', 'aui-label rapport-chip');
            c.setAttribute('data-key', colleague.key);
            c.appendChild(R.element('span', 'rapport-chip-name', colleague.displayName));
            var remove = R.element('button', 'aui-button aui-button-subtle rapport-chip-remove', '\u00d7');
            remove.type = 'button';
            remove.setAttribute('aria-label', text.removeChip + ' ' + colleague.displayName);
            remove.addEventListener('click', function () {
                colleague = null;
                renderChip();
                search.focus();
            });
            c.appendChild(remove);
            chip.appendChild(c);
        };

        search.addEventListener('input', function () {
            clearTimeout(timer);
            var query = search.value.trim();
            if (!query) {
                suggestions.replaceChildren();
                return;
            }
            timer = setTimeout(function () {
                R.request(restBase, 'GET', '/people?limit=8&query=' + encodeURIComponent(query)).then(function (people) {
                    suggestions.replaceChildren();
                    people = people.filter(function (p) { return p.key !== root.getAttribute('data-user-key'); });
                    if (!people.length) {
                        suggestions.appendChild(R.element('li', 'rapport-suggestion-empty', text.noMatch));
                    }
                    people.forEach(function (person) {
                        var item = R.element('li', 'rapport-suggestion');
                        var button = R.element('button', 'aui-button aui-button-link', person.displayName + ' (' + person.username + ')');
                        button.type = 'button';
                        button.setAttribute('data-key', person.key);
                        button.addEventListener('click', function () {
                            colleague = person;
                            search.value = '';
                            suggestions.replaceChildren();
                            renderChip();
                        });
                        item.appendChild(button);
                        suggestions.appendChild(item);
                    });
                }, function () { suggestions.replaceChildren(); });
            }, 200);
        });

        var skillList = function () {
            return skillsInput.value.split(',').map(function (s) { return s.trim(); }).filter(function (s) { return s; });
        };

        skillsInput.addEventListener('input', function () {
            clearTimeout(skillTimer);
            var parts = skillsInput.value.split(',');
            var typed = parts[parts.length - 1].trim();
            if (!typed) {
                return;
            }
            skillTimer = setTimeout(function () {
                R.request(restBase, 'GET', '/skills?limit=10&query=' + encodeURIComponent(typed)).then(function (tags) {
                    var prefix = parts.slice(0, -1).map(function (s) { return s.trim(); }).filter(function (s) { return s; });
                    skillOptions.replaceChildren();
                    tags.forEach(function (tag) {
                        var option = document.createElement('option');
                        option.value = prefix.concat([tag]).join(', ');
                        skillOptions.appendChild(option);
                    });
                }, function () { skillOptions.replaceChildren(); });
            }, 200);
        });

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            form.querySelectorAll('.error[data-field]').forEach(function (el) { el.textContent = ''; });
            result.replaceChildren();
            errorBox.hidden = true;
            var given = form.querySelector('input[name="direction"]:checked').value === 'given';
            var me = root.getAttribute('data-user-key');
            var other = colleague ? colleague.key : '';
            var minutes = document.getElementById('rapport-help-minutes').value;
            var body = {
                helper: given ? me : other,
                helped: given ? other : me,
                summary: document.getElementById('rapport-help-summary').value,
                details: document.getElementById('rapport-help-details').value,
                kind: document.getElementById('rapport-help-kind').value,
                skills: skillList(),
                link: document.getElementById('rapport-help-link').value,
                minutes: minutes ? Number(minutes) : null,
                date: document.getElementById('rapport-help-date').value
            };
            var submit = document.getElementById('rapport-help-submit');
            submit.disabled = true;
            R.request(restBase, 'POST', '/help', body).then(function (entry) {
                var today = document.getElementById('rapport-help-date').defaultValue;
                form.reset();
                document.getElementById('rapport-help-link').value = '';
                document.getElementById('rapport-help-date').value = today;
                colleague = null;
                renderChip();
                R.showMessage(result, 'success', entry.status === 'PENDING' ? text.loggedPending : text.logged);
                refresh();
            }, function (error) {
                R.showFieldErrors(form, error, function (general) { R.showMessage(result, 'error', general); }, text.failed);
            }).then(function () {
                submit.disabled = false;
            });
        });
    }

    /*
     * Opened from a notification (?entry=ID): that entry first, highlighted, with its actions; the
     * caller's notifications about it become read. One that is gone (withdrawn, deleted, not the
     * caller's to see) answers 404 and shows a plain "no longer available".
     */
    var single = (new URLSearchParams(window.location.search).get('entry') || '').trim();
    if (/^[0-9]{1,9}$/.test(single) && Number(single) > 0) {
        var focus = R.element('section', 'rapport-help-single');
        focus.id = 'rapport-help-single';
        focus.setAttribute('aria-label', AJS.I18n.getText('rapport.help.single'));
        errorBox.parentNode.insertBefore(focus, errorBox.nextSibling);
        R.request(restBase, 'GET', '/help/' + single).then(function (entry) {
            var card = renderEntry(entry);
            card.id = 'help-' + entry.id;
            card.classList.add('rapport-help-focus');
            card.tabIndex = -1;
            focus.appendChild(card);
            card.scrollIntoView({block: 'center'});
            card.focus({preventScroll: true});
        }, function (failure) {
            var gone = R.element('div', 'aui-message aui-message-warning rapport-help-gone',
                failure && failure.status === 404 ? AJS.I18n.getText('rapport.help.single.gone') : text.failed);
            gone.id = 'rapport-help-gone';
            focus.appendChild(gone);
        });
        R.request(restBase, 'POST', '/notifications/read-about', {subject: 'help', id: Number(single)}).then(function () {
            document.dispatchEvent(new CustomEvent('rapport:notifications-changed'));
        }, function () { /* the badge keeps its count; nothing to tell */ });
    }

    refresh();
}());
