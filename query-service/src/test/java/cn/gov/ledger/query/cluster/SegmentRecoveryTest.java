package cn.gov.ledger.query.cluster;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyDouble;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gov.ledger.query.axon.EventStoreProperties;
import cn.gov.ledger.query.axon.NodeIdentity;
import cn.gov.ledger.query.projection.Projection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

@Tag("fast")
class SegmentRecoveryTest {

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
    private final Map<Integer, String> owners = new HashMap<>(Map.of(0, "me", 1, "me", 2, "me", 3, "me"));
    private final SegmentRecovery recovery;

    SegmentRecoveryTest() throws Exception {
        NodeIdentity node = mock(NodeIdentity.class);
        when(node.id()).thenReturn("me");
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessor(Projection.PROCESSING_GROUP, StreamingEventProcessor.class))
                .thenReturn(Optional.of(processor));
        when(processor.isRunning()).thenReturn(true);
        doAnswer(call -> {
            RowCallbackHandler rows = call.getArgument(1);
            for (Map.Entry<Integer, String> owner : owners.entrySet()) {
                ResultSet row = mock(ResultSet.class);
                when(row.getInt(1)).thenReturn(owner.getKey());
                when(row.getString(2)).thenReturn(owner.getValue());
                rows.processRow(row);
            }
            return null;
        }).when(jdbc).query(anyString(), any(RowCallbackHandler.class), eq(Projection.PROCESSING_GROUP));
        alive("me");
        // A retry only after an hour: nothing here depends on how fast the machine is.
        EventStoreProperties properties = new EventStoreProperties("domain_event_entry", "snapshot_event_entry",
                "query.token_entry", 500, Duration.ofSeconds(60), 250, 10000, Duration.ofSeconds(10),
                Duration.ofMillis(100), Duration.ofHours(1));
        recovery = new SegmentRecovery(jdbc, node, new Members(jdbc, node, new ClusterProperties(
                Duration.ofSeconds(2), Duration.ofSeconds(10))), processing, properties);
    }

    private void alive(String... nodes) {
        when(jdbc.queryForList(anyString(), eq(String.class), anyDouble())).thenReturn(List.of(nodes));
    }

    private void holding(Integer... segments) {
        Map<Integer, EventTrackerStatus> status = Set.of(segments).stream()
                .collect(Collectors.toMap(segment -> segment, segment -> mock(EventTrackerStatus.class)));
        when(processor.processingStatus()).thenReturn(status);
    }

    @Test
    void aSegmentLostToAnErrorIsClaimedAgainOnceAndNotAgainBeforeItsWait() {
        holding(0, 1, 2, 3);
        recovery.look();
        owners.put(2, null);
        holding(0, 1, 3);
        recovery.look();
        recovery.look();
        verify(processor).claimSegment(2);
        verify(processor, never()).claimSegment(0);
    }

    @Test
    void aSegmentStillInThisNodesNameAfterAFailedReleaseIsClaimedAgainToo() {
        holding(0, 1, 2, 3);
        recovery.look();
        holding(0, 1, 2);
        recovery.look();
        verify(processor).claimSegment(3);
    }

    @Test
    void segmentsNeverHeldHereAreLeftToTheProcessor() {
        owners.replaceAll((segment, owner) -> null);
        holding();
        recovery.look();
        recovery.look();
        verify(processor, never()).claimSegment(anyInt());
    }

    @Test
    void aSegmentAnotherInstanceTookOrThatTheBalancerHandedOnStaysThere() {
        holding(0, 1, 2, 3);
        recovery.look();
        owners.put(3, "other");
        owners.put(2, null);
        alive("me", "other");
        holding(0, 1);
        recovery.look();
        verify(processor, never()).claimSegment(anyInt());
    }
}
