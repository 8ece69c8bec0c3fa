package cn.gov.ledger.query.progress;

import cn.gov.ledger.query.axon.EventReplica;
import cn.gov.ledger.query.axon.ReplicationLag;
import cn.gov.ledger.query.projection.Projection;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/status: how far the projection is behind the ledger. */
@RestController
class StatusController {

    private final ProjectionProgress progress;
    private final EventReplica replica;

    StatusController(ProjectionProgress progress, EventReplica replica) {
        this.progress = progress;
        this.replica = replica;
    }

    @GetMapping("/api/v1/status")
    StatusView status() {
        Progress now = progress.current();
        return new StatusView(Projection.PROCESSING_GROUP, now.processed(), now.settled(), now.head(), now.lag(),
                now.segments(), replica.lag(now.head()).orElse(null));
    }

    /**
     * @param processedPosition every event at or below it is in the tables
     * @param settledPosition   no segment still waits for an event at or below it (see {@link Progress})
     * @param headPosition      the highest global index in the event store
     * @param lag               events not yet projected
     * @param replication       how far the replica the events are read from is behind; absent without one
     */
    record StatusView(String processor, long processedPosition, long settledPosition, long headPosition, long lag,
                      List<Progress.Segment> segments,
                      @JsonInclude(JsonInclude.Include.NON_NULL) ReplicationLag replication) {
    }
}
