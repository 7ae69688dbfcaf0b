package io.tacitcrm.ops.domain;

import java.util.List;
import java.util.Optional;

/** The operators, their sessions and their audit (GLOBAL). */
public interface OperatorRepository {

    Optional<Operator> find(OperatorId id);

    Optional<Operator> findByEmail(String email);

    boolean any();

    /** Serialises creating the first operator: held until the transaction ends. */
    void lockForBootstrap();

    /** @return false when the e-mail address is taken (the transaction must then roll back) */
    boolean add(Operator operator);

    List<Operator> all();

    Optional<OperatorToken> tokenByHash(String secretHash);

    void addToken(OperatorToken token);

    void append(OperatorAuditEntry entry);

    List<OperatorAuditEntry> audit(OperatorAuditQuery query);
}
