package com.atlassian.activeobjects.external;

/** Compile-time stand-in: an upgrade task run in ascending model version under a cluster lock. */
public interface ActiveObjectsUpgradeTask {
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
