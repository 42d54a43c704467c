package org.rapport.help.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import org.rapport.help.HelpDepartmentsRecount;
import org.rapport.help.HelpStore;
import org.rapport.org.OrgChart;
import org.rapport.platform.Transactions;
import org.rapport.tally.Tallies;
import org.rapport.tally.TallyStore;
import org.rapport.tally.ao.TallyEntity;
import org.rapport.org.OrgStore;
import org.rapport.org.ao.OrgPersonEntity;

/**
 * Model version 5: the help ledger's breadth in departments becomes counters kept with each
 * confirmation. Records the org chart's current departments on help confirmed before (their
 * department when confirmed is not known any more) and counts the {@code HT}/{@code HN} counters
 * from the entries ({@link HelpDepartmentsRecount}). AO runs upgrade tasks under a cluster lock
 * before the plugin serves requests; a stopped run is finished by the next start.
 * (Versions 3 and 4 are other rooms'; AO only needs the versions ascending.) Like every upgrade
 * task it builds the other rooms' stores itself: AO hands it an {@link ActiveObjects} at this model
 * version before the plugin's container serves anything.
 */
public class HelpDepartmentCounters implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("5");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // An upgrade task sees the schema of its own model version: migrate before touching rows.
        ao.migrate(HelpEntryEntity.class, HelpSkillEntity.class, TallyEntity.class, OrgPersonEntity.class);
        new HelpDepartmentsRecount(new HelpStore(ao), new Tallies(new TallyStore(ao)), new OrgChart(new OrgStore(ao)),
                new Transactions(ao)).run();
    }
}
