/**
 * Identity: users, roles with permissions, API tokens, and the password rules and hashing that protect them.
 */
package io.tacitcrm.identity.domain;
