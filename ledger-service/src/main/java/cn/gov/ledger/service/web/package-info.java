/**
 * The HTTP edge shared by every feature: problem+json for every refusal, with a metric per reason, and which role
 * may call which endpoint ({@code AccessRules}).
 */
package cn.gov.ledger.service.web;
