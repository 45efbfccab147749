package com.clientele;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The application modules (one per top-level package) and what each may use of the others. */
class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modulesDependOnlyOnEachOthersPublishedInterfacesAndHaveNoCycles() {
        MODULES.verify();
    }
}
