package org.rapport.testing;

import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.standalone.ao.HostActiveObjects;

import static org.assertj.core.api.Assertions.assertThat;

/** The test database itself: rows never leak from one test to the next, even across foreign keys. */
@Tag("database")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestDatabaseTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    /** Sorts before {@link Book} by name, so emptying tables alphabetically would break its foreign key. */
    @Table("TDB_AUTHOR")
    public interface Author extends Entity {
        @NotNull
        String getName();

        void setName(String name);
    }

    @Table("TDB_BOOK")
    public interface Book extends Entity {
        @NotNull
        String getTitle();

        void setTitle(String title);

        @NotNull
        Author getAuthor();

        void setAuthor(Author author);
    }

    private HostActiveObjects ao;

    @BeforeEach
    void schema() {
        db.migrate(Author.class, Book.class);
        ao = db.activeObjects();
    }

    @Test
    @Order(1)
    void rowsWithForeignKeysCanBeWritten() {
        Author author = ao.create(Author.class, new DBParam("NAME", "Ursula"));
        ao.create(Book.class, new DBParam("TITLE", "The Dispossessed"), new DBParam("AUTHOR_ID", author.getID()));

        assertThat(ao.count(Book.class)).isEqualTo(1);
    }

    @Test
    @Order(2)
    void nextTestStartsWithEmptyTables() {
        assertThat(ao.count(Author.class)).isZero();
        assertThat(ao.count(Book.class)).isZero();
    }

    @Test
    @Order(3)
    void migratingAgain_runsNoSql() {
        try (SqlCounter sql = db.countStatements()) {
            db.migrate(Author.class, Book.class);

            assertThat(sql.statements()).isEmpty();
        }
    }

    @Test
    @Order(4)
    void sqlCounter_seesEachStatementUntilClosed() {
        ao.create(Author.class, new DBParam("NAME", "Octavia"));
        SqlCounter sql = db.countStatements();

        ao.find(Author.class);
        assertThat(sql.statements()).singleElement().asString().containsIgnoringCase("SELECT");

        sql.close();
        ao.find(Author.class);
        assertThat(sql.count()).isEqualTo(1);
    }
}
