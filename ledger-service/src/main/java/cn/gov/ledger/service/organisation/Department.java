package cn.gov.ledger.service.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.gov.ledger.api.code.CarriedBalance;
import cn.gov.ledger.api.organisation.CloseYearCommand;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.api.organisation.RegisterDepartmentCommand;
import cn.gov.ledger.api.organisation.RegisterUnitCommand;
import cn.gov.ledger.api.organisation.UnitRegistered;
import cn.gov.ledger.api.organisation.YearClosed;
import cn.gov.ledger.service.problem.Rejection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A department (部门): registers its units and closes their fiscal years. */
@Aggregate(cache = "aggregateCache")
public class Department {

    @AggregateIdentifier
    private String code;
    private final Set<String> units = new HashSet<>();
    private final Set<String> closedYears = new HashSet<>();

    protected Department() {
    }

    @CommandHandler
    public Department(RegisterDepartmentCommand command) {
        apply(new DepartmentRegistered(command.department(), command.name()));
    }

    @CommandHandler
    void handle(RegisterUnitCommand command) {
        if (units.contains(command.unit())) {
            throw Rejection.conflict("unit-exists", "单位已存在 Unit exists",
                    "unit " + command.unit() + " is already registered in department " + code);
        }
        apply(new UnitRegistered(code, command.unit(), command.name(), command.unitType()));
    }

    @CommandHandler
    void handle(CloseYearCommand command, ClosingBalances balances) {
        if (!units.contains(command.unit())) {
            throw Rejection.notFound("unknown-unit", "单位不存在 Unknown unit",
                    "unit " + command.unit() + " is not registered in department " + code);
        }
        if (closedYears.contains(command.unit() + "/" + command.fiscalYear())) {
            throw Rejection.conflict("year-closed", "年度已结账 Year closed",
                    "fiscal year " + command.fiscalYear() + " of unit " + command.unit() + " is already closed");
        }
        List<CarriedBalance> carried = balances.of(code, command.unit(), command.fiscalYear());
        apply(new YearClosed(code, command.unit(), command.fiscalYear(), carried));
    }

    @EventSourcingHandler
    void on(DepartmentRegistered event) {
        code = event.department();
    }

    @EventSourcingHandler
    void on(UnitRegistered event) {
        units.add(event.unit());
    }

    @EventSourcingHandler
    void on(YearClosed event) {
        closedYears.add(event.unit() + "/" + event.fiscalYear());
    }
}
