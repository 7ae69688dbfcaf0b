package io.tacitcrm.sales.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current workspace's won and lost reasons, retired ones included. */
public interface CloseReasonRepository {

    List<CloseReason> all();

    Optional<CloseReason> find(UUID id);

    void add(CloseReason reason);
}
