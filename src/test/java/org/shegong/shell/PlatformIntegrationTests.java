package org.shegong.shell;

import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.shegong.identity.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PlatformIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void openApiDescribesTheFoundationEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs").with(as(StaffFixtures.provinceAdmin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/regions/{code}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/grids/locate']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/calendar/deadline']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/auth/token']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/accounts']").exists())
                // a typed id (decision 0007) is described as the number it is in the JSON
                .andExpect(jsonPath("$.components.schemas.DemandView.properties.id.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.PetitionView.properties.id.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.DisputeView.properties.id.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.ActivityView.properties.id.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.VolunteerProfile.properties.id.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.PersonView.properties.id.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.PartyOrganizationView.properties.id.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.UnitMembers.properties.organizationId.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.Gap.properties.organizationId.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.FormPartyOrganization.properties.organizationIds.items.type")
                        .value("integer"))
                .andExpect(jsonPath("$.components.schemas.SocialWorker.properties.id.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.SocialWorker.properties.stationId.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.Application.properties.id.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.DataForm.properties.id.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.SuggestionView.properties.id.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.SuggestionView.properties.groupId.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.AwardRound.properties.id.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.UnitView.properties.id.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.AccountView.properties.id.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.AccountView.properties.unitId.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.NewAccount.properties.unitId.type").value("integer"))
                // two modules' types of one simple name are two schemas (noTwoApiTypesShareOneSchemaName)
                .andExpect(jsonPath("$.components.schemas.OrganizationView").doesNotExist())
                .andExpect(jsonPath("$.components.schemas.PartyBuildingOrganizationView.properties.id.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.PartyBuildingOrganizationView.properties.creditCode").exists())
                .andExpect(jsonPath("$.components.schemas.VolunteerOrganizationView.properties.creditCode").doesNotExist())
                .andExpect(jsonPath("$.components.schemas.VolunteerOrganizationView").exists());
        mvc.perform(get("/swagger-ui/index.html").with(as(StaffFixtures.provinceAdmin()))).andExpect(status().isOk());
    }

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping handlers;

    /**
     * The API description names each type of a request or an answer by its simple name; two of our types with one
     * name would be described as one (the second silently takes the first's schema), so a partner would read the
     * wrong fields. Every type reachable from an API route's body or answer has a schema name of its own.
     */
    @Test
    void noTwoApiTypesShareOneSchemaName() {
        java.util.Map<String, java.util.Set<Class<?>>> byName = new java.util.TreeMap<>();
        java.util.Set<Class<?>> seen = new java.util.HashSet<>();
        handlers.getHandlerMethods().forEach((info, method) -> {
            if (info.getPatternValues().stream().noneMatch(p -> p.startsWith("/api/"))) {
                return;
            }
            collect(method.getMethod().getGenericReturnType(), seen, byName);
            for (var parameter : method.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)) {
                    collect(parameter.getGenericParameterType(), seen, byName);
                }
            }
        });
        assertThat(seen).as("API types found").hasSizeGreaterThan(50);
        var clashes = byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " " + e.getValue().stream().map(Class::getName).sorted().toList()).toList();
        assertThat(clashes).isEmpty();
    }

    private static void collect(java.lang.reflect.Type type, java.util.Set<Class<?>> seen, java.util.Map<String, java.util.Set<Class<?>>> byName) {
        if (type instanceof java.lang.reflect.ParameterizedType p) {
            collect(p.getRawType(), seen, byName);
            for (var argument : p.getActualTypeArguments()) {
                collect(argument, seen, byName);
            }
        } else if (type instanceof java.lang.reflect.GenericArrayType a) {
            collect(a.getGenericComponentType(), seen, byName);
        } else if (type instanceof java.lang.reflect.WildcardType w) {
            for (var bound : w.getUpperBounds()) {
                collect(bound, seen, byName);
            }
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                collect(c.getComponentType(), seen, byName);
                return;
            }
            if (!c.getName().startsWith("org.shegong.") || c.isEnum() || !seen.add(c)) {
                return;
            }
            // a typed id is described as the number it is in JSON (decision 0007): no schema of its own
            boolean number = c.isRecord() && java.util.Arrays.stream(c.getRecordComponents())
                    .anyMatch(rc -> rc.getAccessor().isAnnotationPresent(com.fasterxml.jackson.annotation.JsonValue.class)
                            || rc.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonValue.class));
            if (number) {
                return;
            }
            var schema = c.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
            String name = schema != null && !schema.name().isEmpty() ? schema.name() : c.getSimpleName();
            byName.computeIfAbsent(name, k -> new java.util.HashSet<>()).add(c);
            if (c.isRecord()) {
                for (var rc : c.getRecordComponents()) {
                    collect(rc.getGenericType(), seen, byName);
                }
            }
        }
    }

    @Test
    void healthDetailsAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP")).andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health").with(as(StaffFixtures.provinceAdmin()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"));
        mvc.perform(get("/actuator/prometheus").with(as(StaffFixtures.provinceAdmin()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("jvm_memory_used_bytes")));
    }

    @Test
    void theCalendarDeadlineApiAnswersInTheDocumentedShape() throws Exception {
        // 2026-09-30 + 3 working days: 10/1–10/7 国庆 rest, 10/8, 10/9 and the make-up Saturday 10/10 count
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-09-30").param("workingDays", "3")
                        .with(as(StaffFixtures.provinceAdmin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2026-10-10"))
                .andExpect(jsonPath("$.provisional").value(false))
                .andExpect(jsonPath("$.explanation").value(Matchers.containsString("国庆")));
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-12-28").param("workingDays", "5")
                        .with(as(StaffFixtures.provinceAdmin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2027-01-05"))
                .andExpect(jsonPath("$.provisional").value(true));
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-13-01").param("workingDays", "3")
                        .with(as(StaffFixtures.provinceAdmin())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errorEn").isNotEmpty());
    }

    @Test
    void pagesSwitchToEnglishAndRememberIt() throws Exception {
        var session = mvc.perform(get("/").param("lang", "en").with(as(StaffFixtures.provinceAdmin())))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Hello, admin")))
                .andReturn().getResponse().getCookie("SHEGONG_LANG");
        mvc.perform(get("/").cookie(session).with(as(StaffFixtures.provinceAdmin())))
                .andExpect(content().string(Matchers.containsString("Working calendar")));
        mvc.perform(get("/").with(as(StaffFixtures.provinceAdmin())))
                .andExpect(content().string(Matchers.containsString("工作日历")));
    }

    @Test
    void unknownApiPathsAndOutOfScopeIdsAnswerJson404() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").with(as(StaffFixtures.provinceAdmin())))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.errorEn").isNotEmpty());
    }
}
