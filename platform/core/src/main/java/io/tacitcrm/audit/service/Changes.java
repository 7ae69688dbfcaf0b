package io.tacitcrm.audit.service;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Names the fields that differ between two versions of a record's details, for an audit summary. */
public final class Changes {

    private Changes() {
    }

    public static <R extends Record> String between(R before, R after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            try {
                if (!Objects.equals(component.getAccessor().invoke(before), component.getAccessor().invoke(after))) {
                    changed.add(component.getName());
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot compare " + component, e);
            }
        }
        return changed.isEmpty() ? "no field changed" : "changed: " + String.join(", ", changed);
    }
}
