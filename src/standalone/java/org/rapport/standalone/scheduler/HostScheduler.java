package org.rapport.standalone.scheduler;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

import java.io.PrintStream;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The standalone host's atlassian-scheduler: runs each scheduled job on a single daemon thread at its
 * interval (the host is one node, so run-once-per-cluster and run-locally are the same here). A job
 * whose runner is not registered is skipped, as the products do; scheduling an id again replaces it.
 */
public final class HostScheduler implements SchedulerService, AutoCloseable {
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rapport-scheduler");
        t.setDaemon(true);
        return t;
    });
    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, ScheduledFuture<?>> jobs = new ConcurrentHashMap<>();
    private final Map<JobId, JobConfig> configs = new ConcurrentHashMap<>();
    private final PrintStream log;

    public HostScheduler(PrintStream log) {
        this.log = log;
    }

    @Override
    public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
        runners.put(jobRunnerKey, jobRunner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
        runners.remove(jobRunnerKey);
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig config) throws SchedulerServiceException {
        if (executor.isShutdown()) {
            throw new SchedulerServiceException("The host's scheduler has stopped");
        }
        long interval = config.getSchedule().intervalInMillis();
        Date first = config.getSchedule().firstRunTime();
        long delay = first == null ? 0 : Math.max(0, first.getTime() - System.currentTimeMillis());
        Runnable run = () -> runNow(jobId, config);
        ScheduledFuture<?> future = interval > 0
                ? executor.scheduleWithFixedDelay(run, delay, interval, TimeUnit.MILLISECONDS)
                : executor.schedule(run, delay, TimeUnit.MILLISECONDS);
        configs.put(jobId, config);
        ScheduledFuture<?> previous = jobs.put(jobId, future);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    @Override
    public void unscheduleJob(JobId jobId) {
        configs.remove(jobId);
        ScheduledFuture<?> future = jobs.remove(jobId);
        if (future != null) {
            future.cancel(false);
        }
    }

    /** Runs a scheduled job once, now, on the caller's thread; false when no such job or runner exists. */
    public boolean runNow(JobId jobId) {
        JobConfig config = configs.get(jobId);
        return config != null && runNow(jobId, config);
    }

    /** One tick of a job; false if its runner is not registered. */
    private boolean runNow(JobId jobId, JobConfig config) {
        JobRunner runner = runners.get(config.getJobRunnerKey());
        if (runner == null) {
            return false;
        }
        Date start = new Date();
        try {
            JobRunnerResponse response = runner.runJob(new Request(start, jobId, config));
            log.println("Job " + jobId + ": " + (response == null ? "done" : response));
        } catch (RuntimeException e) {
            // A failing run must not cancel the periodic schedule (ScheduledExecutorService would).
            log.println("Job " + jobId + " failed: " + e);
        }
        return true;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private record Request(Date start, JobId jobId, JobConfig config) implements JobRunnerRequest {
        @Override
        public Date getStartTime() {
            return new Date(start.getTime());
        }

        @Override
        public JobId getJobId() {
            return jobId;
        }

        @Override
        public JobConfig getJobConfig() {
            return config;
        }

        @Override
        public boolean isCancellationRequested() {
            return Thread.currentThread().isInterrupted();
        }
    }
}
