package io.tacitcrm.analytics.ui;

import io.tacitcrm.analytics.AnalyticsModule;
import io.tacitcrm.analytics.Texts;
import io.tacitcrm.api.CurrentUser;
import io.tacitcrm.api.PluginContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The choices of whose figures to show: everyone the user can see, only their own, then each role (with those below
 * it), each team and each person — for holders of {@value AnalyticsModule#TEAM}; the others get their own only.
 */
final class WhoseChoices {

    private WhoseChoices() {
    }

    static List<Whose> of(PluginContext context, Texts texts) {
        CurrentUser me = context.requireUser();
        Whose mine = new Whose(texts.get("filter.owner.me"), Optional.of(me.id()), Optional.empty(),
                Optional.empty());
        if (!me.has(AnalyticsModule.TEAM)) {
            return List.of(mine);
        }
        List<Whose> choices = new ArrayList<>();
        choices.add(Whose.everyone(texts.get("filter.owner.visible")));
        choices.add(mine);
        context.roles().all().forEach(r -> choices.add(new Whose(texts.get("filter.role") + ": " + r.name(),
                Optional.empty(), Optional.of(r.id()), Optional.empty())));
        context.users().teams().forEach(t -> choices.add(new Whose(texts.get("filter.team") + ": " + t.name(),
                Optional.empty(), Optional.empty(), Optional.of(t.id()))));
        context.users().active().stream().filter(u -> !u.id().equals(me.id())).forEach(u -> choices.add(
                new Whose(u.name(), Optional.of(u.id()), Optional.empty(), Optional.empty())));
        return choices;
    }
}
