package org.rapport.mentoring.profile.rest;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import org.rapport.mentoring.matching.MatchReason;
import org.rapport.mentoring.profile.MenteeProfile;
import org.rapport.mentoring.profile.MentorProfile;
import org.rapport.mentoring.profile.MentorSuggestions;
import org.rapport.people.PeopleDirectory;
import org.rapport.people.rest.PersonJson;
import org.rapport.skills.SkillTag;

import javax.inject.Inject;
import javax.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Turns mentoring records into JSON; the engine's reasons (key + arguments) become text in the reader's language. */
@Named
class MentoringViews {
    private final PeopleDirectory people;
    private final I18nResolver i18n;

    @Inject
    public MentoringViews(PeopleDirectory people, @ComponentImport I18nResolver i18n) {
        this.people = people;
        this.i18n = i18n;
    }

    public MentoringJson.Mentor mentor(MentorProfile p) {
        return new MentoringJson.Mentor(PersonJson.of(people.byKeyOrFormer(p.personKey())), names(p.skills()), p.capacity(),
                p.paused(), p.open(), p.bio(), p.timeZone().getId(), p.updatedAt().toString());
    }

    public MentoringJson.Mentee mentee(MenteeProfile p) {
        return new MentoringJson.Mentee(PersonJson.of(people.byKeyOrFormer(p.personKey())), p.goals(), names(p.skills()),
                p.preferOtherDepartment(), p.preferOverlappingTimezone(), p.timeZone().getId(), p.updatedAt().toString());
    }

    public MentoringJson.Suggestions suggestions(List<MentorSuggestions.Suggestion> suggestions) {
        return new MentoringJson.Suggestions(suggestions.stream()
                .map(s -> new MentoringJson.Suggestion(mentor(s.mentor()), s.score(), s.bestScore(), s.reasons().stream().map(this::reason).toList()))
                .toList());
    }

    private MentoringJson.Reason reason(MatchReason r) {
        String code = r.messageKey().substring(r.messageKey().lastIndexOf('.') + 1);
        return new MentoringJson.Reason(code, i18n.getText(r.messageKey(), r.arguments().toArray(Serializable[]::new)), r.points());
    }

    private static List<String> names(List<SkillTag> skills) {
        return skills.stream().map(SkillTag::name).toList();
    }
}
