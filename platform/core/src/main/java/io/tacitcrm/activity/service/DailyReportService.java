package io.tacitcrm.activity.service;

import io.tacitcrm.activity.domain.DailyReport;
import io.tacitcrm.activity.domain.DailyReportRepository;
import io.tacitcrm.activity.domain.ReportComment;
import io.tacitcrm.activity.domain.ReportText;
import io.tacitcrm.audit.service.Audit;
import io.tacitcrm.common.domain.ExpectedVersion;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.common.domain.TextRules;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Member;
import io.tacitcrm.identity.service.Principal;
import io.tacitcrm.identity.service.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Daily reports. Everyone writes their own; a manager reads (and comments on) the reports of everyone whose role lies
 * below theirs, and sees who has not reported. The summary of the day's footprints is generated when read, so
 * footprints logged after the report still count.
 */
@ApplicationScoped
@Transactional
public class DailyReportService {

    public static final int MAX_DAYS = 93;
    static final String ENTITY = "daily_report";

    private final DailyReportRepository reports;
    private final UserDirectory users;
    private final CurrentPrincipal caller;
    private final Audit audit;
    private final Clock clock;

    @Inject
    public DailyReportService(DailyReportRepository reports, UserDirectory users, CurrentPrincipal caller,
            Audit audit, Clock clock) {
        this.reports = reports;
        this.users = users;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected DailyReportService() {
        this(null, null, null, null, null);
    }

    /** Writes (or rewrites) the caller's report of {@code date}, a day in {@code zone} that has begun. */
    public ReportView submit(LocalDate date, ReportText text, ZoneId zone, ExpectedVersion expected) {
        Principal me = caller.require();
        if (date.isAfter(LocalDate.now(clock.withZone(zone)))) {
            throw InvalidInputException.of("date", "date.future", "a day is reported once it has begun");
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<DailyReport> existing = reports.of(me.userId(), date);
        DailyReport report = existing.map(r -> {
            expected.check(r.version(), ENTITY);
            r.rewrite(text, zone, now);
            return r;
        }).orElseGet(() -> {
            DailyReport created = new DailyReport(Ids.newId(), me.userId(), date, text, zone, now);
            reports.add(created);
            return created;
        });
        reports.flush();
        audit.record(existing.isPresent() ? "UPDATE" : "CREATE", ENTITY, report.id(), "date " + date);
        return views(List.of(report)).getFirst();
    }

    /** Reports between two dates of one person (oneself or someone below), or of oneself and everyone below. */
    public List<ReportView> list(Optional<UserId> author, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw InvalidInputException.of("to", "range", "must be on or after from, at most " + MAX_DAYS
                    + " days later");
        }
        Set<UserId> team = teamIds();
        Set<UserId> authors = author.map(a -> {
            if (!team.contains(a)) {
                throw InvalidInputException.of("userId", "owner.not-below",
                        "you may read your own reports and those of people below your role");
            }
            return Set.of(a);
        }).orElse(team);
        return views(reports.between(authors, from, to, 1000));
    }

    /** The people of the caller's team (the caller and everyone below) without a report of {@code date}. */
    public List<Member> missing(LocalDate date) {
        List<Member> team = team();
        Set<UserId> reported = reports.between(team.stream().map(Member::id).toList(), date, date, team.size() + 1)
                .stream()
                .map(DailyReport::author).collect(Collectors.toSet());
        return team.stream().filter(m -> !reported.contains(m.id())).toList();
    }

    public ReportView comment(UUID reportId, String body) {
        DailyReport report = reports.find(reportId).filter(r -> teamIds().contains(r.author()))
                .orElseThrow(() -> new NotFoundException(ENTITY));
        List<FieldError> errors = new ArrayList<>();
        TextRules.required(errors, "body", body == null ? null : body.replace('\n', ' '), ReportComment.MAX);
        TextRules.throwIfAny(errors);
        reports.add(new ReportComment(Ids.newId(), reportId, caller.require().userId(), body.strip(), clock.instant()));
        reports.flush();
        audit.record("COMMENT", ENTITY, reportId, "comment added");
        return views(List.of(report)).getFirst();
    }

    private List<Member> team() {
        Principal me = caller.require();
        return users.activeMembers().stream().filter(m -> m.id().equals(me.userId())
                || me.rolePath().flatMap(mine -> m.role().map(mine::isAbove)).orElse(false)).toList();
    }

    private Set<UserId> teamIds() {
        return team().stream().map(Member::id).collect(Collectors.toSet());
    }

    private List<ReportView> views(List<DailyReport> page) {
        Map<UUID, List<ReportComment>> comments = reports.comments(page.stream().map(DailyReport::id).toList());
        Set<UserId> people = page.stream().map(DailyReport::author).collect(Collectors.toCollection(HashSet::new));
        comments.values().forEach(cs -> cs.forEach(c -> people.add(c.author())));
        Map<UserId, String> names = users.names(people);
        return page.stream().map(r -> {
            var start = r.date().atStartOfDay(r.zone()).toInstant();
            var end = r.date().plusDays(1).atStartOfDay(r.zone()).toInstant();
            List<ReportView.CommentView> remarks = comments.getOrDefault(r.id(), List.of()).stream()
                    .map(c -> new ReportView.CommentView(c.id(), c.author(), names.getOrDefault(c.author(), ""),
                            c.body(), c.createdAt()))
                    .toList();
            return new ReportView(r.id(), r.author(), names.getOrDefault(r.author(), ""), r.date(), r.text(),
                    reports.summarize(r.author(), start, end), remarks, r.submittedAt(), r.updatedAt(), r.version());
        }).toList();
    }
}
