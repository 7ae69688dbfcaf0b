package io.tacitcrm.ui.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Member;
import io.tacitcrm.identity.service.UserDirectory;
import io.tacitcrm.transfer.domain.Candidate;
import io.tacitcrm.transfer.domain.TransferCriteria;
import io.tacitcrm.transfer.domain.TransferPlan;
import io.tacitcrm.transfer.domain.TransferRecord;
import io.tacitcrm.transfer.service.TransferPreview;
import io.tacitcrm.transfer.service.TransferService;
import io.tacitcrm.ui.shell.MainLayout;
import io.tacitcrm.ui.shell.Problems;
import io.tacitcrm.ui.shell.TextLimits;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Hand customers over from one rep to another in three steps: choose them by criteria, preview how many and which, then
 * transfer — with their open deals and planned footprints, a dossier for the new owner, and read access for the
 * previous
 * owner for a while if wanted. All or nothing.
 */
@Route(value = "settings/transfer", layout = MainLayout.class)
@Dependent
public class TransferView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final TransferService transfers;
    private final List<Member> people;
    private final MultiSelectComboBox<Member> owners;
    private final TextField regions = new TextField(getTranslation("transfer.regions"));
    private final TextField industries = new TextField(getTranslation("transfer.industries"));
    private final MultiSelectComboBox<String> tiers = new MultiSelectComboBox<>(getTranslation("transfer.tiers"),
            List.of("A", "B", "C"));
    private final IntegerField untouched = new IntegerField(getTranslation("transfer.untouched"));
    private final ComboBox<Member> target;
    private final Checkbox opportunities = new Checkbox(getTranslation("transfer.include.opportunities"), true);
    private final Checkbox activities = new Checkbox(getTranslation("transfer.include.activities"), true);
    private final IntegerField coOwnership = new IntegerField(getTranslation("transfer.co-ownership"));
    private final TextArea note = new TextArea(getTranslation("transfer.note"));
    private final Div message = new Div();
    private final Span count = new Span();
    private final Grid<Candidate> sample = new Grid<>();
    private final Button transfer = new Button(getTranslation("transfer.go"), VaadinIcon.EXCHANGE.create());

    @Inject
    public TransferView(TransferService transfers, UserDirectory directory, CurrentPrincipal principal) {
        this.transfers = transfers;
        setSizeFull();
        add(new H2(getTranslation("transfer.title")), new Paragraph(getTranslation("transfer.intro")));
        people = directory.activeMembers().stream().sorted(Comparator.comparing(Member::name)).toList();
        owners = new MultiSelectComboBox<>(getTranslation("transfer.owners"), people);
        owners.setItemLabelGenerator(Member::name);
        owners.setId("transfer-owners");
        target = new ComboBox<>(getTranslation("transfer.target"), people);
        target.setItemLabelGenerator(Member::name);
        target.setId("transfer-target");
        if (!principal.require().has(Permission.CUSTOMER_TRANSFER)) {
            add(new Paragraph(getTranslation("error.permission.missing")));
            return;
        }
        regions.setHelperText(getTranslation("transfer.list.help"));
        industries.setHelperText(getTranslation("transfer.list.help"));
        untouched.setMin(1);
        untouched.setHelperText(getTranslation("transfer.untouched.help"));
        coOwnership.setMin(0);
        coOwnership.setMax(365);
        coOwnership.setValue(0);
        coOwnership.setHelperText(getTranslation("transfer.co-ownership.help"));
        TextLimits.limit(note, 2000);
        FormLayout criteria = new FormLayout(owners, regions, industries, tiers, untouched);
        FormLayout options = new FormLayout(target, coOwnership, opportunities, activities, note);
        options.setColspan(note, 2);
        Button preview = new Button(getTranslation("transfer.preview"), VaadinIcon.EYE.create(), e -> preview());
        preview.setId("transfer-preview");
        transfer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        transfer.setEnabled(false);
        transfer.setId("transfer-go");
        transfer.addClickListener(e -> confirm());
        count.setId("transfer-count");
        sample.addColumn(Candidate::name).setHeader(getTranslation("transfer.sample.name")).setFlexGrow(1);
        sample.addColumn(Candidate::ownerName).setHeader(getTranslation("account.owner")).setAutoWidth(true)
                .setFlexGrow(0);
        sample.addThemeVariants(GridVariant.LUMO_COMPACT);
        sample.setAllRowsVisible(true);
        sample.setVisible(false);
        sample.setId("transfer-sample");
        // what was previewed is what moves: any change of the selection asks for a new preview
        owners.addValueChangeListener(e -> transfer.setEnabled(false));
        regions.addValueChangeListener(e -> transfer.setEnabled(false));
        industries.addValueChangeListener(e -> transfer.setEnabled(false));
        tiers.addValueChangeListener(e -> transfer.setEnabled(false));
        untouched.addValueChangeListener(e -> transfer.setEnabled(false));
        target.addValueChangeListener(e -> transfer.setEnabled(false));
        add(new H3(getTranslation("transfer.step.which")), criteria, new H3(getTranslation("transfer.step.to")),
                options, new HorizontalLayout(preview, transfer), message, count, sample);
    }

    /** {@code ?from=<user id>} (a module's link, the risk page's "plan a handover") chooses that owner's customers. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("from").flatMap(TransferView::uuid)
                .flatMap(id -> people.stream().filter(m -> m.id().value().equals(id)).findFirst())
                .ifPresent(owner -> owners.setValue(Set.of(owner)));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("transfer.title") + " · Tacit CRM";
    }

    private Optional<TransferPlan> plan() {
        if (target.getValue() == null) {
            target.setErrorMessage(getTranslation("error.required"));
            target.setInvalid(true);
            return Optional.empty();
        }
        target.setInvalid(false);
        TransferCriteria criteria = new TransferCriteria(List.of(), owners.getValue().stream().map(m -> m.id().value())
                .toList(), list(regions), list(industries), tiers.getValue().stream().sorted().toList(),
                        Optional.ofNullable(untouched.getValue()));
        return Optional.of(new TransferPlan(criteria, target.getValue().id(), opportunities.getValue(),
                activities.getValue(),
                Optional.ofNullable(coOwnership.getValue()).orElse(0), Optional.of(note.getValue().strip()).filter(n
                        -> !n.isEmpty())));
    }

    private static List<String> list(TextField field) {
        return Arrays.stream(field.getValue().split("[,，;；]")).map(String::strip).filter(v -> !v.isEmpty())
                .distinct()
                .toList();
    }

    private void preview() {
        // a preview that fails or finds nothing leaves nothing to transfer
        message.setText("");
        count.setText("");
        sample.setVisible(false);
        transfer.setEnabled(false);
        plan().ifPresent(plan -> {
            try {
                TransferPreview preview = transfers.preview(plan);
                count.setText(getTranslation("transfer.count", preview.count())
                        + (preview.count() == 0 ? " " + getTranslation("transfer.count.none-why") : ""));
                sample.setItems(preview.sample());
                sample.setVisible(!preview.sample().isEmpty());
                transfer.setEnabled(preview.count() > 0);
            } catch (DomainException problem) {
                show(problem);
            }
        });
    }

    private void confirm() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("transfer.confirm.title"),
                getTranslation("transfer.confirm.text", count.getText(), target.getValue().name()),
                        getTranslation("transfer.go"), e -> run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    private void run() {
        plan().ifPresent(plan -> {
            try {
                TransferRecord done = transfers.transfer(plan);
                transfer.setEnabled(false);
                sample.setVisible(false);
                count.setText(getTranslation("transfer.done", done.accounts(), done.opportunities(),
                        done.activities()));
            } catch (DomainException problem) {
                show(problem);
            }
        });
    }

    private void show(DomainException problem) {
        Problems.show(problem, Map.of("toUserId", target, "coOwnershipDays", coOwnership, "criteria.untouchedDays",
                untouched, "note", note), message);
    }
}
