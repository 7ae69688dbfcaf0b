package io.tacitcrm.ops.service;

import io.tacitcrm.audit.domain.AuditCursor;
import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.common.domain.Page;
import io.tacitcrm.identity.domain.EmailAddress;
import io.tacitcrm.identity.domain.PasswordHasher;
import io.tacitcrm.identity.domain.PasswordPolicy;
import io.tacitcrm.ops.domain.Operator;
import io.tacitcrm.ops.domain.OperatorAuditEntry;
import io.tacitcrm.ops.domain.OperatorAuditQuery;
import io.tacitcrm.ops.domain.OperatorId;
import io.tacitcrm.ops.domain.OperatorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Operators adding and deactivating operators, and reading what operators did. */
@ApplicationScoped
@Transactional
public class OperatorAdministration {

    static final int NAME_MAX = 100;

    private final OperatorRepository operators;
    private final OperatorAudit audit;
    private final CurrentOperator current;
    private final Clock clock;
    private final PasswordHasher hasher;

    @Inject
    public OperatorAdministration(OperatorRepository operators, OperatorAudit audit, CurrentOperator current,
            Clock clock, PasswordHasher hasher) {
        this.operators = operators;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
        this.hasher = hasher;
    }

    /** For CDI's proxy only. */
    protected OperatorAdministration() {
        this(null, null, null, null, null);
    }

    public List<Operator> all() {
        current.require();
        return operators.all();
    }

    public Operator add(NewOperator wanted) {
        current.require();
        Operator added = create(wanted, operators, hasher, clock);
        audit.record("OPERATOR_ADD", Optional.empty(), "added operator " + added.email());
        return added;
    }

    public Operator deactivate(OperatorId id) {
        OperatorPrincipal me = current.require();
        if (me.id().equals(id)) {
            throw new ConflictException("id", "ops.self", "An operator cannot deactivate himself.");
        }
        Operator operator = operators.find(id).orElseThrow(() -> new NotFoundException("operator"));
        operator.deactivate();
        audit.record("OPERATOR_DEACTIVATE", Optional.empty(), "deactivated operator " + operator.email());
        return operator;
    }

    public Page<OperatorAuditEntry, AuditCursor> audit(OperatorAuditQuery query) {
        current.require();
        return Page.of(operators.audit(query), query.limit(), last -> new AuditCursor(last.at(), last.id()),
                page -> page);
    }

    /** Checks and stores a new operator (here and at the first start). */
    static Operator create(NewOperator wanted, OperatorRepository operators, PasswordHasher hasher, Clock clock) {
        EmailAddress email = EmailAddress.parse(wanted.email());
        String name = wanted.name() == null ? "" : wanted.name().strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw InvalidInputException.of("name", "name.required", "must be 1 to " + NAME_MAX + " characters");
        }
        PasswordPolicy.check(wanted.password(), email.value(), null);
        if (operators.findByEmail(email.value()).isPresent()) {
            throw new ConflictException("email", "ops.email-taken", "An operator with this address exists.");
        }
        Operator operator = new Operator(new OperatorId(Ids.newId()), email.value(), name,
                hasher.hash(wanted.password()), clock.instant());
        if (!operators.add(operator)) {
            throw new ConflictException("email", "ops.email-taken", "An operator with this address exists.");
        }
        return operator;
    }
}
