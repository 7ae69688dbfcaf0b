package io.tacitcrm.sample.domain;

import io.tacitcrm.customer.domain.AccountId;
import java.util.Collection;
import java.util.List;

/** Which of the workspace's customers are samples. */
public interface SampleMarks {

    void mark(Collection<AccountId> accounts);

    List<AccountId> samples();
}
