package org.rapport.admin;

import net.java.ao.DBParam;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.admin.ao.SettingEntity;
import org.rapport.platform.ConflictException;
import org.rapport.platform.FieldError;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotSignedInException;
import org.rapport.platform.Transactions;
import org.rapport.standalone.ao.HostActiveObjects;
import org.rapport.testing.TestActors;
import org.rapport.testing.TestDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.rapport.testing.TestActors.ADMIN;
import static org.rapport.testing.TestActors.MEMBER;

@Tag("database")
class SettingsServiceTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private HostActiveObjects ao;
    private SettingsService service;

    @BeforeAll
    static void schema() {
        db.migrate(SettingEntity.class);
    }

    @BeforeEach
    void setUp() {
        ao = db.activeObjects();
        service = serviceOver(new SettingsStore(ao));
    }

    private SettingsService serviceOver(SettingsStore store) {
        return new SettingsService(store, new StoredSettings(store, new Transactions(ao)), TestActors.permissions());
    }

    @Test
    void current_withNothingStored_isTheDefaults() {
        assertThat(service.current()).isEqualTo(new RapportSettings(10, true)).isEqualTo(RapportSettings.DEFAULTS);
        assertThat(ao.count(SettingEntity.class)).isZero();
    }

    @Test
    void update_byAdmin_persists() {
        RapportSettings updated = service.update(ADMIN, new RapportSettings(25, false));

        assertThat(updated).isEqualTo(new RapportSettings(25, false));
        assertThat(serviceOver(new SettingsStore(ao)).current()).isEqualTo(updated);
    }

    @Test
    void update_again_replacesTheValues_inTheSameRows() {
        service.update(ADMIN, new RapportSettings(25, false));

        service.update(ADMIN, new RapportSettings(3, true));

        assertThat(service.current()).isEqualTo(new RapportSettings(3, true));
        assertThat(ao.count(SettingEntity.class)).as("one row per setting").isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 100})
    void update_allowanceAtTheBounds_isAccepted(int allowance) {
        assertThat(service.update(ADMIN, new RapportSettings(allowance, true)).weeklyAllowance()).isEqualTo(allowance);
        assertThat(service.current().weeklyAllowance()).isEqualTo(allowance);
    }

    @Test
    void update_zeroAllowance_meansUnlimited() {
        assertThat(service.update(ADMIN, new RapportSettings(0, true)).unlimited()).isTrue();
        assertThat(RapportSettings.DEFAULTS.unlimited()).isFalse();
    }

    @Test
    void update_byNonAdmin_isForbidden_andNothingIsWritten() {
        assertThatThrownBy(() -> service.update(MEMBER, new RapportSettings(50, false))).isInstanceOf(ForbiddenException.class);

        assertThat(ao.count(SettingEntity.class)).isZero();
        assertThat(service.current()).isEqualTo(RapportSettings.DEFAULTS);
    }

    @Test
    void update_byNonAdmin_leavesStoredSettingsAsTheyWere() {
        service.update(ADMIN, new RapportSettings(7, false));

        assertThatThrownBy(() -> service.update(MEMBER, new RapportSettings(50, true))).isInstanceOf(ForbiddenException.class);

        assertThat(service.current()).isEqualTo(new RapportSettings(7, false));
    }

    @Test
    void update_notSignedIn_isRefused_andNothingIsWritten() {
        assertThatThrownBy(() -> service.update(null, new RapportSettings(50, false))).isInstanceOf(NotSignedInException.class);

        assertThat(ao.count(SettingEntity.class)).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void update_allowanceOutOfRange_isInvalid_andNothingIsWritten(int allowance) {
        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class,
                () -> service.update(ADMIN, new RapportSettings(allowance, false)));

        assertThat(invalid.errors()).containsExactly(FieldError.of("weeklyAllowance", "rapport.error.range", 0, 100));
        assertThat(ao.count(SettingEntity.class)).isZero();
    }

    @Test
    void current_withAStoredAllowanceThatIsNotANumber_readsTheDefault() {
        ao.create(SettingEntity.class, new DBParam(SettingEntity.NAME, SettingsStore.WEEKLY_ALLOWANCE),
                new DBParam(SettingEntity.SETTING_VALUE, "lots"));

        assertThat(service.current()).isEqualTo(RapportSettings.DEFAULTS);
    }

    /**
     * The first save of a fresh installation, sent twice at once (a double click, or two admins on
     * two nodes): both find no row and both insert one. The unique name index lets only one
     * insert through; the other must end as a success or a conflict, never as a failure in SQL.
     */
    @Test
    void update_twiceAtOnceOnAFreshInstallation_eachSucceedsOrConflicts() throws Exception {
        CyclicBarrier bothSaving = new CyclicBarrier(2);
        AtomicInteger saves = new AtomicInteger();
        SettingsService racing = serviceOver(new SettingsStore(ao) {
            @Override
            public void putAll(Map<String, String> settings) {
                if (saves.getAndIncrement() >= 2) {
                    // A retry after the race: nobody to meet any more.
                    super.putAll(settings);
                    return;
                }
                try {
                    bothSaving.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } catch (BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException("the other update never reached its save", e);
                }
                super.putAll(settings);
            }
        });
        List<RapportSettings> wanted = List.of(new RapportSettings(5, false), new RapportSettings(20, true));

        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Throwable> failures = new ArrayList<>();
        List<RapportSettings> saved = new ArrayList<>();
        try {
            List<Future<RapportSettings>> futures = new ArrayList<>();
            for (RapportSettings settings : wanted) {
                futures.add(threads.submit(() -> racing.update(ADMIN, settings)));
            }
            for (Future<RapportSettings> future : futures) {
                try {
                    saved.add(future.get(30, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(failures).allSatisfy(failure -> assertThat(failure).isInstanceOf(ConflictException.class));
        assertThat(saved).isNotEmpty();
        assertThat(service.current()).isIn(wanted);
        assertThat(ao.count(SettingEntity.class)).as("one row per setting").isEqualTo(3);
    }

    @Test
    void leaderboardVisibility_isEveryoneByDefault_andIsStored() {
        assertThat(service.current().leaderboardVisibility()).isEqualTo(LeaderboardVisibility.EVERYONE);

        service.update(ADMIN, new RapportSettings(10, true, LeaderboardVisibility.MANAGERS));

        assertThat(serviceOver(new SettingsStore(ao)).current().leaderboardVisibility()).isEqualTo(LeaderboardVisibility.MANAGERS);
    }

    @Test
    void leaderboardVisibility_missing_isAFieldError() {
        InvalidInputException e = catchThrowableOfType(() -> new RapportSettings(10, true, null), InvalidInputException.class);

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("leaderboardVisibility");
    }
}
