package io.tacitcrm.plugin.service;

import io.tacitcrm.api.ModuleSetting;

/**
 * A described module setting with its current value ({@code changed}: stored by someone, rather than the default) and
 * whether the current user may change it.
 */
public record SettingValue(ModuleSetting setting, String value, boolean changed, boolean editable) {
}
