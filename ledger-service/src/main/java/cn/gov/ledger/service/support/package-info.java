/** Small building blocks every feature uses: who is acting, and reading files the way Excel writes them. */
package cn.gov.ledger.service.support;
