package cn.gov.ledger.service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTag;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.spring.stereotype.Aggregate;

@ArchTag("fast")
@AnalyzeClasses(packages = "cn.gov.ledger.service", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles =
            slices().matching("cn.gov.ledger.service.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule aggregatesDoNotTouchTheWebOrSql = noClasses().that().areAnnotatedWith(Aggregate.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.jdbc..");

    @ArchTest
    static final ArchRule onlyTheWebEdgeBuildsProblemDetails = noClasses()
            .that().resideOutsideOfPackage("cn.gov.ledger.service.web..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.http.ProblemDetail");

    @ArchTest
    static final ArchRule controllersLeaveSqlToTheirFeaturesBooks = classes()
            .that().haveSimpleNameEndingWith("Controller")
            .should().onlyDependOnClassesThat().resideOutsideOfPackage("org.springframework.jdbc..");

    /** Axon keeps only the last handler subscribed for a command type: a second one would silently take over. */
    @ArchTest
    static void everyCommandHasOneAggregateHandler(JavaClasses classes) {
        Map<String, List<String>> handlers = new TreeMap<>();
        classes.stream().filter(type -> type.isAnnotatedWith(Aggregate.class))
                .flatMap(type -> type.getCodeUnits().stream())
                .filter(handler -> handler.isAnnotatedWith(CommandHandler.class))
                .forEach(handler -> handlers.computeIfAbsent(handler.getRawParameterTypes().get(0).getName(),
                        command -> new ArrayList<>()).add(handler.getFullName()));
        assertThat(handlers).isNotEmpty().allSatisfy((command, where) -> assertThat(where).as(command).hasSize(1));
    }
}
