package io.tacitcrm.activity.domain;

/** A footprint planned for later, or done. Only done footprints count towards stage requirements. */
public enum ActivityStatus {
    PLANNED, DONE
}
