/**
 * Refusals as values: invalid fields, business conflicts and unknown things, raised anywhere on the write side
 * (aggregates included) without HTTP, and turned into problem+json (422, 409, 404) at the web edge. A refused
 * request changes nothing.
 */
package cn.gov.ledger.service.problem;
