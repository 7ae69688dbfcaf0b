package io.tacitcrm.ui.settings;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tacitcrm.access.domain.AccessLevel;
import io.tacitcrm.access.domain.CriteriaField;
import io.tacitcrm.access.domain.GranteeType;
import io.tacitcrm.access.domain.OrgWideDefault;
import io.tacitcrm.access.domain.RuleKind;
import io.tacitcrm.access.domain.SharingRule;
import io.tacitcrm.access.service.RuleDraft;
import io.tacitcrm.access.service.SharingAdministration;
import io.tacitcrm.access.service.SharingRules;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.UserAdministration;
import io.tacitcrm.identity.service.UserDirectory;
import io.tacitcrm.ui.shell.MainLayout;
import io.tacitcrm.ui.shell.Problems;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who sees whose customers beyond the role tree: the org-wide defaults, and sharing rules (records owned by a role or
 * team, or matching a region, industry or tier, opened to someone). Rules apply from the next click, nothing to wait
 * for.
 */
@Route(value = "settings/sharing", layout = MainLayout.class)
@Dependent
public class SharingView extends VerticalLayout implements HasDynamicTitle {

    private final SharingAdministration defaults;
    private final SharingRules rules;
    private final Grantees grantees;
    private final Grid<SharingRule> grid = new Grid<>();
    private final boolean manager;

    @Inject
    public SharingView(SharingAdministration defaults, SharingRules rules, UserDirectory directory,
            UserAdministration users,
                       CurrentPrincipal principal) {
        this.defaults = defaults;
        this.rules = rules;
        this.grantees = new Grantees(directory.activeMembers(), directory.teams(), users.roleTree());
        this.manager = principal.require().has(Permission.SHARING_MANAGE);
        setSizeFull();
        add(new H2(getTranslation("sharing.title")), new Paragraph(getTranslation("sharing.intro")), defaultsRow());
        add(new H3(getTranslation("sharing.rules")));
        grid.addColumn(SharingRule::name).setHeader(getTranslation("sharing.rule.name")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation("sharing.object." + r.objectType()))
                .setHeader(getTranslation("sharing.rule.object")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::what).setHeader(getTranslation("sharing.rule.what")).setFlexGrow(1)
                .setTooltipGenerator(this::what);
        grid.addColumn(r -> grantee(r.granteeType(), r.granteeId())).setHeader(getTranslation("sharing.rule.grantee"))
                .setFlexGrow(1);
        grid.addColumn(r -> getTranslation("access.level." + r.access().name()))
                .setHeader(getTranslation("access.level")).setAutoWidth(true).setFlexGrow(0);
        if (manager) {
            grid.addComponentColumn(r -> new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(r)))
                    .setAutoWidth(true).setFlexGrow(0);
            Button add = new Button(getTranslation("sharing.rule.add"), VaadinIcon.PLUS.create(), e -> addRule());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("rule-add");
            add(add);
        }
        grid.setId("rules-grid");
        grid.setEmptyStateText(getTranslation("sharing.rules.empty"));
        add(grid);
        expand(grid);
        grid.setItems(rules.rules());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sharing.title") + " · Tacit CRM";
    }

    private HorizontalLayout defaultsRow() {
        Map<String, OrgWideDefault> current = defaults.defaults();
        HorizontalLayout row = new HorizontalLayout();
        for (String object : List.of(SharingAdministration.ACCOUNT, SharingAdministration.OPPORTUNITY)) {
            Select<OrgWideDefault> select = new Select<>();
            select.setLabel(getTranslation("sharing.default." + object));
            select.setItems(OrgWideDefault.values());
            select.setItemLabelGenerator(d -> getTranslation("sharing.default." + d.name()));
            select.setValue(current.get(object));
            select.setReadOnly(!manager);
            select.setId("default-" + object);
            select.setWidth("16em");
            select.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    defaults.change(Map.of(object, e.getValue()));
                    Notification.show(getTranslation("sharing.saved"), 3000,
                            Notification.Position.BOTTOM_START);
                }
            });
            row.add(select);
        }
        return row;
    }

    private String what(SharingRule rule) {
        return switch (rule.kind()) {
            case OWNER -> getTranslation("sharing.rule.owned-by", grantee(rule.sourceType().orElseThrow(),
                    rule.sourceId().orElseThrow()));
            case CRITERIA -> getTranslation("sharing.rule.matching", getTranslation("sharing.field."
                    + rule.criteriaField().orElseThrow().field()),
                    String.join(", ", rule.criteriaValues()));
        };
    }

    private String grantee(GranteeType type, UUID id) {
        return getTranslation("grantee." + type.name()) + ": " + grantees.name(type, id);
    }

    private void addRule() {
        Dialog dialog = new Dialog(getTranslation("sharing.rule.add"));
        TextField name = new TextField(getTranslation("sharing.rule.name"));
        name.setId("rule-name");
        Select<String> object = choice("sharing.rule.object", List.of(SharingAdministration.ACCOUNT,
                SharingAdministration.OPPORTUNITY), o -> getTranslation("sharing.object." + o));
        Select<RuleKind> kind = choice("sharing.rule.kind", List.of(RuleKind.values()), k
                -> getTranslation("sharing.kind." + k.name()));
        kind.setId("rule-kind");
        Select<GranteeType> sourceType = choice("sharing.rule.source-type", List.of(GranteeType.ROLE,
                GranteeType.ROLE_AND_SUBORDINATES, GranteeType.TEAM),
                t -> getTranslation("grantee." + t.name()));
        ComboBox<Grantees.Choice> source = new ComboBox<>(getTranslation("sharing.rule.source"));
        source.setItemLabelGenerator(Grantees.Choice::name);
        sourceType.addValueChangeListener(e -> source.setItems(grantees.of(e.getValue())));
        Select<CriteriaField> field = choice("sharing.rule.field", List.of(CriteriaField.values()), f
                -> getTranslation("sharing.field." + f.field()));
        TextField values = new TextField(getTranslation("sharing.rule.values"));
        values.setHelperText(getTranslation("sharing.rule.values.help"));
        values.setId("rule-values");
        Select<GranteeType> granteeType = choice("sharing.rule.grantee-type", List.of(GranteeType.values()), t
                -> getTranslation("grantee." + t.name()));
        ComboBox<Grantees.Choice> grantee = new ComboBox<>(getTranslation("sharing.rule.grantee"));
        grantee.setItemLabelGenerator(Grantees.Choice::name);
        grantee.setId("rule-grantee");
        granteeType.addValueChangeListener(e -> grantee.setItems(grantees.of(e.getValue())));
        Select<AccessLevel> access = choice("access.level", List.of(AccessLevel.values()), a
                -> getTranslation("access.level." + a.name()));
        object.setValue(SharingAdministration.ACCOUNT);
        kind.addValueChangeListener(e -> {
            boolean owner = e.getValue() == RuleKind.OWNER;
            sourceType.setVisible(owner);
            source.setVisible(owner);
            field.setVisible(!owner);
            values.setVisible(!owner);
        });
        kind.setValue(RuleKind.CRITERIA);
        sourceType.setValue(GranteeType.ROLE_AND_SUBORDINATES);
        field.setValue(CriteriaField.REGION);
        granteeType.setValue(GranteeType.TEAM);
        access.setValue(AccessLevel.READ);
        Div message = new Div();
        VerticalLayout form = new VerticalLayout(name, object, kind, sourceType, source, field, values, granteeType,
                grantee, access, message);
        form.getChildren().forEach(c -> ((HasSize) c).setWidthFull());
        dialog.add(form);
        dialog.setWidth("34em");
        Button save = new Button(getTranslation("action.save"), e -> {
            RuleDraft draft = new RuleDraft(name.getValue(), object.getValue(), kind.getValue(),
                    kind.getValue() == RuleKind.OWNER ? Optional.ofNullable(sourceType.getValue()) : Optional.empty(),
                    Optional.ofNullable(source.getValue()).filter(s -> kind.getValue() == RuleKind.OWNER)
                            .map(Grantees.Choice::id),
                    kind.getValue() == RuleKind.CRITERIA ? Optional.ofNullable(field.getValue()) : Optional.empty(),
                    kind.getValue() == RuleKind.CRITERIA ? Arrays.stream(values.getValue().split("[,，;；]"))
                            .map(String::strip)
                            .filter(v -> !v.isEmpty()).toList() : List.of(),
                    granteeType.getValue(), Optional.ofNullable(grantee.getValue()).map(Grantees.Choice::id)
                            .orElse(new UUID(0, 0)),
                    access.getValue());
            try {
                rules.add(draft);
                dialog.close();
                grid.setItems(rules.rules());
            } catch (DomainException problem) {
                Problems.show(problem, Map.of("name", name, "source", source, "source.id", source, "criteria.values",
                        values, "granteeId", grantee, "object", object), message);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("rule-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private <T> Select<T> choice(String label, List<T> items, ItemLabelGenerator<T> names) {
        Select<T> select = new Select<>();
        select.setLabel(getTranslation(label));
        select.setItems(items);
        select.setItemLabelGenerator(names);
        return select;
    }

    private void confirmDelete(SharingRule rule) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("sharing.rule.delete.title"),
                getTranslation("sharing.rule.delete.text", rule.name()),
                getTranslation("action.delete"), e -> {
                    rules.remove(rule.id());
                    grid.setItems(rules.rules());
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
