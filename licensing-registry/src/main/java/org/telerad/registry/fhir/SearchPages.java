package org.telerad.registry.fhir;

import java.util.List;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.telerad.registry.common.domain.PageRequest;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;

/**
 * Offset paging for searches: {@code _count} (default {@value #DEFAULT_COUNT}, at most
 * {@value PageRequest#MAX_SIZE}) and {@code _offset} become a registry page; the bundle carries the total
 * and HAPI writes the {@code next}/{@code previous} links with {@code _offset}.
 */
final class SearchPages {

    static final int DEFAULT_COUNT = PageRequest.DEFAULT_SIZE;

    private SearchPages() {
    }

    static PageRequest pageOf(Integer count, Integer offset) {
        int size = count == null || count < 1 ? DEFAULT_COUNT : Math.min(count, PageRequest.MAX_SIZE);
        int from = offset == null || offset < 0 ? 0 : offset;
        return new PageRequest(from / size, size);
    }

    static IBundleProvider bundle(List<? extends IBaseResource> resources, PageRequest page, long total) {
        SimpleBundleProvider bundle = new SimpleBundleProvider(resources);
        bundle.setCurrentPageOffset(page.offset());
        bundle.setCurrentPageSize(page.size());
        bundle.setSize((int) Math.min(Integer.MAX_VALUE, total));
        return bundle;
    }

    /** A bundle of matches found by filtering, cut to the requested page. */
    static IBundleProvider slice(List<? extends IBaseResource> all, PageRequest page) {
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return bundle(all.subList(from, to), page, all.size());
    }
}
