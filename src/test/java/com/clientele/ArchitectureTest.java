package com.clientele;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.dom.Element;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The package rules of STYLE.md that Spring Modulith's verification ({@link ModuleStructureTest}) does
 * not check: thin adapters, services own the data access, no cycles even through sub-packages, a
 * shared kernel that depends on no module, user text never parsed as HTML.
 */
class ArchitectureTest {

    private static final String BASE = "com.clientele";
    private static final List<String> FEATURES = List.of("activity", "apitoken", "audit", "booking", "customer",
            "demo", "merge", "messaging", "provider", "security", "webhook", "workspace");
    private static final List<String> MODULES = Stream.concat(Stream.of("base"), FEATURES.stream())
            .toList();

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void modulesHaveNoCycles() {
        // Each slice is a whole module, its views, controllers and other sub-packages included.
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void featuresDoNotReachIntoEachOthersViewsOrControllers() {
        for (String feature : FEATURES) {
            noClasses().that().resideOutsideOfPackage(BASE + "." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(BASE + "." + feature + ".ui..",
                            BASE + "." + feature + ".api..")
                    .because("a feature's views and controllers are its own")
                    .check(CLASSES);
        }
    }

    @Test
    void viewsAndControllersGoThroughServices() {
        noClasses().that().resideInAnyPackage("..ui..", "..api..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcOperations.class)
                .orShould().dependOnClassesThat().areAssignableTo(NamedParameterJdbcOperations.class)
                .orShould().dependOnClassesThat().areAssignableTo(DataSource.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(CLASSES);
    }

    @Test
    void repositoriesAreUsedOnlyByServicesOfTheirFeature() {
        classes().that().areAssignableTo(Repository.class)
                .should().onlyBeAccessed().byClassesThat().areMetaAnnotatedWith(Component.class)
                .because("views, controllers and records go through services")
                .check(CLASSES);
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(CLASSES);
        for (String module : MODULES) {
            classes().that().areAssignableTo(Repository.class).and().resideInAPackage(BASE + "." + module + "..")
                    .should().onlyBeAccessed().byClassesThat().resideInAPackage(BASE + "." + module + "..")
                    .because("a module's tables are reached through its services")
                    .allowEmptyShould(true) // not every module has a repository
                    .check(CLASSES);
        }
    }

    @Test
    void userTextIsNeverRenderedAsHtml() {
        noClasses().should().dependOnClassesThat().areAssignableTo(Html.class)
                .orShould().callMethod(Element.class, "setProperty", String.class, String.class)
                .because("names, notes and messages are shown with setText or text columns, never parsed as HTML")
                .check(CLASSES);
    }

    @Test
    void sharedKernelDependsOnNoFeature() {
        noClasses().that().resideInAPackage(BASE + ".base..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream()
                        .map(feature -> BASE + "." + feature + "..").toArray(String[]::new))
                .check(CLASSES);
    }
}
