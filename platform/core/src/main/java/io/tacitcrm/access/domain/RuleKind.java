package io.tacitcrm.access.domain;

/**
 * Which records a sharing rule opens: those owned by members of a role or team, or those whose fields match criteria.
 */
public enum RuleKind {
    OWNER, CRITERIA
}
