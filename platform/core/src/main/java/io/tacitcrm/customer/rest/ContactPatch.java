package io.tacitcrm.customer.rest;

/** What a merge patch of a contact may change (all optional; {@code null} clears): everything but the account. */
public record ContactPatch(String name, String title, String phone, String email, String decisionRole) {
}
