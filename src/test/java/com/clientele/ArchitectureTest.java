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
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The package rules of STYLE.md: feature packages, thin adapters, services own the data access. */
class ArchitectureTest {

    private static final String BASE = "com.clientele";
    private static final List<String> FEATURES = List.of("activity", "apitoken", "audit", "booking", "customer",
            "demo", "messaging", "provider", "security", "workspace");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void featureServicesHaveNoCycles() {
        // Only the feature packages themselves: views and controllers are adapters that may use any service.
        slices().matching(BASE + ".(*)").should().beFreeOfCycles().check(CLASSES);
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
        noClasses().that().resideInAPackage(BASE + ".base")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream()
                        .map(feature -> BASE + "." + feature + "..").toArray(String[]::new))
                .check(CLASSES);
    }
}
