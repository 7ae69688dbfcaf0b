package io.tacitcrm.analytics.ui;

import io.tacitcrm.analytics.AnalyticsModule;
import io.tacitcrm.analytics.Texts;
import io.tacitcrm.api.CurrentUser;
import io.tacitcrm.api.ui.DashboardWidget;
import java.util.Locale;

/** A home-page card for holders of {@value AnalyticsModule#TEAM}: its id and its title's message key. */
abstract class TeamCard implements DashboardWidget {

    private final String id;
    private final String titleKey;

    TeamCard(String id, String titleKey) {
        this.id = id;
        this.titleKey = titleKey;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title(Locale locale) {
        return new Texts(locale).get(titleKey);
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.has(AnalyticsModule.TEAM);
    }
}
