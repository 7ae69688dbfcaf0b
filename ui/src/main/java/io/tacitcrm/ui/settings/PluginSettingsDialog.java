package io.tacitcrm.ui.settings;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.converter.Converter;
import io.tacitcrm.api.ModuleSetting;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.plugin.service.SettingValue;
import io.tacitcrm.plugin.service.TenantPlugin;
import io.tacitcrm.ui.shell.FieldErrors;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A module's described settings as a form: one field per setting, of its kind, checked by the setting's own rules
 * next to the field and again by the service. The fields are known only at run time, so the binder holds the values
 * by key; saving hands the changed ones to the callback, whose field errors come back next to their fields.
 */
class PluginSettingsDialog extends Dialog {

    private final Binder<Map<String, String>> binder = new Binder<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    PluginSettingsDialog(TenantPlugin plugin, List<SettingValue> settings,
                         Function<Map<String, Optional<String>>, List<SettingValue>> save) {
        setHeaderTitle(getTranslation("plugins.settings.title", plugin.name()));
        setWidth("min(36rem, 95vw)");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        settings.forEach(value -> form.add(field(value)));
        add(form);
        Map<String, String> current = new HashMap<>();
        settings.forEach(v -> current.put(v.setting().key(), v.value()));
        binder.readBean(current);
        Button ok = new Button(getTranslation("action.save"), e -> {
            Map<String, String> edited = new HashMap<>(current);
            try {
                binder.writeBean(edited);
            } catch (ValidationException invalid) {
                return;
            }
            Map<String, Optional<String>> changes = new LinkedHashMap<>();
            settings.stream().filter(v -> v.editable() && !v.value().equals(edited.get(v.setting().key())))
                    .forEach(v -> changes.put(v.setting().key(), Optional.of(edited.get(v.setting().key()))));
            try {
                save.apply(changes);
                Notification.show(getTranslation("plugins.settings.saved", plugin.name()));
                close();
            } catch (InvalidInputException problem) {
                FieldErrors.show(problem.errors(), fields).forEach(rest ->
                        Notification.show(FieldErrors.translate(this, rest)));
            } // any other refusal is told by the screens' error handler
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("plugin-settings-save");
        ok.setEnabled(settings.stream().anyMatch(SettingValue::editable));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }

    private Component field(SettingValue value) {
        ModuleSetting setting = value.setting();
        String key = setting.key();
        Component field = switch (setting.kind()) {
            case INTEGER -> integer(setting);
            case FLAG -> flag(setting);
            case CHOICE -> choice(setting);
            case TEXT -> text(setting);
        };
        field.setId("plugin-setting-" + key);
        ((HasValue<?, ?>) field).setReadOnly(!value.editable());
        return field;
    }

    private Component integer(ModuleSetting setting) {
        IntegerField field = new IntegerField(setting.label());
        field.setMin((int) Math.max(Integer.MIN_VALUE, setting.min()));
        field.setMax((int) Math.min(Integer.MAX_VALUE, setting.max()));
        field.setStepButtonsVisible(true);
        // the field checks its own bounds first, and says nothing unless told what to say
        String range = message(setting, "setting.out-of-range");
        field.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(range).setMaxErrorMessage(range)
                .setBadInputErrorMessage(message(setting, "setting.not-integer")));
        field.setHelperText(getTranslation("plugins.settings.range", setting.min(), setting.max()));
        bind(field, setting, Converter.from(n -> n == null ? Result.ok("") : Result.ok(n.toString()),
                s -> s.isBlank() ? null : Integer.valueOf(s)));
        return field;
    }

    private Component flag(ModuleSetting setting) {
        Checkbox field = new Checkbox(setting.label());
        binder.forField(field).withConverter(b -> Boolean.toString(b), Boolean::parseBoolean)
                .bind(values -> values.get(setting.key()), (values, v) -> values.put(setting.key(), v));
        return field;
    }

    private Component choice(ModuleSetting setting) {
        Select<String> field = new Select<>();
        field.setLabel(setting.label());
        field.setItems(setting.values());
        field.setItemLabelGenerator(value -> setting.choices().stream().filter(c -> c.value().equals(value))
                .findFirst().map(ModuleSetting.Choice::label).orElse(value));
        bind(field, setting, Converter.from(Result::ok, s -> s));
        return field;
    }

    private Component text(ModuleSetting setting) {
        TextField field = new TextField(setting.label());
        field.setMaxLength((int) setting.max());
        bind(field, setting, Converter.from(Result::ok, s -> s));
        return field;
    }

    /** Binds a field through its converter to the setting's key, checked by the setting's own rule. */
    private <T, F extends AbstractField<?, T> & HasValidation> void bind(F field, ModuleSetting setting,
                                                                        Converter<T, String> converter) {
        fields.put(setting.key(), field);
        binder.forField(field).withConverter(converter).withValidator((value, context) -> setting.problem(value)
                        .map(code -> ValidationResult.error(message(setting, code))).orElse(ValidationResult.ok()))
                .bind(values -> values.get(setting.key()), (values, v) -> values.put(setting.key(), v));
    }

    private String message(ModuleSetting setting, String code) {
        String choices = setting.choices().stream().map(ModuleSetting.Choice::label)
                .collect(Collectors.joining(", "));
        return getTranslation("error." + code, setting.min(), setting.max(), choices);
    }
}
