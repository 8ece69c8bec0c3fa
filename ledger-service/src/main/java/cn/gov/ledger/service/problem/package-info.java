/**
 * Refusals as values: field errors (422), business conflicts (409) and unknown things (404), raised anywhere
 * on the write side and turned into problem+json at the web edge. A refused request changes nothing.
 */
package cn.gov.ledger.service.problem;
