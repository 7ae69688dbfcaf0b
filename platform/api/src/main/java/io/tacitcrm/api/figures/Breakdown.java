package io.tacitcrm.api.figures;

import io.tacitcrm.api.Beta;

/** What a revenue figure is summed per: the deal's customer or the deal's owner. */
@Beta
public enum Breakdown {
    CUSTOMER, OWNER
}
