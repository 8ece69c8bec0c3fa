package cn.gov.ledger.service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.spring.stereotype.Aggregate;

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
}
