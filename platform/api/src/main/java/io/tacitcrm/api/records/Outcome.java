package io.tacitcrm.api.records;

import io.tacitcrm.api.Stable;

/** Where an opportunity stands: still open, or closed as won or lost. */
@Stable(since = "0.1")
public enum Outcome {
    OPEN, WON, LOST
}
