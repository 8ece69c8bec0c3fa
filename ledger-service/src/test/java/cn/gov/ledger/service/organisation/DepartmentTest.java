package cn.gov.ledger.service.organisation;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.gov.ledger.api.code.CarriedBalance;
import cn.gov.ledger.api.code.FunctionalCode;
import cn.gov.ledger.api.code.FundingSource;
import cn.gov.ledger.api.code.UnitType;
import cn.gov.ledger.api.organisation.CloseYearCommand;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.api.organisation.RegisterUnitCommand;
import cn.gov.ledger.api.organisation.UnitRegistered;
import cn.gov.ledger.api.organisation.YearClosed;
import cn.gov.ledger.service.problem.Rejection;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class DepartmentTest {

    private AggregateTestFixture<Department> fixture;
    private ClosingBalances balances;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Department.class);
        balances = mock(ClosingBalances.class);
        fixture.registerInjectableResource(balances);
    }

    @Test
    void registersAUnitOnce() {
        fixture.given(new DepartmentRegistered("d", "部门"), new UnitRegistered("d", "u", "本级", UnitType.PUBLIC_INSTITUTION))
                .when(new RegisterUnitCommand("d", "u", "本级", UnitType.PUBLIC_INSTITUTION))
                .expectException(Rejection.class);
    }

    @Test
    void closesAYearWithItsBalances() {
        List<CarriedBalance> carried = List.of(new CarriedBalance(FundingSource.GENERAL_PUBLIC_BUDGET,
                FunctionalCode.of("2010350"), 30_000));
        when(balances.of("d", "u", 2024)).thenReturn(carried);
        fixture.given(new DepartmentRegistered("d", "部门"), new UnitRegistered("d", "u", "本级", UnitType.PUBLIC_INSTITUTION))
                .when(new CloseYearCommand("d", "u", 2024))
                .expectEvents(new YearClosed("d", "u", 2024, carried));
    }

    @Test
    void rejectsClosingAYearTwice() {
        fixture.given(new DepartmentRegistered("d", "部门"), new UnitRegistered("d", "u", "本级", UnitType.PUBLIC_INSTITUTION),
                        new YearClosed("d", "u", 2024, List.of()))
                .when(new CloseYearCommand("d", "u", 2024))
                .expectException(Rejection.class)
                .expectNoEvents();
    }
}
