package org.telerad.reporting.delivery.outbox.application;

import java.util.List;

/** A page of deliveries: {@code {"items":[...],"page":0,"size":50,"total":N}}. */
public record DeliveryPageView(List<DeliveryView> items, int page, int size, long total) {
    public DeliveryPageView {
        items = List.copyOf(items);
    }
}
