package cn.gov.ledger.service.procurement;

import cn.gov.ledger.api.code.FunctionalCode;
import cn.gov.ledger.api.procurement.ContractTerms;
import cn.gov.ledger.api.procurement.CorrectProcurementContractCommand;
import cn.gov.ledger.api.procurement.ProcurementCategory;
import cn.gov.ledger.api.procurement.ProcurementContractCorrected;
import cn.gov.ledger.api.procurement.ProcurementContractRecorded;
import cn.gov.ledger.api.procurement.ProcurementContractWithdrawn;
import cn.gov.ledger.api.procurement.RecordProcurementContractCommand;
import cn.gov.ledger.api.procurement.SupplierSize;
import cn.gov.ledger.api.procurement.WithdrawProcurementContractCommand;
import cn.gov.ledger.service.problem.Rejection;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class ProcurementContractTest {

    private static final String ID = ProcurementContract.idOf("wcjgsw", "WCJGSW-2024-FW-001");
    private static final ContractTerms TERMS = new ContractTerms("wcjgsw-bj", 2024, ProcurementCategory.SERVICES,
            SupplierSize.MEDIUM, 628_400_000, LocalDate.of(2024, 1, 8), "机关事务运行经费",
            FunctionalCode.of("2010302"), "物业管理服务");
    private static final ContractTerms CORRECTED = new ContractTerms("wcjgsw-bj", 2024,
            ProcurementCategory.SERVICES, SupplierSize.SMALL, 628_400_000, LocalDate.of(2024, 1, 8),
            "机关事务运行经费", FunctionalCode.of("2010302"), "物业管理服务");
    private static final ProcurementContractRecorded RECORDED = new ProcurementContractRecorded(ID, "wcjgsw",
            "WCJGSW-2024-FW-001", TERMS);

    private AggregateTestFixture<ProcurementContract> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProcurementContract.class);
    }

    @Test
    void recordsANewContractNumber() {
        fixture.givenNoPriorActivity()
                .when(new RecordProcurementContractCommand(ID, "wcjgsw", "WCJGSW-2024-FW-001", TERMS))
                .expectEvents(RECORDED);
    }

    @Test
    void refusesANumberAlreadyUsedInTheDepartment() {
        fixture.given(RECORDED)
                .when(new RecordProcurementContractCommand(ID, "wcjgsw", "WCJGSW-2024-FW-001", CORRECTED))
                .expectException(Rejection.class)
                .expectExceptionMessage("contract WCJGSW-2024-FW-001 is already recorded in department wcjgsw;"
                        + " correct it instead")
                .expectNoEvents();
    }

    @Test
    void aCorrectionRestatesEveryTermWithItsReason() {
        fixture.given(RECORDED)
                .when(new CorrectProcurementContractCommand(ID, "wcjgsw", "WCJGSW-2024-FW-001", CORRECTED,
                        "供应商为小型企业"))
                .expectEvents(new ProcurementContractCorrected(ID, "wcjgsw", "WCJGSW-2024-FW-001", CORRECTED,
                        "供应商为小型企业"));
    }

    @Test
    void refusesCorrectingAContractNeverRecorded() {
        fixture.givenNoPriorActivity()
                .when(new CorrectProcurementContractCommand(ID, "wcjgsw", "WCJGSW-2024-FW-001", CORRECTED, "r"))
                .expectException(Rejection.class)
                .expectExceptionMessage("no contract WCJGSW-2024-FW-001 is recorded in department wcjgsw")
                .expectNoEvents();
    }

    @Test
    void aWithdrawnContractCanNeitherBeCorrectedNorWithdrawnAgain() {
        fixture.given(RECORDED, new ProcurementContractWithdrawn(ID, "wcjgsw", "WCJGSW-2024-FW-001", "录入错误"))
                .when(new WithdrawProcurementContractCommand(ID, "wcjgsw", "WCJGSW-2024-FW-001", "again"))
                .expectException(Rejection.class)
                .expectNoEvents();
        fixture.given(RECORDED, new ProcurementContractWithdrawn(ID, "wcjgsw", "WCJGSW-2024-FW-001", "录入错误"))
                .when(new CorrectProcurementContractCommand(ID, "wcjgsw", "WCJGSW-2024-FW-001", CORRECTED, "r"))
                .expectException(Rejection.class)
                .expectExceptionMessage("contract WCJGSW-2024-FW-001 of department wcjgsw was withdrawn")
                .expectNoEvents();
    }
}
