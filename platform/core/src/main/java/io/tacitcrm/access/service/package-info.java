/**
 * Access services: the gate ({@link io.tacitcrm.access.service.RecordAccess}: list viewers and per-record permits),
 * record teams and shares on those permits, sharing rules and the new tenant's sharing defaults.
 */
package io.tacitcrm.access.service;
