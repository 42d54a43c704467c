package org.rapport.mentoring.checkin;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.Date;

/**
 * Runs {@link OverdueReminders} every hour on one node of the cluster, through the product's
 * atlassian-scheduler. SAL calls {@link #onStart} once the product and the plugin are up (scheduling
 * earlier is not allowed), which is why the component is exported as a {@link LifecycleAware} service.
 * Scheduling the same job id again replaces it, so every node may schedule it on start; the job
 * itself is safe even if two nodes ran it at once.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class OverdueReminderJob implements JobRunner, LifecycleAware {
    /*
     * The scheduler stores the job under these keys (cluster-wide, across restarts and upgrades), so
     * they stay the class's name from before mentoring split into sub-rooms: a key derived from the
     * class would change with its package and leave the stored job without a runner.
     */
    static final String KEY = "org.rapport.mentoring.OverdueReminderJob";
    static final JobRunnerKey RUNNER = JobRunnerKey.of(KEY);
    static final JobId JOB = JobId.of(KEY);
    static final long INTERVAL_MILLIS = 60L * 60 * 1000;
    static final long FIRST_RUN_DELAY_MILLIS = 60L * 1000;
    private static final Logger LOG = LoggerFactory.getLogger(OverdueReminderJob.class);

    private final SchedulerService scheduler;
    private final OverdueReminders reminders;

    @Inject
    public OverdueReminderJob(@ComponentImport SchedulerService scheduler, OverdueReminders reminders) {
        this.scheduler = scheduler;
        this.reminders = reminders;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER, this);
        try {
            scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(INTERVAL_MILLIS, new Date(System.currentTimeMillis() + FIRST_RUN_DELAY_MILLIS))));
        } catch (SchedulerServiceException e) {
            LOG.error("Could not schedule the overdue check-in reminders", e);
        }
    }

    /** Only the runner goes: the job stays scheduled for the other nodes (and for this one's next start). */
    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            return JobRunnerResponse.success(reminders.run() + " pairings reminded");
        } catch (RuntimeException e) {
            LOG.warn("The overdue check-in reminder run failed; the next run tries again", e);
            return JobRunnerResponse.failed(e);
        }
    }
}
