package io.tacitcrm.sales.domain;

/** Whether a stage is still open, or closes the opportunity as won or lost. */
public enum StageKind {
    OPEN, WON, LOST
}
