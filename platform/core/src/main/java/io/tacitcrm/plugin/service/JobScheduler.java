package io.tacitcrm.plugin.service;

import io.tacitcrm.api.job.JobSchedule;
import io.tacitcrm.api.job.ScheduledJob;
import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.service.CompanyPrincipals;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Principal;
import io.tacitcrm.plugin.domain.InstalledPlugin;
import io.tacitcrm.plugin.domain.JobRun;
import io.tacitcrm.plugin.domain.PluginCatalog;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.service.TenantRunner;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs modules' {@link ScheduledJob scheduled jobs}: every tick ({@code tacit.jobs.tick-seconds}, 30 by default) it
 * visits each active company, and for each job of a plugin the company has on it claims the latest scheduled time in
 * the database and, if the claim is this server's, runs the job as the company under the plugin time limit. Two servers
 * on one database race for the claim; the primary key lets exactly one win. Times before the company switched the
 * plugin on are not run.
 */
@ApplicationScoped
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());
    /** Margin past the time limit before an unfinished run counts as interrupted (its result is being recorded). */
    private static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(1);

    /** A job of an active plugin, with its name and schedule read once per tick. */
    record Job(String pluginId, ScheduledJob job, String name, JobSchedule schedule) {
    }

    /** A company's switched-on plugins (since when), as read at an access revision. */
    private record Switches(long revision, Map<String, Instant> enabledSince) {
    }

    /**
     * Each company's switches, kept until its access revision moves (switching a plugin bumps it): a tick reads the
     * revisions of all companies in one query and the switches only of companies that changed, instead of one
     * transaction per company every tick.
     */
    private final Map<TenantId, Switches> switches = new ConcurrentHashMap<>();

    @Resource
    ManagedScheduledExecutorService scheduler;
    private final TenantRunner runner;
    private final PluginCatalog catalog;
    private final PluginCalls calls;
    private final PluginContexts contexts;
    private final JobClaims claims;
    private final CompanyPrincipals companies;
    private final Clock clock;
    private final CurrentPrincipal caller;
    private final PluginEnablement enablement;

    @Inject
    public JobScheduler(TenantRunner runner, PluginCatalog catalog, PluginCalls calls,
            PluginContexts contexts, JobClaims claims, CompanyPrincipals companies, Clock clock,
            CurrentPrincipal caller, PluginEnablement enablement) {
        this.runner = runner;
        this.catalog = catalog;
        this.calls = calls;
        this.contexts = contexts;
        this.claims = claims;
        this.companies = companies;
        this.clock = clock;
        this.caller = caller;
        this.enablement = enablement;
    }

    /** For CDI's proxy only. */
    protected JobScheduler() {
        this(null, null, null, null, null, null, null, null, null);
    }

    @Inject
    @ConfigProperty(name = "tacit.jobs.tick-seconds", defaultValue = "30")
    int tickSeconds;
    @Inject
    @ConfigProperty(name = "tacit.server.name")
    Optional<String> serverName;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (tickSeconds > 0) {
            LOG.info(() -> "Scheduled jobs: this server (" + server() + ") looks for due runs every " + tickSeconds
                    + " s");
            scheduler.scheduleWithFixedDelay(this::tick, tickSeconds, tickSeconds, TimeUnit.SECONDS);
        }
    }

    /** One pass over every company; a failure in one company or job is logged and the rest go on. */
    void tick() {
        try {
            List<Job> jobs = jobs();
            if (jobs.isEmpty()) {
                return;
            }
            Set<String> withJobs = jobs.stream().map(Job::pluginId).collect(Collectors.toSet());
            Map<TenantId, Long> revisions = runner.activeTenantRevisions();
            switches.keySet().retainAll(revisions.keySet());
            revisions.forEach((tenant, revision) -> {
                try {
                    Map<String, Instant> enabled = switchesOf(tenant, revision);
                    if (enabled.keySet().stream().anyMatch(withJobs::contains)) {
                        runner.as(tenant, () -> runDue(tenant, jobs, enabled, clock.instant()));
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Scheduled jobs failed for tenant " + tenant, e);
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled jobs tick failed", e);
        }
    }

    /** The active plugins' jobs; their names and schedules are plugin code, asked under the time limit too. */
    private List<Job> jobs() {
        return catalog.installed().stream().filter(InstalledPlugin::isActive)
                .flatMap(p -> catalog.extensions(p.id(), ScheduledJob.class).stream()
                        .flatMap(job -> calls.call(p.id(), "job name and schedule",
                                () -> new Job(p.id(), job, job.name(), job.schedule()))
                                instanceof PluginOutcome.Done<Job> done ? Stream.of(done.value()) : Stream.empty()))
                .toList();
    }

    private Map<String, Instant> switchesOf(TenantId tenant, long revision) {
        Switches known = switches.get(tenant);
        if (known == null || known.revision() != revision) {
            known = new Switches(revision, runner.as(tenant, claims::enabledSince));
            switches.put(tenant, known);
        }
        return known.enabledSince();
    }

    private int runDue(TenantId tenant, List<Job> jobs, Map<String, Instant> enabled, Instant now) {
        int ran = 0;
        for (Job job : jobs) {
            Instant since = enabled.get(job.pluginId());
            Instant at = job.schedule().latestAt(now);
            if (since == null || at.isBefore(since) || !claims.claim(job.pluginId(), job.name(), at, server(), now)) {
                continue;
            }
            ran++;
            execute(tenant, job, at);
        }
        return ran;
    }

    /** Runs a claimed job for the company as the company, and records how it ended. */
    private void execute(TenantId tenant, Job job, Instant at) {
        Optional<Principal> company = companies.of(tenant);
        PluginOutcome<Object> outcome = company.isEmpty()
                ? new PluginOutcome.Failed<>(job.pluginId(), job.name(), false, "the company has no roles",
                Optional.empty())
                : calls.call(job.pluginId(), "job " + job.name(), () -> {
                    job.job().run(contexts.of(job.pluginId(), PluginCaller.of(company.get())), at);
                    return null;
                });
        switch (outcome) {
            case PluginOutcome.Done<Object> done -> claims.finish(job.pluginId(), job.name(), at,
                    JobRun.Outcome.DONE, "", clock.instant());
            case PluginOutcome.Failed<Object> failed -> claims.finish(job.pluginId(), job.name(), at,
                    failed.timedOut() ? JobRun.Outcome.TIMED_OUT : JobRun.Outcome.FAILED, failed.message(),
                    clock.instant());
        }
    }

    /**
     * The company's latest runs of a switched-on module's jobs, newest first, for its administrators
     * ({@code plugins.manage}).
     */
    public List<JobRun> recent(String pluginId) {
        requireManaged(pluginId);
        Instant now = clock.instant();
        // a run ends within the plugins' time limit; one unfinished well past it lost its server
        return claims.recent(pluginId, 50, now.minusMillis(calls.timeoutMillis()).minus(INTERRUPTED_AFTER), now);
    }

    /**
     * Runs one of a switched-on module's jobs for the caller's company now, as if its time had come (an administrator
     * checking a job, or catching up after fixing its data), and answers the run. Claimed like a scheduled run.
     */
    public JobRun runNow(String pluginId, String jobName) {
        Principal me = requireManaged(pluginId);
        Job job = jobs().stream().filter(j -> j.pluginId().equals(pluginId) && j.name().equals(jobName))
                .findFirst().orElseThrow(() -> new NotFoundException("job"));
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (!claims.claim(pluginId, jobName, at, server(), at)) {
            throw new ConflictException("job", "job.running", "This job was started at this very moment already.");
        }
        execute(me.tenantId(), job, at);
        return claims.recent(pluginId, 50).stream().filter(r -> r.job().equals(jobName) && r.scheduledAt().equals(at))
                .findFirst().orElseThrow();
    }

    private Principal requireManaged(String pluginId) {
        Principal me = caller.require();
        me.require(Permission.PLUGINS_MANAGE);
        if (!enablement.isEnabled(pluginId)) {
            throw new NotFoundException("plugin");
        }
        return me;
    }

    /** This server's name in the runs it claims: {@code tacit.server.name}, else host and process id. */
    String server() {
        return serverName.filter(s -> !s.isBlank()).orElseGet(() -> ManagementFactory.getRuntimeMXBean().getName());
    }
}
