package io.tacitcrm.access.domain;

import io.tacitcrm.tenancy.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The org-wide default access of one object type (account, opportunity) in one tenant. */
@Entity
@Table(name = "sharing_default")
public class SharingDefault extends TenantOwned {

    @Id
    @Column(name = "object_type")
    private String objectType;
    @Enumerated(EnumType.STRING)
    private OrgWideDefault access;
    @Version
    private long version;

    protected SharingDefault() {
    }

    public SharingDefault(String objectType, OrgWideDefault access) {
        this.objectType = objectType;
        this.access = access;
    }

    public String objectType() {
        return objectType;
    }

    public OrgWideDefault access() {
        return access;
    }

    public void change(OrgWideDefault newAccess) {
        this.access = newAccess;
    }
}
