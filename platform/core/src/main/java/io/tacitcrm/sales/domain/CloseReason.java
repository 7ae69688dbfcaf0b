package io.tacitcrm.sales.domain;

import io.tacitcrm.tenancy.domain.TenantOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/**
 * One of a company's reasons a deal is won or lost. A reason taken off the list is retired, never deleted: closed
 * deals keep naming it.
 */
@Entity
@Table(name = "close_reason")
public class CloseReason extends TenantOwned {

    public static final int LABEL_MAX = 100;

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private StageKind kind;
    private String label;
    private int position;
    private boolean retired;
    @Version
    private long version;

    protected CloseReason() {
    }

    public CloseReason(UUID id, StageKind kind, String label, int position) {
        if (kind == StageKind.OPEN) {
            throw new IllegalArgumentException("a close reason is for won or lost deals");
        }
        this.id = id;
        this.kind = kind;
        this.label = label;
        this.position = position;
    }

    public UUID id() {
        return id;
    }

    public StageKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public int position() {
        return position;
    }

    public boolean retired() {
        return retired;
    }

    /** Keeps the reason on the list under {@code newLabel} at {@code newPosition} (bringing a retired one back). */
    public void keep(String newLabel, int newPosition) {
        this.label = newLabel;
        this.position = newPosition;
        this.retired = false;
    }

    public void retire() {
        this.retired = true;
    }
}
