package cn.gov.ledger.service.procurement;

/**
 * Which contract to withdraw, by the key clerks know it by (department and contract number), and why. No terms:
 * a withdrawal says only that the contract no longer counts; to change what it says, correct it instead.
 */
public record WithdrawalRequest(String department, String contractNo, String reason) {
}
