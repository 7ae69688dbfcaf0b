/** The outbox and its rules: what a message is, when it is tried again, when it is given up. */
package io.tacitcrm.mail.domain;
