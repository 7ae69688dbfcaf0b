package io.tacitcrm.example.cadence;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.records.RecordRef;
import io.tacitcrm.api.records.RecordType;
import io.tacitcrm.api.ui.RecordPanel;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.pf4j.Extension;

/** A customer's tab: when it was last visited, and whether a visit is due. */
@Extension
public class CadencePanel implements RecordPanel {

    @Override
    public boolean appliesTo(RecordType type) {
        return type == RecordType.ACCOUNT;
    }

    @Override
    public String title(Locale locale) {
        return new Texts(locale).get("panel.title");
    }

    @Override
    public Component create(RecordRef record, PluginContext context) {
        Texts texts = new Texts(context.locale());
        CadenceRule rule = Settings.rule(context);
        Instant now = Clock.systemUTC().instant();
        Optional<Instant> last = CadenceStore.find(context, record.id(), rule).flatMap(CadenceStore.Entry::lastVisit);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(context.locale()).withZone(context.zone());
        Span status = new Span(texts.get(rule.overdue(last, now) ? "panel.overdue" : "panel.on-time"));
        status.getElement().getThemeList().add(rule.overdue(last, now) ? "badge error" : "badge success");
        status.setId("cadence-status");
        Paragraph lastVisit = new Paragraph(last.map(at -> texts.get("panel.last", date.format(at),
                CadenceRule.daysSince(last, now).orElse(0L))).orElse(texts.get("panel.never")));
        return new Div(status, lastVisit, new Paragraph(texts.get("view.rule", rule.overdueDays())));
    }
}
