package io.tacitcrm.tenancy.service;

import io.tacitcrm.common.domain.FieldError;
import java.util.List;
import java.util.UUID;

/**
 * Who creates a new company's first administrator, and judges the founder's e-mail and password: the identity feature.
 * Sign-up asks through this port so that tenancy depends on no feature (identity depends on tenancy, not back).
 */
public interface Founders {

    /** What is wrong with the founder's e-mail ({@code adminEmail}) and password, without touching the database. */
    List<FieldError> problems(String email, String password, String workspace);

    /** Creates the company's default roles and the founder holding the top one, in the sign-up transaction. */
    UUID create(NewFounder founder);
}
