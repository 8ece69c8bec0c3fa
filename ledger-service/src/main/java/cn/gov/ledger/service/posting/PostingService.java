package cn.gov.ledger.service.posting;

import cn.gov.ledger.api.MetaDataKeys;
import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.security.CurrentActor;
import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.MalformedRequestException;
import cn.gov.ledger.service.support.Actor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a write request as one database transaction: claim the idempotency key, dispatch the command (Axon
 * joins this transaction, so events, write-side tables and the key commit together), record the answer. Single
 * postings share their transaction with concurrent ones ({@link PostingGroups}), each in its own savepoint.
 */
@Service
public class PostingService {

    /** Turns a checked posting into the command that records it and the aggregate it goes to. */
    @FunctionalInterface
    public interface EntryCommand {
        Routed build(ValidPosting posting, String entryId);
    }

    public record Routed(Object command, String aggregateId) {
    }

    private static final int MAX_ATTEMPTS = 8;
    /** Contract: 1–200 printable ASCII characters. */
    private static final Pattern KEY = Pattern.compile("[\\x20-\\x7E]{1,200}");

    private final TransactionTemplate transaction;
    private final PostingValidator validator;
    private final YearGuard years;
    private final IdempotencyStore keys;
    private final CommandGateway commands;
    private final Cache aggregateCache;
    private final PostedPositions positions;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final PostingGroups groups;
    /** Meters by request type, looked up once rather than through the registry on every request. */
    private final Map<String, Counter> accepted = new ConcurrentHashMap<>();
    private final Map<String, Timer> latency = new ConcurrentHashMap<>();

    PostingService(TransactionTemplate transaction, PostingValidator validator, YearGuard years,
                   IdempotencyStore keys, CommandGateway commands, Cache aggregateCache, PostedPositions positions,
                   ObjectMapper json, MeterRegistry meters, PostingGroups groups) {
        this.transaction = transaction;
        this.validator = validator;
        this.years = years;
        this.keys = keys;
        this.commands = commands;
        this.aggregateCache = aggregateCache;
        this.positions = positions;
        this.json = json;
        this.meters = meters;
        this.groups = groups;
    }

    /** Runs {@code work} once per idempotency key; a repeat with the same request gets the first answer. */
    public Outcome execute(String type, String idempotencyKey, Object request, Supplier<Outcome> work) {
        return execute(type, idempotencyKey, request, work, null);
    }

    /**
     * As above; a {@code unit} ({@code department/unit}) lets the work share its transaction with concurrent
     * postings ({@link PostingGroups}), on the committer that owns the unit's budget lines and accounts.
     */
    public Outcome execute(String type, String idempotencyKey, Object request, Supplier<Outcome> work,
                            String unit) {
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
            throw new MalformedRequestException(new FieldError("Idempotency-Key",
                    "must be 1 to 200 printable ASCII characters"));
        }
        // The key's owner is read here, on the request's thread: a group runs the work on its committer's thread.
        // Work done outside a request (no signed-in user) shares the unscoped keys.
        String scope = CurrentActor.name().orElse("");
        Timer.Sample sample = Timer.start(meters);
        String hash = sha256(type + "\n" + write(request));
        try {
            Optional<Outcome> inGroup = unit != null
                    ? groups.submit(unit, () -> once(scope, idempotencyKey, hash, work)) : Optional.empty();
            Outcome outcome = inGroup.orElseGet(() -> inTransactionWithRetry(scope, idempotencyKey, hash, work));
            if (!outcome.replayed()) {
                accepted.computeIfAbsent(type, t -> meters.counter("ledger.entries.accepted", "type", t)).increment();
            }
            return outcome;
        } finally {
            sample.stop(latency.computeIfAbsent(type, t -> meters.timer("ledger.command.latency", "type", t)));
        }
    }

    /**
     * Optimistic concurrency: an aggregate loaded from the store while another transaction's event on it was
     * still uncommitted collides on its sequence number. The loser is rolled back whole and run again,
     * now seeing the winner's event; nothing of the losing attempt remains.
     */
    private Outcome inTransactionWithRetry(String scope, String idempotencyKey, String hash,
                                           Supplier<Outcome> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> once(scope, idempotencyKey, hash, work));
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !isSequenceConflict(e)) {
                    throw e;
                }
                meters.counter("ledger.command.retries").increment();
                backOff(attempt);
            }
        }
    }

    /** Claims the key (or finds its stored answer), does the work and records its answer, in the caller's transaction.
     */
    private Outcome once(String scope, String idempotencyKey, String hash, Supplier<Outcome> work) {
        if (idempotencyKey != null) {
            var stored = keys.claim(scope, idempotencyKey, hash);
            if (stored.isPresent()) {
                return new Outcome(stored.get().status(), read(stored.get().body()), true);
            }
        }
        Outcome done = work.get();
        if (idempotencyKey != null) {
            keys.complete(scope, idempotencyKey, done.status(), done.body().toString());
        }
        return done;
    }

    /** A little random wait, growing with each attempt, so two losers of one race do not collide again. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean isSequenceConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // Axon's aggregate lock not had in time (a grouped posting held the line), or PostgreSQL breaking a
            // deadlock of two transactions taking the same lines' row locks in opposite orders (two batches):
            // the same race, and the loser, rolled back whole, runs again.
            if (cause instanceof ConcurrencyException || cause instanceof LockAcquisitionFailedException
                    || cause instanceof SQLException deadlock && "40P01".equals(deadlock.getSQLState())
                    || cause instanceof SQLException sql
                    && "23505".equals(sql.getSQLState()) && String.valueOf(sql.getMessage())
                    .contains("domain_event_entry_aggregate_sequence_key")) {
                return true;
            }
        }
        return false;
    }

    /** Posts one entry: check every field, refuse a closed year, dispatch, answer 201 with entry id and position. */
    public Outcome postEntry(EntryKind kind, PostingRequest request, String idempotencyKey, Actor actor,
                             EntryCommand command) {
        return execute(kind.name(), idempotencyKey, request,
                () -> created(post(validator.validate(kind, request), actor, idempotencyKey, command)),
                request.department() + "/" + request.unit());
    }

    /**
     * Posts one checked entry inside the current transaction (refuses a closed year, dispatches its command)
     * and returns its new entry id; the single endpoints and the batch endpoint share it.
     */
    public String post(ValidPosting posting, Actor actor, String idempotencyKey, EntryCommand command) {
        Classification c = posting.classification();
        years.assertOpen(c.department(), c.unit(), c.fiscalYear());
        String entryId = UUID.randomUUID().toString();
        Routed routed = command.build(posting, entryId);
        dispatch(routed.command(), routed.aggregateId(), actor, idempotencyKey);
        return entryId;
    }

    public Outcome created(String entryId) {
        return new Outcome(201, json.createObjectNode().put("entryId", entryId).put("position", positionOf(entryId)),
                false);
    }

    /** Sends a command inside the current transaction, with who, which command and which key as metadata. */
    public void dispatch(Object command, String aggregateId, Actor actor, String idempotencyKey) {
        evictOnRollback(aggregateId);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData(actor,
                idempotencyKey)));
    }

    private static Map<String, Object> metaData(Actor actor, String idempotencyKey) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(MetaDataKeys.ACTOR, actor.name());
        metaData.put(MetaDataKeys.COMMAND_ID, UUID.randomUUID().toString());
        if (idempotencyKey != null) {
            metaData.put(MetaDataKeys.IDEMPOTENCY_KEY, idempotencyKey);
        }
        return metaData;
    }

    /** The global event position of an entry posted in this transaction. */
    public long positionOf(String entryId) {
        return positions.of(entryId);
    }

    public ObjectMapper json() {
        return json;
    }

    /**
     * Axon updates the cached aggregate when its unit of work ends, before this outer transaction commits;
     * if the transaction then rolls back, the cached state would hold events that never happened.
     */
    private void evictOnRollback(String aggregateId) {
        groups.touched(aggregateId);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    aggregateCache.remove(aggregateId);
                }
            }
        });
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private com.fasterxml.jackson.databind.JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer is not JSON", e);
        }
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
