package org.rapport.org;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.platform.FieldError;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.NotSignedInException;
import org.rapport.testing.TestDatabase;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.rapport.org.OrgFixture.ADMIN;
import static org.rapport.org.OrgFixture.ALICE;
import static org.rapport.org.OrgFixture.key;

@Tag("database")
class OrgServiceTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private OrgFixture org;

    @BeforeAll
    static void schema() {
        OrgFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        org = new OrgFixture(db);
    }

    private static final String GOOD = """
            username,manager,department
            alice,,Engineering
            bob,alice,Engineering
            carol,alice,Design
            """;

    private static List<String> errors(ImportPlan plan) {
        return plan.errors().stream().map(e -> e.line() + ":" + e.column() + ":" + e.messageKey()).toList();
    }

    @Test
    void preview_ofAGoodFile_listsEachRowAsNew_andWritesNothing() {
        ImportPlan plan = org.service.preview(ADMIN, GOOD);

        assertThat(plan.valid()).isTrue();
        assertThat(plan.rows()).extracting(ImportPlan.Row::line, ImportPlan.Row::userKey, ImportPlan.Row::managerKey, ImportPlan.Row::change)
                .containsExactly(
                        tuple(2, key("alice"), null, ImportPlan.Change.ADD),
                        tuple(3, key("bob"), key("alice"), ImportPlan.Change.ADD),
                        tuple(4, key("carol"), key("alice"), ImportPlan.Change.ADD));
        assertThat(org.rows()).as("a dry run writes nothing").isEmpty();
    }

    @Test
    void importCsv_writesEveryRow_andTheChartAnswers() {
        org.service.importCsv(ADMIN, GOOD);

        assertThat(org.rows()).containsExactly(
                Map.entry(key("alice"), "null|Engineering"),
                Map.entry(key("bob"), key("alice") + "|Engineering"),
                Map.entry(key("carol"), key("alice") + "|Design"));
        assertThat(org.chart.directReportsOf(key("alice"))).containsExactly(key("bob"), key("carol"));
    }

    @Test
    void import_withoutHeader_andWithSpacesAroundCells_isAccepted() {
        org.service.importCsv(ADMIN, " bob , alice ,Engineering \n");

        assertThat(org.chart.managerOf(key("bob"))).contains(key("alice"));
    }

    @Test
    void preview_secondTime_marksUnchangedAndChangedRows() {
        org.service.importCsv(ADMIN, GOOD);

        ImportPlan plan = org.service.preview(ADMIN, "alice,,Engineering\nbob,alice,Sales\ndave,,\n");

        assertThat(plan.rows()).extracting(ImportPlan.Row::change)
                .containsExactly(ImportPlan.Change.UNCHANGED, ImportPlan.Change.CHANGE, ImportPlan.Change.UNCHANGED);
        assertThat(plan.writes()).containsExactly(new OrgPerson(key("bob"), key("alice"), "Sales"));
    }

    @Test
    void import_isAnUpsert_peopleNotInTheFileKeepTheirData_andEmptyCellsClear() {
        org.service.importCsv(ADMIN, GOOD);

        org.service.importCsv(ADMIN, "bob,,\n");

        assertThat(org.rows()).containsEntry(key("bob"), "null|null")
                .containsEntry(key("carol"), key("alice") + "|Design");
    }

    @Test
    void preview_reportsAnErrorPerBadRow_withLineAndColumn() {
        String csv = "username,manager,department\n"
                + "alice,,Engineering\n"          // 2 ok
                + "ghost,alice,Sales\n"           // 3 unknown user
                + "bob,nobody,Sales\n"            // 4 unknown manager
                + "carol,carol,Design\n"          // 5 self
                + "alice,,Sales\n"                // 6 duplicate
                + "dave,," + "x".repeat(101) + "\n" // 7 department too long
                + "erin,alice,Sales,extra\n"      // 8 too many columns
                + "frank\n"                       // 9 too few columns
                + ",alice,Sales\n";               // 10 username missing

        ImportPlan plan = org.service.preview(ADMIN, csv);

        assertThat(errors(plan)).containsExactly(
                "3:username:rapport.org.error.unknown.user",
                "4:manager:rapport.org.error.unknown.manager",
                "5:manager:rapport.org.error.self",
                "6:username:rapport.org.error.duplicate",
                "7:department:rapport.error.too.long",
                "8:row:rapport.org.error.columns",
                "9:row:rapport.org.error.columns",
                "10:username:rapport.error.required");
        assertThat(plan.rows()).extracting(ImportPlan.Row::line).containsExactly(2);
    }

    @Test
    void preview_departmentOfExactly100Characters_isFine() {
        assertThat(org.service.preview(ADMIN, "dave,,\"" + "x".repeat(100) + "\"\n").valid()).isTrue();
    }

    @Test
    void importCsv_withOneBadRow_writesNothing_andAnswersTheErrorsByField() {
        org.service.importCsv(ADMIN, "carol,,Design\n");
        Map<String, String> before = org.rows();

        InvalidInputException e = catchThrowableOfType(
                () -> org.service.importCsv(ADMIN, "alice,,Engineering\nbob,alice,Engineering\ncarol,ghost,Sales\n"),
                InvalidInputException.class);

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("rows[3].manager");
        assertThat(org.rows()).as("nothing half-imported").isEqualTo(before);
    }

    @Test
    void importCsv_failingWhileWriting_rollsBackTheRowsAlreadyWritten() {
        OrgStore failing = new OrgStore(org.ao) {
            @Override
            public void saveAll(java.util.Collection<OrgPerson> people) {
                super.saveAll(people.stream().limit(2).toList());
                throw new IllegalStateException("the database went away");
            }
        };
        OrgService service = new OrgService(failing, org.people, new org.rapport.platform.Transactions(org.ao), org.permissions);

        assertThatThrownBy(() -> service.importCsv(ADMIN, GOOD)).isInstanceOf(IllegalStateException.class);

        assertThat(org.rows()).isEmpty();
    }

    @Test
    void preview_loopWithinTheFile_isAnErrorOnEachRowOfTheLoop() {
        ImportPlan plan = org.service.preview(ADMIN, "alice,carol,\nbob,alice,\ncarol,bob,\ndave,alice,\n");

        assertThat(errors(plan)).containsExactly(
                "1:manager:rapport.org.error.loop", "2:manager:rapport.org.error.loop", "3:manager:rapport.org.error.loop");
        assertThat(plan.rows()).extracting(ImportPlan.Row::line).containsExactly(4);
    }

    @Test
    void preview_loopThroughStoredData_isAnError() {
        org.service.importCsv(ADMIN, GOOD);

        ImportPlan plan = org.service.preview(ADMIN, "alice,bob,Engineering\n");

        assertThat(errors(plan)).containsExactly("1:manager:rapport.org.error.loop");
    }

    @Test
    void preview_fileThatBreaksAStoredLoopCandidate_isFine() {
        org.service.importCsv(ADMIN, GOOD);

        assertThat(org.service.preview(ADMIN, "bob,,\nalice,bob,\n").valid()).as("bob no longer reports to alice").isTrue();
    }

    @Test
    void preview_syntaxError_isAnErrorOnItsLine() {
        ImportPlan plan = org.service.preview(ADMIN, "alice,,Eng\nbob,\"alice,Eng\n");

        assertThat(errors(plan)).containsExactly("2:row:rapport.org.error.syntax.unclosed");
    }

    @Test
    void preview_unclosedQuote_hidesNoOtherError_everyLineIsStillChecked() {
        // Issue 13: the unclosed quote on line 2 used to swallow the file and be the only error shown.
        ImportPlan plan = org.service.preview(ADMIN, "alice,,Eng\nbob,\"alice,Eng\ncarol,ghost,Sales\ndave,\"x\"y,Eng\nerin,alice,Ops\n");

        assertThat(errors(plan)).containsExactly("2:row:rapport.org.error.syntax.unclosed", "3:manager:rapport.org.error.unknown.manager",
                "4:row:rapport.org.error.syntax.after");
        assertThat(plan.valid()).isFalse();
    }

    @Test
    void preview_refusesAFileTooBig_tooLong_orEmpty_onTheCsvField() {
        String tooManyRows = "bob,,\n".repeat(OrgImport.MAX_ROWS + 1);
        String tooBig = "x".repeat(OrgImport.MAX_BYTES + 1);

        for (String csv : new String[]{tooManyRows, tooBig, "", "username,manager,department\n", null}) {
            InvalidInputException e = catchThrowableOfType(() -> org.service.preview(ADMIN, csv), InvalidInputException.class);
            assertThat(e).as("%s", csv == null ? null : csv.length()).isNotNull();
            assertThat(e.errors()).extracting(FieldError::field).containsExactly("csv");
        }
    }

    @Test
    void importAndPreview_areForAdminsOnly() {
        assertThatThrownBy(() -> org.service.preview(ALICE, GOOD)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> org.service.importCsv(ALICE, GOOD)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> org.service.edit(ALICE, key("bob"), new PersonEdit("alice", ""))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> org.service.importCsv(null, GOOD)).isInstanceOf(NotSignedInException.class);
        assertThat(org.rows()).isEmpty();
    }

    @Test
    void edit_setsManagerAndDepartment_andClearsThem() {
        org.service.edit(ADMIN, key("bob"), new PersonEdit(" alice ", " Engineering "));
        assertThat(org.rows()).containsEntry(key("bob"), key("alice") + "|Engineering");

        org.service.edit(ADMIN, key("bob"), new PersonEdit("", ""));
        assertThat(org.rows()).containsEntry(key("bob"), "null|null");
    }

    @ParameterizedTest
    @CsvSource({
            "bob, bob, rapport.org.error.self",
            "bob, ghost, rapport.org.error.unknown.manager",
            "alice, bob, rapport.org.error.loop"})
    void edit_refusesSelfUnknownAndLoopingManagers(String person, String manager, String messageKey) {
        org.service.importCsv(ADMIN, GOOD);
        Map<String, String> before = org.rows();

        InvalidInputException e = catchThrowableOfType(() -> org.service.edit(ADMIN, key(person), new PersonEdit(manager, "")),
                InvalidInputException.class);

        assertThat(e.errors()).containsExactly(FieldError.of("manager", messageKey, manager.equals(person) ? new java.io.Serializable[0]
                : new java.io.Serializable[]{manager}));
        assertThat(org.rows()).isEqualTo(before);
    }

    @Test
    void edit_unknownPerson_isNotFound() {
        assertThatThrownBy(() -> org.service.edit(ADMIN, "ghost-key", new PersonEdit("", ""))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void personEdit_refusesTooLongDepartment() {
        InvalidInputException e = catchThrowableOfType(() -> new PersonEdit("", "x".repeat(101)), InvalidInputException.class);
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("department");
    }

    @Test
    void person_anyoneSignedIn_seesAPersonsPlace_emptyWhenNoData() {
        org.service.importCsv(ADMIN, GOOD);

        assertThat(org.service.person(ALICE, key("bob"))).isEqualTo(new OrgPerson(key("bob"), key("alice"), "Engineering"));
        assertThat(org.service.person(ALICE, key("dave"))).isEqualTo(new OrgPerson(key("dave"), null, null));
        assertThatThrownBy(() -> org.service.person(ALICE, "ghost-key")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> org.service.person(null, key("bob"))).isInstanceOf(NotSignedInException.class);
    }
}
