package io.tacitcrm.transfer.service;

import io.tacitcrm.transfer.domain.Moved;
import io.tacitcrm.transfer.domain.TransferRecord;

/** Fired in the transfer's transaction once everything moved (for listeners such as plugins). */
public record TransferDone(TransferRecord transfer, Moved moved) {
}
