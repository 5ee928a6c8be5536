package org.telerad.sla.contract.application;

import java.util.List;

/** One page of a facility's contract versions, newest first, in the API's paging shape. */
public record VersionPage(List<ContractVersion> items, int page, int size, long total) {

    public VersionPage {
        items = List.copyOf(items);
    }
}
