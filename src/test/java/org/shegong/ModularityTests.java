package org.shegong;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ShegongApplication.class);

    @Test
    void modulesRespectTheirBoundariesAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void upstreamModulesDependOnNoBusinessModule() {
        var region = modules.getModuleByName("region").orElseThrow();
        assertThat(region.getDirectDependencies(modules).stream().map(m -> m.getTargetModule().getName()).toList())
                .doesNotContain("identity", "shell", "calendar");
        var identity = modules.getModuleByName("identity").orElseThrow();
        assertThat(identity.getDirectDependencies(modules).stream().map(m -> m.getTargetModule().getName()).toList())
                .doesNotContain("shell");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).exists();
    }
}
