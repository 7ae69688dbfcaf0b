package io.tacitcrm.tenancy.domain;

import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The ORM wall of tenant isolation, in one place: every entity extending this class has {@code tenant_id} filled in
 * on insert and added to every read, update and delete by EclipseLink, from the entity manager's {@value #PROPERTY}
 * property. No repository writes {@code where tenant_id = ?} by hand.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.PROPERTY,
        discriminatorType = DiscriminatorType.STRING, columnDefinition = "uuid", primaryKey = true)
public abstract class TenantOwned {

    /** The entity-manager property that carries the tenant id. */
    public static final String PROPERTY = "tenant.id";
}
