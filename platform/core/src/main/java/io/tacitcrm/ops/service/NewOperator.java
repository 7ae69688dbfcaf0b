package io.tacitcrm.ops.service;

/** An operator to add: who, and the first password (the second factor is enrolled at the first sign-in). */
public record NewOperator(String email, String name, String password) {
}
