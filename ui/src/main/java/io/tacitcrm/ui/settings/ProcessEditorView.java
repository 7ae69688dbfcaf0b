package io.tacitcrm.ui.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.common.domain.ExpectedVersion;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.customer.domain.DecisionRole;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.sales.domain.ActivityType;
import io.tacitcrm.sales.domain.OpportunityField;
import io.tacitcrm.sales.domain.StageDefinition;
import io.tacitcrm.sales.domain.StageKind;
import io.tacitcrm.sales.service.SalesProcess;
import io.tacitcrm.sales.service.CloseReasons;
import io.tacitcrm.sales.service.SalesProcessService;
import io.tacitcrm.sales.service.StageSubmission;
import io.tacitcrm.ui.shell.FieldErrors;
import io.tacitcrm.ui.shell.MainLayout;
import io.tacitcrm.ui.shell.TextLimits;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The sales-process editor: add, rename, reorder and retire stages, set probability, kind, guidance and entry
 * requirements. Nothing is stored until "Save"; then the whole process is replaced at once, or nothing is.
 */
@Route(value = "settings/process", layout = MainLayout.class)
@Dependent
public class ProcessEditorView extends VerticalLayout implements HasDynamicTitle, BeforeLeaveObserver {

    private final SalesProcessService process;
    private final CloseReasons reasons;
    private final Grid<StageDraft> stages = new Grid<>();
    private final List<StageDraft> drafts = new ArrayList<>();
    private final VerticalLayout editor = new VerticalLayout();
    private final Div message = new Div();
    private long revision;
    private List<StageSubmission> saved = List.of();

    @Inject
    public ProcessEditorView(SalesProcessService process, CloseReasons reasons, CurrentPrincipal principal) {
        this.process = process;
        this.reasons = reasons;
        setSizeFull();
        add(new H2(getTranslation("process.title")), new Paragraph(getTranslation("process.intro")));
        if (!principal.require().has(Permission.PROCESS_MANAGE)) {
            add(new Paragraph(getTranslation("error.permission.missing")));
            return;
        }
        stages.addColumn(d -> d.name).setHeader(getTranslation("process.stage")).setFlexGrow(1);
        stages.addColumn(d -> d.probability + "%").setHeader(getTranslation("process.probability")).setAutoWidth(true)
                .setFlexGrow(0);
        stages.addColumn(d -> getTranslation("process.kind." + d.kind)).setHeader(getTranslation("process.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        stages.addColumn(this::requirementSummary).setHeader(getTranslation("process.requirements")).setFlexGrow(2);
        stages.setId("process-stages");
        stages.addSelectionListener(e -> edit(e.getFirstSelectedItem()));
        stages.setWidth("60%");
        Button add = new Button(getTranslation("process.add"), VaadinIcon.PLUS.create(), e -> {
            StageDraft draft = new StageDraft(Optional.empty());
            draft.name = getTranslation("process.new-stage");
            drafts.add(Math.max(0, (int) drafts.stream().filter(d -> d.kind == StageKind.OPEN).count()), draft);
            refresh(draft);
        });
        add.setId("process-add");
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> shift(-1));
        up.setAriaLabel(getTranslation("process.up"));
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> shift(1));
        down.setAriaLabel(getTranslation("process.down"));
        Button retire = new Button(getTranslation("process.retire"), e -> selected().ifPresent(d -> {
            drafts.remove(d);
            refresh(null);
        }));
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        retire.setId("process-retire");
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("process-save");
        Button reset = new Button(getTranslation("process.reset"), e -> load());
        Button closeReasons = new Button(getTranslation("reasons.title"), VaadinIcon.LIST.create(), e -> {
            var current = reasons.current();
            new CloseReasonsDialog(CloseReasonsForm.of(current), form -> reasons.replace(form.drafts(current)),
                    () -> { }).open();
        });
        closeReasons.setId("process-reasons");
        HorizontalLayout actions = new HorizontalLayout(add, up, down, retire, reset, save, closeReasons);
        actions.setWrap(true);
        editor.setWidth("40%");
        editor.setPadding(false);
        editor.getStyle().set("overflow", "auto");
        editor.setHeightFull();
        HorizontalLayout body = new HorizontalLayout(stages, editor);
        body.setSizeFull();
        add(actions, message, body);
        expand(body);
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("process.title") + " · Tacit CRM";
    }

    private void load() {
        SalesProcess current = process.current();
        revision = current.revision();
        drafts.clear();
        current.active().forEach(s -> drafts.add(StageDraft.of(s)));
        saved = submissions().orElse(List.of());
        message.setText("");
        refresh(null);
    }

    private void refresh(StageDraft select) {
        stages.setItems(drafts);
        if (select != null) {
            stages.select(select);
        } else {
            edit(Optional.empty());
        }
    }

    /** Leaving with changes that were not saved asks first: the editor holds a whole process, easy to lose. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (drafts.isEmpty() || submissions().filter(saved::equals).isPresent()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("process.unsaved.title"),
                getTranslation("process.unsaved.text"), getTranslation("process.unsaved.leave"), e -> leave.proceed());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("process.unsaved.stay"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("process-unsaved");
        confirm.open();
    }

    /** The editor's stages as they would be saved; empty while one of them is not valid yet. */
    private Optional<List<StageSubmission>> submissions() {
        try {
            return Optional.of(drafts.stream().map(StageDraft::toSubmission).toList());
        } catch (DomainException incomplete) {
            return Optional.empty();
        }
    }

    private Optional<StageDraft> selected() {
        return stages.getSelectedItems().stream().findFirst();
    }

    private void shift(int by) {
        selected().ifPresent(d -> {
            int from = drafts.indexOf(d);
            int to = Math.clamp(from + by, 0, drafts.size() - 1);
            drafts.remove(from);
            drafts.add(to, d);
            refresh(d);
        });
    }

    private String requirementSummary(StageDraft d) {
        List<String> parts = new ArrayList<>();
        d.fields.stream().sorted().forEach(f -> parts.add(getTranslation("opportunity." + f.jsonName())));
        d.activities.forEach(a -> parts.add(a.min + "× " + getTranslation("activity.type." + a.type)
                + a.role.map(r -> " (" + getTranslation("contact.role." + r) + ")").orElse("")
                + (a.onCustomer ? " " + getTranslation("process.on-customer.short") : "")));
        if (d.skippable && d.kind == StageKind.OPEN) {
            parts.add(getTranslation("process.skippable.short"));
        }
        return String.join(", ", parts);
    }

    /** The form of the selected stage; every change goes straight into its draft and the list. */
    private void edit(Optional<StageDraft> selection) {
        editor.removeAll();
        if (selection.isEmpty()) {
            editor.add(new Span(getTranslation("process.select")));
            return;
        }
        StageDraft d = selection.get();
        TextField name = new TextField(getTranslation("process.stage"), d.name, e
                -> { d.name = e.getValue(); stages.getDataProvider().refreshItem(d); });
        name.setId("stage-name");
        TextLimits.limit(name, 100);
        IntegerField probability = new IntegerField(getTranslation("process.probability"));
        probability.setValue(d.probability);
        probability.setMin(0);
        probability.setMax(100);
        probability.addValueChangeListener(e -> { d.probability = Optional.ofNullable(e.getValue())
                .orElse(-1); stages.getDataProvider().refreshItem(d); });
        Select<StageKind> kind = new Select<>();
        kind.setLabel(getTranslation("process.kind"));
        kind.setItems(StageKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("process.kind." + k));
        kind.setValue(d.kind);
        kind.addValueChangeListener(e -> { d.kind = e.getValue(); stages.getDataProvider().refreshItem(d); });
        TextArea guidance = new TextArea(getTranslation("process.guidance"), d.guidance, e
                -> d.guidance = e.getValue());
        TextLimits.limit(guidance, StageDefinition.GUIDANCE_MAX);
        CheckboxGroup<OpportunityField> fields = new CheckboxGroup<>(getTranslation("process.required-fields"));
        fields.setItems(OpportunityField.values());
        fields.setItemLabelGenerator(f -> getTranslation("opportunity." + f.jsonName()));
        fields.setValue(d.fields);
        fields.addValueChangeListener(e -> {
            d.fields = EnumSet.noneOf(OpportunityField.class);
            d.fields.addAll(e.getValue());
            stages.getDataProvider().refreshItem(d);
        });
        Checkbox skippable = new Checkbox(getTranslation("process.skippable"), d.skippable, e -> {
            d.skippable = e.getValue();
            stages.getDataProvider().refreshItem(d);
        });
        skippable.setHelperText(getTranslation("process.skippable.help"));
        skippable.setId("stage-skippable");
        skippable.setVisible(d.kind == StageKind.OPEN);
        kind.addValueChangeListener(e -> skippable.setVisible(e.getValue() == StageKind.OPEN));
        FormLayout form = new FormLayout(name, probability, kind, guidance, fields, skippable);
        form.setColspan(name, 2);
        form.setColspan(guidance, 2);
        form.setColspan(fields, 2);
        form.setColspan(skippable, 2);
        VerticalLayout activities = new VerticalLayout();
        activities.setPadding(false);
        Runnable[] redraw = new Runnable[1];
        redraw[0] = () -> {
            activities.removeAll();
            activities.add(new Span(getTranslation("process.required-activities")));
            d.activities.forEach(line -> activities.add(activityRow(d, line, redraw[0])));
            Button more = new Button(getTranslation("process.add-activity"), VaadinIcon.PLUS.create(), e -> {
                if (d.activities.size() < 10) {
                    d.activities.add(new StageDraft.ActivityLine());
                    redraw[0].run();
                    stages.getDataProvider().refreshItem(d);
                }
            });
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            activities.add(more);
        };
        redraw[0].run();
        editor.add(form, activities);
    }

    private HorizontalLayout activityRow(StageDraft d, StageDraft.ActivityLine line, Runnable redraw) {
        IntegerField min = new IntegerField();
        min.setValue(line.min);
        min.setMin(1);
        min.setMax(100);
        min.setWidth("5em");
        min.addValueChangeListener(e -> { line.min = Optional.ofNullable(e.getValue())
                .orElse(1); stages.getDataProvider().refreshItem(d); });
        Select<ActivityType> type = new Select<>();
        type.setItems(ActivityType.values());
        type.setItemLabelGenerator(t -> getTranslation("activity.type." + t));
        type.setValue(line.type);
        type.addValueChangeListener(e -> { line.type = e.getValue(); stages.getDataProvider().refreshItem(d); });
        Select<DecisionRole> role = new Select<>();
        role.setItems(DecisionRole.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("process.any-contact"));
        role.setItemLabelGenerator(r -> r == null ? getTranslation("process.any-contact")
                : getTranslation("contact.role." + r));
        role.setValue(line.role.orElse(null));
        role.addValueChangeListener(e -> { line.role = Optional.ofNullable(e.getValue()); stages.getDataProvider()
                .refreshItem(d); });
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            d.activities.remove(line);
            redraw.run();
            stages.getDataProvider().refreshItem(d);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("action.delete"));
        Checkbox onCustomer = new Checkbox(getTranslation("process.on-customer"), line.onCustomer);
        onCustomer.setTooltipText(getTranslation("process.on-customer.help"));
        onCustomer.addClassName("process-on-customer");
        onCustomer.addValueChangeListener(e -> { line.onCustomer = e.getValue(); stages.getDataProvider()
                .refreshItem(d); });
        type.setWidth("8em");
        role.setWidth("11em");
        HorizontalLayout row = new HorizontalLayout(min, type, role, onCustomer, remove);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setWrap(true);
        return row;
    }

    private void save() {
        message.removeClassName("tacit-form-error");
        try {
            SalesProcess saved = process.replace(drafts.stream().map(StageDraft::toSubmission).toList(),
                    ExpectedVersion.of(revision));
            revision = saved.revision();
            load();
            Notification.show(getTranslation("process.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            message.addClassName("tacit-form-error");
            message.setText(e.errors().stream().map(this::describe).collect(Collectors.joining(" ")));
        } catch (DomainException e) {
            message.addClassName("tacit-form-error");
            message.setText(FieldErrors.translate(this, new FieldError("", e.code(), e.getMessage())));
        }
    }

    /** "Stage 3 (Negotiation): Required." — errors of the submitted list name the stage by its place and name. */
    private String describe(FieldError error) {
        var matcher = Pattern.compile("stages\\[(\\d+)]\\.?(.*)").matcher(error.field());
        String text = FieldErrors.translate(this, error);
        if (matcher.matches()) {
            int index = Integer.parseInt(matcher.group(1));
            String stage = index < drafts.size() ? drafts.get(index).name : "";
            return getTranslation("process.error-at", index + 1, stage, text);
        }
        return text;
    }
}
