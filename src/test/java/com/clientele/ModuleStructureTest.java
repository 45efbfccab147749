package com.clientele;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application modules (one per top-level package) and what each may use of the others, and
 * their generated documentation in docs/modules, which must match the code. After a change to the
 * modules, refresh it with
 * {@code ./mvnw verify -Dtest=ModuleStructureTest -Dsurefire.failIfNoSpecifiedTests=false -Dmodules.docs.write=true}.
 */
class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    private static final Path COMMITTED = Path.of("docs/modules");
    private static final Path GENERATED = Path.of("target/modules-docs");

    @Test
    void modulesDependOnlyOnEachOthersPublishedInterfacesAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void committedModuleDocumentationMatchesTheCode() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        List<Path> generated = files(GENERATED);
        assertThat(generated).as("generated documentation").isNotEmpty();
        if (Boolean.getBoolean("modules.docs.write")) {
            Files.createDirectories(COMMITTED);
            for (Path file : generated) {
                // only files whose content changed: a new order of the same lines is no change
                Path committed = COMMITTED.resolve(file);
                if (!Files.exists(committed) || !sortedLines(committed).equals(sortedLines(GENERATED.resolve(file)))) {
                    Files.copy(GENERATED.resolve(file), committed, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        assertThat(files(COMMITTED)).as("files in docs/modules").containsAll(generated);
        for (Path file : generated) {
            // the Documenter writes the same lines in an order that changes from run to run, and
            // the first item of a table cell carries the cell's "|"
            assertThat(sortedLines(COMMITTED.resolve(file)))
                    .as("docs/modules/" + file + " is out of date: refresh it as this class's comment says")
                    .isEqualTo(sortedLines(GENERATED.resolve(file)));
        }
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .map(line -> line.startsWith("|* ") ? line.substring(1) : line)
                .sorted()
                .toList();
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }
}
