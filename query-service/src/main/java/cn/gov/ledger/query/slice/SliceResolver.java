package cn.gov.ledger.query.slice;

import cn.gov.ledger.query.progress.Progress;
import cn.gov.ledger.query.progress.ProgressWaiter;
import cn.gov.ledger.query.projection.GenerationGate;
import cn.gov.ledger.query.projection.ReferenceData;
import cn.gov.ledger.query.web.ProblemException;
import java.time.Instant;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Fixes a request's slice as every answer does: waits for the projection if asked (503 after a bounded
 * wait), checks that the department, year and unit exist (404), and fixes the event position the answer
 * reflects.
 */
@Service
public class SliceResolver {

    private final ProgressWaiter waiter;
    private final ReferenceData reference;
    private final DepartmentYears years;
    private final GenerationGate generations;

    SliceResolver(ProgressWaiter waiter, ReferenceData reference, DepartmentYears years,
                  GenerationGate generations) {
        this.waiter = waiter;
        this.reference = reference;
        this.years = years;
        this.generations = generations;
    }

    /**
     * Fixes the slice and reads it while a rebuild cannot swap the facts away: any figures read from
     * {@code query.fact} inside {@code reader} agree with one another.
     */
    public <T> T read(SliceRequest request, Function<Slice, T> reader) {
        try (GenerationGate.Reading<Progress> progress = generations.read(
                () -> waiter.awaitProcessed(required(request)))) {
            String departmentName = requireExisting(request);
            long processed = progress.value().processed();
            long position = request.position() == null ? processed : Math.min(request.position(), processed);
            return reader.apply(new Slice(request.department(), departmentName, request.fiscalYear(), request.unit(),
                    request.asOf(), request.knownAt(), position,
                    request.knownAt() == null ? Instant.now() : request.knownAt(), progress.value().settled()));
        }
    }

    /**
     * minPosition, and position when it names an event that exists: an auditor asking for "the ledger
     * as of event N" gets a stable answer only once N is processed.
     */
    private long required(SliceRequest request) {
        long required = request.minPosition();
        if (request.position() != null) {
            required = Math.max(required, Math.min(request.position(), waiter.headPosition()));
        }
        return required;
    }

    /** Checked after waiting, so a client that has just registered and posted is not told 404. */
    private String requireExisting(SliceRequest request) {
        String name = reference.departmentName(request.department()).orElse(null);
        if (name == null && !years.departmentHasFacts(request.department())) {
            throw ProblemException.notFound("unknown department " + request.department());
        }
        if (!years.hasFacts(request.department(), request.fiscalYear(), null)
                && !reference.openedByClose(request.department(), request.fiscalYear())) {
            throw ProblemException.notFound("department " + request.department() + " has no postings for fiscal year "
                    + request.fiscalYear());
        }
        if (request.unit() != null && !reference.unitRegistered(request.department(), request.unit())
                && !years.hasFacts(request.department(), request.fiscalYear(), request.unit())) {
            throw ProblemException.notFound("department " + request.department() + " has no unit " + request.unit());
        }
        return name;
    }
}
