package io.tacitcrm.analytics;

import io.tacitcrm.api.ModuleSetting;
import io.tacitcrm.api.PluginContext;
import java.util.List;
import java.util.Locale;

/**
 * The company's settings of the module: the size of the top (20 of 20/80), when a high-value customer counts as
 * quiet, how far back contacts count as engaged, and the share of the business one rep may hold before an alert.
 */
public record AnalyticsSettings(int topPercent, int quietDays, int engagementDays, int riskSharePercent) {

    static final String TOP_PERCENT = "top-percent";
    static final String QUIET_DAYS = "quiet-days";
    static final String ENGAGEMENT_DAYS = "engagement-days";
    static final String RISK_SHARE = "risk-share";

    static List<ModuleSetting> described(Locale locale) {
        Texts texts = new Texts(locale);
        return List.of(ModuleSetting.integer(TOP_PERCENT, texts.get("setting.top-percent"), 20, 5, 50),
                ModuleSetting.integer(QUIET_DAYS, texts.get("setting.quiet-days"), 60, 7, 365),
                ModuleSetting.integer(ENGAGEMENT_DAYS, texts.get("setting.engagement-days"), 90, 7, 365),
                ModuleSetting.integer(RISK_SHARE, texts.get("setting.risk-share"), 30, 5, 100));
    }

    public static AnalyticsSettings of(PluginContext context) {
        return new AnalyticsSettings((int) context.settings().integer(TOP_PERCENT),
                (int) context.settings().integer(QUIET_DAYS), (int) context.settings().integer(ENGAGEMENT_DAYS),
                (int) context.settings().integer(RISK_SHARE));
    }
}
