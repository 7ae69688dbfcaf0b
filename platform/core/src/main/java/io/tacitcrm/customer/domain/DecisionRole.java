package io.tacitcrm.customer.domain;

/** The part a contact plays in the customer's buying decision. */
public enum DecisionRole {
    DECISION_MAKER, ECONOMIC_BUYER, INFLUENCER, CHAMPION, EVALUATOR, USER, GATEKEEPER, OTHER
}
