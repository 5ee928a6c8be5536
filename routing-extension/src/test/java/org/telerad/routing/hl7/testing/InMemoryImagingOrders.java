package org.telerad.routing.hl7.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.telerad.routing.hl7.domain.ImagingOrder;
import org.telerad.routing.hl7.domain.ImagingOrders;
import org.telerad.routing.hl7.domain.KeptOrder;
import org.telerad.routing.hl7.domain.OrderState;

/** Orders in a list; locking is a no-op (one thread). */
public final class InMemoryImagingOrders implements ImagingOrders {

    /** A kept order with the workitem it was applied to. */
    public record Row(KeptOrder order, String workitemUid) {
    }

    private final List<Row> rows = new ArrayList<>();
    public final List<String> locks = new ArrayList<>();

    @Override
    public void lockJoinKeys(String accessionNumber, String studyInstanceUid) {
        locks.add(accessionNumber + "|" + studyInstanceUid);
    }

    @Override
    public long add(String controlId, ImagingOrder order, OrderState state, String workitemUid, Instant at) {
        long id = rows.size() + 1L;
        rows.add(new Row(new KeptOrder(id, controlId, order, state), workitemUid));
        return id;
    }

    @Override
    public List<KeptOrder> pendingFor(String accessionNumber, String studyInstanceUid) {
        return rows.stream().map(Row::order).filter(k -> k.state() == OrderState.PENDING)
                .filter(k -> Objects.equals(k.order().accessionNumber(), accessionNumber)
                        || (studyInstanceUid != null && studyInstanceUid.equals(k.order().studyInstanceUid())))
                .toList();
    }

    @Override
    public void settle(long id, OrderState state, String workitemUid, Instant at) {
        Row row = rows.get((int) id - 1);
        KeptOrder k = row.order();
        rows.set((int) id - 1, new Row(new KeptOrder(k.id(), k.controlId(), k.order(), state),
                workitemUid != null ? workitemUid : row.workitemUid()));
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }
}
