package io.tacitcrm.common.domain;

import java.util.List;

/**
 * Where a page of a keyset-ordered list ended: the sort keys of its last row, in the list's order, the id last. Kept
 * typed from the repository to the REST edge, which alone sees the opaque text.
 */
public interface Cursor {

    /** The sort key values of the last row, as the list's keyset orders them. */
    List<Object> keys();

    /** The opaque text clients get and send back. */
    String encode();
}
