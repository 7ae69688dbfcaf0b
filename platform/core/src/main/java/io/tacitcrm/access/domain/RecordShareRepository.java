package io.tacitcrm.access.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Shares of the current tenant's records. */
public interface RecordShareRepository {

    List<RecordShare> forRecord(String objectType, UUID recordId);

    /** The shares of many records of one kind, by record (a record without shares is absent). */
    Map<UUID, List<RecordShare>> forRecords(String objectType, Collection<UUID> recordIds);

    Optional<RecordShare> find(UUID id);

    void add(RecordShare share);

    void remove(RecordShare share);

    /** Removes every share whose grantee is this team (the team is being deleted). */
    void removeForTeam(UUID team);
}
