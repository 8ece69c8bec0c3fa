package cn.gov.ledger.service.budget;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.gov.ledger.api.budget.AdjustBudgetCommand;
import cn.gov.ledger.api.budget.AppropriateBudgetCommand;
import cn.gov.ledger.api.budget.BudgetAdjusted;
import cn.gov.ledger.api.budget.BudgetAppropriated;
import cn.gov.ledger.api.budget.ExpenditureRecorded;
import cn.gov.ledger.api.budget.RecordExpenditureCommand;
import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.EconomicCode;
import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.api.code.ExpenditureType;
import cn.gov.ledger.api.code.FunctionalCode;
import cn.gov.ledger.api.code.FundingSource;
import cn.gov.ledger.api.entry.EntryReversed;
import cn.gov.ledger.api.entry.ReverseEntryCommand;
import cn.gov.ledger.service.entry.EntryBook;
import cn.gov.ledger.service.entry.EntryRecord;
import cn.gov.ledger.service.problem.Rejection;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class BudgetLineTest {

    private static final Classification LINE = new Classification("wcjgsw", "wcjgsw-bj", 2024,
            FundingSource.GENERAL_PUBLIC_BUDGET, FunctionalCode.of("2010350"), ExpenditureType.BASIC, null, null);
    private static final String ID = LINE.budgetLineId();
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final EconomicCode OFFICE = EconomicCode.of("30201");

    private AggregateTestFixture<BudgetLine> fixture;
    private EntryBook entries;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BudgetLine.class);
        entries = mock(EntryBook.class);
        fixture.registerInjectableResource(entries);
    }

    private BudgetAppropriated appropriated(long fen) {
        return new BudgetAppropriated("a1", ID, LINE, fen, DAY, "doc", "年初预算");
    }

    private ExpenditureRecorded spent(String entryId, long fen) {
        return new ExpenditureRecorded(entryId, ID, LINE.withEconomicCode(OFFICE), fen, DAY, "v", "p", "m", null);
    }

    @Test
    void appropriatingOpensTheLine() {
        fixture.givenNoPriorActivity()
                .when(new AppropriateBudgetCommand(ID, "a1", LINE, 100_000, DAY, "doc", "年初预算"))
                .expectEvents(appropriated(100_000));
    }

    @Test
    void acceptsExpenditureUpToWhatIsAvailable() {
        fixture.given(appropriated(100_000), spent("e1", 40_000))
                .when(new RecordExpenditureCommand(ID, "e2", LINE.withEconomicCode(OFFICE), 60_000, DAY, "v", "p", "m", null))
                .expectEvents(spent("e2", 60_000));
    }

    @Test
    void rejectsExpenditureOverBudget() {
        fixture.given(appropriated(100_000), spent("e1", 40_000))
                .when(new RecordExpenditureCommand(ID, "e2", LINE.withEconomicCode(OFFICE), 60_001, DAY, "v", "p", "m", null))
                .expectException(Rejection.class)
                .expectExceptionMessage("budget line " + ID + " has 600.00 available, 600.01 was asked")
                .expectNoEvents();
    }

    @Test
    void rejectsCutBelowWhatIsSpent() {
        fixture.given(appropriated(100_000), spent("e1", 40_000))
                .when(new AdjustBudgetCommand(ID, "j1", LINE, -60_001, DAY, "doc", "追减"))
                .expectException(Rejection.class)
                .expectNoEvents();
    }

    @Test
    void anIncreaseMayOpenALineWithoutInitialBudget() {
        fixture.givenNoPriorActivity()
                .when(new AdjustBudgetCommand(ID, "j1", LINE, 5_000, DAY, "doc", "年中追加"))
                .expectEvents(new BudgetAdjusted("j1", ID, LINE, 5_000, DAY, "doc", "年中追加"));
    }

    @Test
    void reversingAnExpenditureNegatesItWithTheOriginalsEconomicCodeAndDate() {
        when(entries.lockForReversal(anyString(), anyString())).thenReturn(new EntryRecord("e1", ID,
                EntryKind.EXPENDITURE, "wcjgsw", "wcjgsw-bj", 2024, OFFICE, 40_000, DAY, null, null, 7));
        fixture.given(appropriated(100_000), spent("e1", 40_000))
                .when(new ReverseEntryCommand(ID, "r1", "e1", null, "录入错误"))
                .expectEvents(new EntryReversed("r1", "e1", EntryKind.EXPENDITURE, ID, LINE.withEconomicCode(OFFICE),
                        -40_000, DAY, "录入错误"));
    }

    @Test
    void rejectsReversingAnAppropriationAlreadySpent() {
        when(entries.lockForReversal(anyString(), anyString())).thenReturn(new EntryRecord("a1", ID,
                EntryKind.APPROPRIATION, "wcjgsw", "wcjgsw-bj", 2024, null, 100_000, DAY, null, null, 3));
        fixture.given(appropriated(100_000), spent("e1", 1))
                .when(new ReverseEntryCommand(ID, "r1", "a1", null, "撤销"))
                .expectException(Rejection.class)
                .expectNoEvents();
    }
}
