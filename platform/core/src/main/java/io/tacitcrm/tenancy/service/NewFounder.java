package io.tacitcrm.tenancy.service;

import java.util.Locale;

/** The first administrator of a new tenant, as typed on the sign-up form. */
public record NewFounder(String name, String email, String password, Locale locale, String workspace) {
}
