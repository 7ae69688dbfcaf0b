package io.tacitcrm.identity.service;

/** A user's own password change: the one they have now, and the new one. */
public record PasswordChange(String currentPassword, String newPassword) {
}
