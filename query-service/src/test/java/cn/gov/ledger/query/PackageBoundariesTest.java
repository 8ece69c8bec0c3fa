package cn.gov.ledger.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTag;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RestController;

/**
 * The feature packages stay a layered graph: web knows no feature, the projection knows no reader, and the slice
 * (the point in time) lies beneath every feature that answers for one.
 */
@ArchTag("fast")
@AnalyzeClasses(packages = "cn.gov.ledger.query", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageBoundariesTest {

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("cn.gov.ledger.query.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule controllersDoNotQueryTheDatabaseThemselves = noClasses()
            .that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().areAssignableTo(JdbcTemplate.class);

    @ArchTest
    static final ArchRule webDependsOnNoFeature = noClasses()
            .that().resideInAPackage("cn.gov.ledger.query.web..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.gov.ledger.query.tables..",
                    "cn.gov.ledger.query.checks..", "cn.gov.ledger.query.projection..",
                    "cn.gov.ledger.query.progress..", "cn.gov.ledger.query.axon..", "cn.gov.ledger.query.slice..");

    @ArchTest
    static final ArchRule theSliceLiesBeneathTheFeaturesThatAnswerForIt = noClasses()
            .that().resideInAPackage("cn.gov.ledger.query.slice..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.gov.ledger.query.tables..",
                    "cn.gov.ledger.query.records..", "cn.gov.ledger.query.report..", "cn.gov.ledger.query.audit..",
                    "cn.gov.ledger.query.execution..", "cn.gov.ledger.query.console..",
                    "cn.gov.ledger.query.checks..", "cn.gov.ledger.query.publication..");

    @ArchTest
    static final ArchRule theProjectionKnowsNothingOfItsReaders = noClasses()
            .that().resideInAPackage("cn.gov.ledger.query.projection..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.gov.ledger.query.tables..",
                    "cn.gov.ledger.query.checks..", "cn.gov.ledger.query.progress..", "cn.gov.ledger.query.web..");

    @ArchTest
    static final ArchRule eventsAreHandledOnlyByTheProjection = methods()
            .that().areAnnotatedWith(EventHandler.class)
            .should().beDeclaredInClassesThat().resideInAPackage("cn.gov.ledger.query.projection..");
}
