package io.tacitcrm.ops.service;

/** A second factor to enrol: the secret to type in, and the address an authenticator app reads from a QR code. */
public record Enrolment(String secret, String uri) {
}
