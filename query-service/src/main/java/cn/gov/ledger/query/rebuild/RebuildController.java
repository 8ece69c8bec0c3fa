package cn.gov.ledger.query.rebuild;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * /api/v1/admin/rebuilds: POST starts a rebuild of every projection table (202 with its id and a
 * Location; 409 while one runs); GET /{id} and GET /current report on it; a rebuild started with
 * {@code {"hold": true}} waits, once complete, for POST /{id}/switch; POST /{id}/cancel stops one before
 * its switch.
 */
@RestController
@RequestMapping("/api/v1/admin/rebuilds")
class RebuildController {

    private final Rebuilds rebuilds;

    RebuildController(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping
    ResponseEntity<RebuildView> start(@RequestBody(required = false) RebuildRequest request) {
        RebuildView started = rebuilds.start(request != null && request.hold());
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/rebuilds/" + started.id())).body(started);
    }

    @GetMapping("/current")
    RebuildView current() {
        return rebuilds.current();
    }

    @GetMapping("/{id}")
    RebuildView find(@PathVariable long id) {
        return rebuilds.find(id);
    }

    @PostMapping("/{id}/switch")
    ResponseEntity<RebuildView> release(@PathVariable long id) {
        return ResponseEntity.accepted().body(rebuilds.release(id));
    }

    @PostMapping("/{id}/cancel")
    ResponseEntity<RebuildView> cancel(@PathVariable long id) {
        return ResponseEntity.accepted().body(rebuilds.cancel(id));
    }

    /** @param hold wait for POST …/switch once the new tables are complete, e.g. to compare them first */
    record RebuildRequest(boolean hold) {
    }
}
