/**
 * Today's date as the finance office counts it: the office's own time zone (a setting, Beijing time by
 * default), never the JVM's, which in a container is usually UTC and would make the console's default year
 * and date wrong between 00:00 and 08:00. Shared by both services as an auto-configuration.
 */
package cn.gov.ledger.time;
