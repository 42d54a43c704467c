package org.rapport.recognition.category.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.DBParam;

import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Model version 1: seeds the categories most organisations start with, once, on first install.
 * AO runs upgrade tasks under a cluster lock, so two nodes starting together seed only once; the
 * task also seeds nothing if an admin somehow created categories before it ran.
 */
public class DefaultCategories implements ActiveObjectsUpgradeTask {
    private record Seed(String name, String description, String icon, String colour, String kind) {
    }

    private static final List<Seed> SEEDS = List.of(
            new Seed("Teamwork", "Made the team stronger: shared the load, helped others succeed.", "PEOPLE", "BLUE", "VALUE"),
            new Seed("Customer focus", "Went out of their way for a customer or user.", "HEART", "RED", "VALUE"),
            new Seed("Innovation", "Tried a new idea that made things better.", "LIGHTBULB", "PURPLE", "VALUE"),
            new Seed("Above and beyond", "Did more than anyone asked, when it mattered.", "ROCKET", "TEAL", "VALUE"),
            new Seed("Work anniversary", "Another year with us.", "CALENDAR", "YELLOW", "MILESTONE"),
            new Seed("Certification", "Earned a certification or finished a course.", "BOOK", "GREEN", "MILESTONE"),
            new Seed("Launch", "Shipped something to the world.", "FLAG", "GREY", "MILESTONE"));

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // An upgrade task sees the schema of its own model version: migrate before touching rows.
        ao.migrate(CategoryEntity.class);
        if (ao.count(CategoryEntity.class) > 0) {
            return;
        }
        Date now = new Date();
        for (int i = 0; i < SEEDS.size(); i++) {
            Seed seed = SEEDS.get(i);
            ao.create(CategoryEntity.class,
                    new DBParam(CategoryEntity.NAME, seed.name()),
                    new DBParam(CategoryEntity.NORMALIZED_NAME, seed.name().toLowerCase(Locale.ROOT)),
                    new DBParam(CategoryEntity.DESCRIPTION, seed.description()),
                    new DBParam(CategoryEntity.ICON, seed.icon()),
                    new DBParam(CategoryEntity.COLOUR, seed.colour()),
                    new DBParam(CategoryEntity.KIND, seed.kind()),
                    new DBParam(CategoryEntity.SORT_ORDER, i),
                    new DBParam(CategoryEntity.ARCHIVED, Boolean.FALSE),
                    new DBParam(CategoryEntity.UPDATED_AT, now));
        }
    }
}
