package com.atlassian.scheduler.config;

/** Compile-time stand-in (atlassian-scheduler API): on one node of the cluster, or on every node. */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
