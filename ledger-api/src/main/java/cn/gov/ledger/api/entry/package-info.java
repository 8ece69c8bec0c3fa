/** Corrections: an entry is never changed, it is reversed by a new entry that negates it. */
package cn.gov.ledger.api.entry;
