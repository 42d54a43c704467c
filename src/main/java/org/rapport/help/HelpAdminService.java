package org.rapport.help;

import org.rapport.platform.Actor;
import org.rapport.platform.ConflictException;
import org.rapport.platform.Constraints;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.NotSignedInException;
import org.rapport.platform.Permissions;
import org.rapport.platform.Transactions;
import org.rapport.skills.SkillTag;
import org.rapport.skills.SkillVocabulary;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * What admins configure for the help ledger: the kinds of help (add, rename, archive) and tag
 * merges ("k8s" into "kubernetes": entries and counts re-pointed, the old tag kept as an alias).
 * Everyone signed in may read the kinds.
 */
@Named
public class HelpAdminService {
    public static final int KINDS_MAX = 50;

    private final HelpKindStore kinds;
    private final SkillVocabulary skills;
    private final HelpService help;
    private final Transactions transactions;
    private final Permissions permissions;

    @Inject
    public HelpAdminService(HelpKindStore kinds, SkillVocabulary skills, HelpService help, Transactions transactions,
                            Permissions permissions) {
        this.kinds = kinds;
        this.skills = skills;
        this.help = help;
        this.transactions = transactions;
        this.permissions = permissions;
    }

    /** The kinds in display order; archived ones only for admins who ask for them. */
    public List<HelpKind> kinds(Actor actor, boolean includeArchived) {
        if (actor == null) {
            throw new NotSignedInException();
        }
        if (includeArchived) {
            permissions.requireAdmin(actor, "see archived kinds of help");
        }
        return kinds.all().stream().filter(k -> includeArchived || !k.archived()).toList();
    }

    /** Every kind, archived ones too, for resolving labels of existing entries. */
    public List<HelpKind> allKinds() {
        return kinds.all();
    }

    public HelpKind createKind(Actor actor, HelpKindDraft draft) {
        permissions.requireAdmin(actor, "add a kind of help");
        String code = SkillTag.parse("label", draft.label().toLowerCase(Locale.ROOT)).name();
        try {
            return transactions.write(() -> {
                List<HelpKind> all = kinds.all();
                if (all.size() >= KINDS_MAX) {
                    throw new InvalidInputException(FieldError.of("label", "rapport.help.error.kinds.many", KINDS_MAX));
                }
                if (all.stream().anyMatch(k -> k.code().equals(code))) {
                    throw new ConflictException(FieldError.of("label", "rapport.help.error.kind.duplicate"));
                }
                int next = all.stream().mapToInt(HelpKind::sortOrder).max().orElse(-1) + 1;
                return kinds.insert(code, draft.label(), next);
            });
        } catch (RuntimeException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw new ConflictException(FieldError.of("label", "rapport.help.error.kind.duplicate"), e);
            }
            throw e;
        }
    }

    public HelpKind updateKind(Actor actor, String code, HelpKindDraft draft) {
        permissions.requireAdmin(actor, "change a kind of help");
        return transactions.write(() -> kinds.update(code, draft.label(), draft.archived())
                .orElseThrow(() -> new NotFoundException("kind of help")));
    }

    /** Merges tag {@code from} into {@code into} (both as typed; normalised here). */
    public SkillTag mergeSkills(Actor actor, String from, String into) {
        permissions.requireAdmin(actor, "merge skills");
        SkillTag source = SkillTag.parse("from", from);
        SkillTag rawTarget = SkillTag.parse("into", into);
        return HelpService.retrying(() -> transactions.write(() -> {
            SkillTag target = skills.resolve(rawTarget);
            if (skills.resolve(source).equals(target) || source.equals(target)) {
                throw new InvalidInputException(FieldError.of("into", "rapport.skills.error.same"));
            }
            skills.merge(source, target);
            help.repointSkill(source, target);
            return target;
        }));
    }
}
