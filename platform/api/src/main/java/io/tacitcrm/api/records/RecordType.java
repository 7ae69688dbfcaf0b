package io.tacitcrm.api.records;

import io.tacitcrm.api.Stable;

/** The CRM records a plugin can refer to, attach panels to and receive events about. */
@Stable(since = "0.1")
public enum RecordType {
    ACCOUNT, OPPORTUNITY, ACTIVITY
}
