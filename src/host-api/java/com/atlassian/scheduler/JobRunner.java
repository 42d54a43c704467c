package com.atlassian.scheduler;

/**
 * Compile-time stand-in (atlassian-scheduler API): the work of a scheduled job, registered under a
 * {@link com.atlassian.scheduler.config.JobRunnerKey}. Its one abstract method is declared, as the plugin implements it.
 */
public interface JobRunner {
    /** May return null (treated as success). */
    JobRunnerResponse runJob(JobRunnerRequest request);
}
