/** The HTTP edge shared by every feature: problem+json for every refusal, with a metric per reason. */
package cn.gov.ledger.service.web;
