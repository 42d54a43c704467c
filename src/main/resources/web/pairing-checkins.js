/*
 * The pairing page's check-ins and goals (issue 5). Fills two sections the pairing page provides:
 *   <section id="rapport-pairing-checkins" data-pairing-id="N" data-rest-base="/rest/rapport/1.0">
 *   <section id="rapport-pairing-goals" data-pairing-id="N" data-rest-base="...">
 * (without data-pairing-id the page's ?id= is used; without data-rest-base the nearest element
 * carrying one; data-cadence-days and data-counts-as-help on the check-ins section prefill the rhythm,
 * otherwise it is read from GET mentoring/pairings/{id}). Check-ins: the rhythm, a log form (also used to edit one's own check-in) and the list,
 * newest first with "Show more". Goals: an add form and the list with progress, done and delete.
 * data-can-change="false" on a section (a closed pairing, a coordinator reading the goals) leaves
 * out every form and button: the list only. Each change confirms itself with a flag and announces
 * "rapport:pairing-changed" on the document, so the page's summary (counts, health) reloads.
 * Everything goes through REST; user text is inserted with textContent only.
 */
(function () {
    'use strict';

    var checkinsRoot = document.getElementById('rapport-pairing-checkins');
    var goalsRoot = document.getElementById('rapport-pairing-goals');
    if ((!checkinsRoot && !goalsRoot) || !window.Rapport) {
        return;
    }
    var R = window.Rapport;
    var anyRoot = checkinsRoot || goalsRoot;
    var pairingId = anyRoot.getAttribute('data-pairing-id') || new URLSearchParams(window.location.search).get('id');
    var baseHolder = anyRoot.hasAttribute('data-rest-base') ? anyRoot : document.querySelector('[data-rest-base]');
    if (!pairingId || !/^[0-9]{1,18}$/.test(pairingId) || !baseHolder) {
        return;
    }
    var restBase = baseHolder.getAttribute('data-rest-base');
    var pairingPath = '/mentoring/pairings/' + pairingId;
    var t = {
        checkins: AJS.I18n.getText('rapport.pairing.checkins.title'),
        date: AJS.I18n.getText('rapport.pairing.checkins.date'),
        duration: AJS.I18n.getText('rapport.pairing.checkins.duration'),
        notes: AJS.I18n.getText('rapport.pairing.checkins.notes'),
        nextSteps: AJS.I18n.getText('rapport.pairing.checkins.nextSteps'),
        log: AJS.I18n.getText('rapport.pairing.checkins.log'),
        save: AJS.I18n.getText('rapport.pairing.checkins.save'),
        cancel: AJS.I18n.getText('rapport.pairing.checkins.cancel'),
        edit: AJS.I18n.getText('rapport.pairing.checkins.edit'),
        remove: AJS.I18n.getText('rapport.pairing.checkins.delete'),
        empty: AJS.I18n.getText('rapport.pairing.checkins.empty'),
        more: AJS.I18n.getText('rapport.pairing.checkins.more'),
        failed: AJS.I18n.getText('rapport.pairing.checkins.failed'),
        cadence: AJS.I18n.getText('rapport.pairing.rhythm.cadence'),
        countsAsHelp: AJS.I18n.getText('rapport.pairing.rhythm.countsAsHelp'),
        saveRhythm: AJS.I18n.getText('rapport.pairing.rhythm.save'),
        rhythmSaved: AJS.I18n.getText('rapport.pairing.rhythm.saved'),
        goals: AJS.I18n.getText('rapport.pairing.goals.title'),
        goalTitle: AJS.I18n.getText('rapport.pairing.goals.titleField'),
        targetDate: AJS.I18n.getText('rapport.pairing.goals.targetDate'),
        progress: AJS.I18n.getText('rapport.pairing.goals.progress'),
        done: AJS.I18n.getText('rapport.pairing.goals.done'),
        addGoal: AJS.I18n.getText('rapport.pairing.goals.add'),
        noGoals: AJS.I18n.getText('rapport.pairing.goals.empty'),
        logged: AJS.I18n.getText('rapport.pairing.checkins.logged'),
        checkInSaved: AJS.I18n.getText('rapport.pairing.checkins.saved'),
        checkInDeleted: AJS.I18n.getText('rapport.pairing.checkins.deleted'),
        goalAdded: AJS.I18n.getText('rapport.pairing.goals.added'),
        goalSaved: AJS.I18n.getText('rapport.pairing.goals.saved'),
        goalDeleted: AJS.I18n.getText('rapport.pairing.goals.deleted'),
        goalDone: AJS.I18n.getText('rapport.pairing.goals.doneLozenge')
    };

    function canChange(root) {
        return root.getAttribute('data-can-change') !== 'false';
    }

    /** Tells the page's summary that counts, health or rhythm may have moved. */
    function changed() {
        document.dispatchEvent(new CustomEvent('rapport:pairing-changed'));
    }

    function today() {
        return new Date().toISOString().slice(0, 10);
    }

    /** A labelled field with its error slot (.error[data-field]) for R.showFieldErrors. */
    function field(form, name, label, input) {
        var group = R.element('div', input.type === 'checkbox' ? 'checkbox' : 'field-group');
        var id = 'rapport-pairing-' + form.id + '-' + name;
        input.id = id;
        input.name = name;
        var labelEl = R.element('label', null, label);
        labelEl.htmlFor = id;
        if (input.type === 'checkbox') {
            input.className = 'checkbox';
            group.appendChild(input);
            group.appendChild(labelEl);
        } else {
            group.appendChild(labelEl);
            group.appendChild(input);
        }
        var error = R.element('div', 'error');
        error.setAttribute('data-field', name);
        group.appendChild(error);
        form.appendChild(group);
        return input;
    }

    function input(type, className, attributes) {
        var el = document.createElement(type === 'textarea' ? 'textarea' : 'input');
        if (type !== 'textarea') {
            el.type = type;
        }
        el.className = className || '';
        Object.keys(attributes || {}).forEach(function (k) { el.setAttribute(k, attributes[k]); });
        return el;
    }

    function button(label, className, type) {
        var b = R.element('button', className || 'aui-button', label);
        b.type = type || 'button';
        return b;
    }

    // ---- check-ins ----------------------------------------------------------------------------

    function setUpCheckins(root) {
        root.replaceChildren();
        root.appendChild(R.element('h2', null, t.checkins));
        var message = R.element('div', 'rapport-pairing-message');
        root.appendChild(message);
        var writable = canChange(root);

        var rhythm = R.element('form', 'aui rapport-pairing-rhythm');
        rhythm.id = 'rhythm';
        rhythm.noValidate = true;
        rhythm.hidden = true;
        var cadence = field(rhythm, 'cadenceDays', t.cadence, input('number', 'text short-field', {min: '1', max: '90'}));
        var counts = field(rhythm, 'countsAsHelp', t.countsAsHelp, input('checkbox'));
        var saveRhythm = button(t.saveRhythm, 'aui-button', 'submit');
        rhythm.appendChild(saveRhythm);
        if (writable) {
            root.appendChild(rhythm);
        }
        function showRhythm(cadenceDays, countsAsHelp) {
            cadence.value = String(cadenceDays);
            counts.checked = countsAsHelp !== false;
            rhythm.hidden = false;
        }
        // The page may hand over the rhythm (data-cadence-days, data-counts-as-help); otherwise it is read
        // from the pairing resource. Without either, the rhythm form stays hidden.
        if (!writable) {
            rhythm.hidden = true;
        } else if (root.hasAttribute('data-cadence-days')) {
            showRhythm(root.getAttribute('data-cadence-days'), root.getAttribute('data-counts-as-help') !== 'false');
        } else {
            R.request(restBase, 'GET', pairingPath).then(function (p) {
                if (p && p.cadenceDays) {
                    showRhythm(p.cadenceDays, p.countsAsHelp);
                }
            }, function () { /* no pairing resource: nothing to prefill */ });
        }
        rhythm.addEventListener('submit', function (event) {
            event.preventDefault();
            R.clearErrors(rhythm, message);
            saveRhythm.disabled = true;
            R.request(restBase, 'PUT', pairingPath + '/rhythm', {
                cadenceDays: cadence.value === '' ? null : Number(cadence.value),
                countsAsHelp: counts.checked
            }).then(function () {
                R.flag('success', t.rhythmSaved);
                changed();
            }, function (error) {
                R.showFieldErrors(rhythm, error, function (text) { R.showMessage(message, 'error', text); }, t.failed);
            }).then(function () { saveRhythm.disabled = false; });
        });

        var form = R.element('form', 'aui rapport-pairing-checkin-form');
        form.id = 'checkin';
        // The server names every bad field at once; the browser's own bubbles would show one at a time.
        form.noValidate = true;
        var date = field(form, 'date', t.date, input('date', 'text medium-field', {max: today(), required: 'required'}));
        date.value = today();
        var minutes = field(form, 'durationMinutes', t.duration,
            input('number', 'text short-field', {min: '5', max: '480', required: 'required'}));
        minutes.value = '30';
        var notes = field(form, 'notes', t.notes, input('textarea', 'textarea', {maxlength: '5000', rows: '4'}));
        var steps = field(form, 'nextSteps', t.nextSteps, input('textarea', 'textarea', {maxlength: '1000', rows: '2'}));
        var buttons = R.element('div', 'buttons');
        var submit = button(t.log, 'aui-button aui-button-primary', 'submit');
        submit.id = 'rapport-pairing-checkin-submit';
        var cancel = button(t.cancel, 'aui-button aui-button-link');
        cancel.hidden = true;
        buttons.appendChild(submit);
        buttons.appendChild(cancel);
        form.appendChild(buttons);
        if (writable) {
            root.appendChild(form);
        }

        var list = R.element('ul', 'rapport-pairing-checkins');
        list.id = 'rapport-pairing-checkin-list';
        var empty = R.element('p', 'rapport-empty', t.empty);
        var more = button(t.more);
        more.hidden = true;
        root.appendChild(list);
        root.appendChild(empty);
        root.appendChild(more);
        var editing = null;
        var next = null;

        function reset() {
            editing = null;
            form.reset();
            date.value = today();
            minutes.value = '30';
            submit.textContent = t.log;
            cancel.hidden = true;
        }

        function render(c) {
            var item = R.element('li', 'rapport-pairing-checkin');
            item.setAttribute('data-id', String(c.id));
            var head = R.element('div', 'rapport-panel-meta',
                c.date + ' · ' + c.durationMinutes + ' min · ' + c.author.displayName);
            item.appendChild(head);
            if (c.notes) {
                item.appendChild(R.element('p', 'rapport-pairing-notes', c.notes));
            }
            if (c.nextSteps) {
                item.appendChild(R.element('p', 'rapport-pairing-next-steps', t.nextSteps + ': ' + c.nextSteps));
            }
            if (c.mine && writable) {
                var edit = button(t.edit, 'aui-button aui-button-link');
                edit.addEventListener('click', function () {
                    editing = c.id;
                    date.value = c.date;
                    minutes.value = String(c.durationMinutes);
                    notes.value = c.notes;
                    steps.value = c.nextSteps;
                    submit.textContent = t.save;
                    cancel.hidden = false;
                    date.focus();
                });
                var remove = button(t.remove, 'aui-button aui-button-link');
                remove.addEventListener('click', function () {
                    remove.disabled = true;
                    message.replaceChildren();
                    R.request(restBase, 'DELETE', pairingPath + '/checkins/' + c.id, undefined, {'X-Atlassian-Token': 'no-check'})
                        .then(function () {
                            R.flag('success', t.checkInDeleted);
                            load(true);
                            changed();
                        }, function () {
                            remove.disabled = false;
                            R.showMessage(message, 'error', t.failed);
                        });
                });
                item.appendChild(edit);
                item.appendChild(remove);
            }
            return item;
        }

        function load(fresh) {
            more.disabled = true;
            var path = pairingPath + '/checkins?limit=10' + (!fresh && next ? '&cursor=' + encodeURIComponent(next) : '');
            R.request(restBase, 'GET', path).then(function (page) {
                if (fresh) {
                    list.replaceChildren();
                }
                page.items.forEach(function (c) { list.appendChild(render(c)); });
                next = page.next;
                more.hidden = !next;
                empty.hidden = list.children.length > 0;
            }, function () {
                R.showMessage(message, 'error', t.failed);
            }).then(function () { more.disabled = false; });
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            R.clearErrors(form, message);
            submit.disabled = true;
            var wasEditing = editing;
            var body = {
                date: date.value,
                durationMinutes: minutes.value === '' ? null : Number(minutes.value),
                notes: notes.value,
                nextSteps: steps.value
            };
            var sent = editing
                ? R.request(restBase, 'PUT', pairingPath + '/checkins/' + editing, body)
                : R.request(restBase, 'POST', pairingPath + '/checkins', body);
            sent.then(function () {
                R.flag('success', wasEditing ? t.checkInSaved : t.logged);
                reset();
                load(true);
                changed();
            }, function (error) {
                R.showFieldErrors(form, error, function (text) { R.showMessage(message, 'error', text); }, t.failed);
            }).then(function () { submit.disabled = false; });
        });
        cancel.addEventListener('click', reset);
        more.addEventListener('click', function () { load(false); });
        load(true);
    }

    // ---- goals --------------------------------------------------------------------------------

    function setUpGoals(root) {
        root.replaceChildren();
        root.appendChild(R.element('h2', null, t.goals));
        var message = R.element('div', 'rapport-pairing-message');
        root.appendChild(message);
        var writable = canChange(root);
        var list = R.element('ul', 'rapport-pairing-goals');
        list.id = 'rapport-pairing-goal-list';
        var empty = R.element('p', 'rapport-empty', t.noGoals);
        root.appendChild(list);
        root.appendChild(empty);

        var form = R.element('form', 'aui rapport-pairing-goal-form');
        form.id = 'goal';
        form.noValidate = true;
        var title = field(form, 'title', t.goalTitle, input('text', 'text long-field', {maxlength: '200', required: 'required'}));
        var target = field(form, 'targetDate', t.targetDate, input('date', 'text medium-field'));
        var add = button(t.addGoal, 'aui-button', 'submit');
        add.id = 'rapport-pairing-goal-submit';
        form.appendChild(add);
        if (writable) {
            root.appendChild(form);
        }

        function save(goal, changes, item) {
            var body = {title: goal.title, targetDate: goal.targetDate, progress: goal.progress, done: goal.done};
            Object.keys(changes).forEach(function (k) { body[k] = changes[k]; });
            message.replaceChildren();
            return R.request(restBase, 'PUT', pairingPath + '/goals/' + goal.id, body).then(function (updated) {
                item.replaceWith(render(updated));
                R.flag('success', t.goalSaved);
                changed();
            }, function (error) {
                R.showMessage(message, 'error', (error.errors || []).map(function (e) { return e.message; }).join(' ') || t.failed);
            });
        }

        function render(goal) {
            var item = R.element('li', 'rapport-pairing-goal' + (goal.done ? ' rapport-pairing-goal-done' : ''));
            item.setAttribute('data-id', String(goal.id));
            item.appendChild(R.element('strong', 'rapport-pairing-goal-title', goal.title));
            if (goal.targetDate) {
                item.appendChild(R.element('span', 'rapport-panel-meta', ' · ' + goal.targetDate));
            }
            var bar = document.createElement('progress');
            bar.max = 100;
            bar.value = goal.progress;
            bar.textContent = goal.progress + '%';
            item.appendChild(bar);
            if (!writable) {
                // Read-only (a coordinator, a closed pairing): the figure and the state, no controls.
                item.appendChild(R.element('span', 'rapport-pairing-goal-percent', ' ' + goal.progress + '%'));
                if (goal.done) {
                    item.appendChild(document.createTextNode(' '));
                    item.appendChild(R.element('span', 'aui-lozenge aui-lozenge-success', t.goalDone));
                }
                return item;
            }
            var progress = input('number', 'text short-field rapport-pairing-goal-progress', {min: '0', max: '100', 'aria-label': t.progress});
            progress.value = String(goal.progress);
            progress.disabled = goal.done;
            progress.addEventListener('change', function () {
                save(goal, {progress: progress.value === '' ? null : Number(progress.value)}, item);
            });
            item.appendChild(progress);
            var doneLabel = R.element('label', 'rapport-pairing-goal-done-label');
            var done = input('checkbox', 'checkbox rapport-pairing-goal-done-box');
            done.checked = goal.done;
            done.addEventListener('change', function () { save(goal, {done: done.checked}, item); });
            doneLabel.appendChild(done);
            doneLabel.appendChild(document.createTextNode(' ' + t.done));
            item.appendChild(doneLabel);
            var remove = button(t.remove, 'aui-button aui-button-link');
            remove.addEventListener('click', function () {
                remove.disabled = true;
                message.replaceChildren();
                R.request(restBase, 'DELETE', pairingPath + '/goals/' + goal.id, undefined, {'X-Atlassian-Token': 'no-check'})
                    .then(function () {
                        R.flag('success', t.goalDeleted);
                        load();
                        changed();
                    }, function () {
                        remove.disabled = false;
                        R.showMessage(message, 'error', t.failed);
                    });
            });
            item.appendChild(remove);
            return item;
        }

        function load() {
            R.request(restBase, 'GET', pairingPath + '/goals').then(function (goals) {
                list.replaceChildren();
                goals.items.forEach(function (g) { list.appendChild(render(g)); });
                empty.hidden = goals.items.length > 0;
                form.hidden = !writable || goals.items.length >= goals.max;
            }, function () {
                R.showMessage(message, 'error', t.failed);
            });
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            R.clearErrors(form, message);
            add.disabled = true;
            R.request(restBase, 'POST', pairingPath + '/goals', {title: title.value, targetDate: target.value || null})
                .then(function () {
                    R.flag('success', t.goalAdded);
                    form.reset();
                    load();
                    changed();
                }, function (error) {
                    R.showFieldErrors(form, error, function (text) { R.showMessage(message, 'error', text); }, t.failed);
                }).then(function () { add.disabled = false; });
        });
        load();
    }

    function setUp() {
        if (checkinsRoot) {
            setUpCheckins(checkinsRoot);
        }
        if (goalsRoot) {
            setUpGoals(goalsRoot);
        }
    }
    // The pairing page says when what the viewer may change moved (accepted: forms; ended: none).
    document.addEventListener('rapport:pairing-sections', setUp);
    setUp();
}());
