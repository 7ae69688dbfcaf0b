package io.tacitcrm.transfer.service;

import io.tacitcrm.transfer.domain.Candidate;
import java.util.List;

/** How many customers a transfer would take, and the newest of them. */
public record TransferPreview(long count, List<Candidate> sample) {
}
