/** Entries as such: looking them up, and reversing one with a new entry that negates it (冲销). */
package cn.gov.ledger.service.entry;
