package io.tacitcrm.analytics.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The API's documents. Amounts are in {@code currency}; shares are fractions from 0 to 1; null means unknown. */
public final class AnalyticsJson {

    private AnalyticsJson() {
    }

    /** A customer or rep; {@code name} is null for a customer the caller may not open. */
    public record ParetoItem(UUID id, String name, UUID ownerId, BigDecimal value, int deals, double share,
                      double cumulativeShare, boolean top) {
    }

    public record Top(int count, BigDecimal amount, double share, int percent) {
    }

    public record ParetoDoc(String dimension, LocalDate from, LocalDate to, String currency, BigDecimal total, Top top,
                     List<ParetoItem> items, String nextCursor, List<ParetoItem> quiet,
                     List<ParetoItem> singleThreaded, int quietDays) {
    }

    public record StageDoc(UUID stageId, String name, int probability, String outcome, int deals, BigDecimal amount,
                    BigDecimal weighted, int entered, int movedOn, Double conversion, Double medianDays) {
    }

    public record PipelineDoc(LocalDate from, LocalDate to, LocalDate closeFrom, LocalDate closeTo, String currency,
                       int deals, BigDecimal amount, BigDecimal weighted, List<StageDoc> stages) {
    }

    public record LineDoc(BigDecimal committed, BigDecimal weightedOpen, BigDecimal bestCase, BigDecimal target,
                   Double attainment) {
    }

    public record RepLineDoc(UUID userId, String name, UUID roleId, LineDoc figures) {
    }

    public record RoleLineDoc(UUID roleId, String name, UUID parentId, LineDoc figures) {
    }

    public record ForecastDoc(String period, LocalDate from, LocalDate to, String currency, LineDoc total,
                       List<RepLineDoc> items, String nextCursor, List<RoleLineDoc> roles) {
    }

    public record CountsDoc(long done, long planned) {
    }

    public record ActivityLineDoc(UUID id, String name, int people, long done, long planned,
                                  Map<String, CountsDoc> byType, int customersTouched, Integer reportsDue,
                                  Integer reportsSubmitted, Double compliance, boolean top) {
    }

    public record ActivityDoc(LocalDate from, LocalDate to, String groupBy, List<ActivityLineDoc> items,
                       String nextCursor) {
    }

    /** An alert's suggested action; {@code link} opens it in the application. */
    public record AlertDoc(String kind, double share, String action, UUID customerId, String link) {
    }

    public record RiskLineDoc(UUID userId, String name, double wonShare, double pipelineShare, double topCustomerShare,
                       int topCustomers, int singleThreaded, int untouched, List<AlertDoc> alerts) {
    }

    public record RiskDoc(LocalDate from, LocalDate to, String currency, double threshold, int quietDays,
                   List<RiskLineDoc> items, String nextCursor) {
    }
}
