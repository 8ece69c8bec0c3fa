package cn.gov.ledger.api.organisation;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DepartmentRegistered(String department, String name) {
}
