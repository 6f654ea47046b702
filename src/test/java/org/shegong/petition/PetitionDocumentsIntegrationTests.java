package org.shegong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shegong.Role;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PetitionDocumentsIntegrationTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitManagement units;
    @Autowired
    org.shegong.identity.AccountManagement accounts;

    private String json(org.springframework.test.web.servlet.ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theArchivedReceiptAcceptanceExtensionAndDecisionCarryTheCaseNumberAndTheirDates() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var province = StaffFixtures.provinceAdmin();
        UnitView bureau = units.create(province, "武侯区信访局" + s, UnitKind.GOVERNMENT, "510107000000");
        UnitView housing = units.create(province, "武侯区住建局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000");
        StaffPrincipal officer = StaffFixtures.staff(9201, "xf" + s, bureau.id().value(), bureau.name(), UnitKind.GOVERNMENT,
                "510107000000", Role.PETITION_OFFICER);
        var headAccount = accounts.create(province, new org.shegong.identity.NewAccount("jz" + s, "局长", housing.id(),
                java.util.Set.of(Role.DEPARTMENT_HANDLER), "Sichuan#2026go", null, null));
        var handlerAccount = accounts.create(province, new org.shegong.identity.NewAccount("zj" + s, "承办人", housing.id(),
                java.util.Set.of(Role.DEPARTMENT_HANDLER), "Sichuan#2026go", null, null));
        StaffPrincipal head = StaffFixtures.staff(headAccount.id().value(), "jz" + s, housing.id().value(), housing.name(), UnitKind.FUNCTIONAL_DEPARTMENT,
                "510107000000", Role.DEPARTMENT_HANDLER);
        StaffPrincipal handler = StaffFixtures.staff(handlerAccount.id().value(), "zj" + s, housing.id().value(), housing.name(), UnitKind.FUNCTIONAL_DEPARTMENT,
                "510107000000", Role.DEPARTMENT_HANDLER);
        String reg = json(mvc.perform(post("/api/v1/petitions").with(as(officer)).contentType(MediaType.APPLICATION_JSON)
                .content(PetitionTestData.register("CLAIM", "小区外墙脱落" + s, PetitionTestData.residentId(), "13800001234", ",\"route\":6")))
                .andExpect(status().isCreated()));
        long id = ((Number) JsonPath.read(reg, "$.id")).longValue();
        String caseNumber = JsonPath.read(reg, "$.caseNumber");
        // the handling organ's staff see the case once assigned to it
        for (String[] step : new String[][] { { officer.username(), "transfer", "{\"unitId\":" + housing.id() + "}" },
                { officer.username(), "assignee", "{\"accountId\":" + handler.accountId().value() + "}" },
                { officer.username(), "assignee", "{\"accountId\":" + head.accountId().value() + "}" },
                { handler.username(), "accept", "{}" }, { handler.username(), "extension", "{\"days\":15,\"reason\":\"需要委托鉴定\"}" },
                { head.username(), "extension-approval", "{\"head\":\"局长 李某\"}" },
                { handler.username(), "decision", "{\"outcome\":\"UPHOLD\",\"facts\":\"外墙确有脱落\",\"reasons\":\"开发商应当维修\",\"legalBasis\":\"《建设工程质量管理条例》第四十一条\"}" } }) {
            mvc.perform(post("/api/v1/petitions/" + id + "/" + step[1]).with(as(step[0].equals(officer.username()) ? officer : step[0].equals(head.username()) ? head : handler))
                    .contentType(MediaType.APPLICATION_JSON).content(step[2])).andExpect(status().isOk());
        }
        String view = json(mvc.perform(get("/api/v1/petitions/" + id).with(as(officer))));
        List<String> kinds = JsonPath.read(view, "$.documents[*].kind");
        assertThat(kinds).containsExactly("RECEIPT", "ACCEPTANCE", "EXTENSION_NOTICE", "HANDLING_DECISION");
        String sortBy = DAY.format(LocalDate.parse(JsonPath.<List<String>>read(view, "$.limits[?(@.limit=='SORT')].date").get(0)));
        String decideBy = DAY.format(LocalDate.parse(JsonPath.<List<String>>read(view, "$.limits[?(@.limit=='DECIDE')].date").get(0)));
        String reviewBy = DAY.format(LocalDate.parse(JsonPath.<List<String>>read(view, "$.limits[?(@.limit=='REVIEW_REQUEST')].date").get(0)));

        String receipt = PetitionDocumentsUnitTests.text(pdf(officer, id, 0));
        assertThat(receipt).contains("信访事项登记回执", caseNumber, sortBy);
        String extension = PetitionDocumentsUnitTests.text(pdf(officer, id, 2));
        assertThat(extension).contains(caseNumber, "延长15日", decideBy, "需要委托鉴定");
        String decision = PetitionDocumentsUnitTests.text(pdf(handler, id, 3));
        assertThat(decision).contains("信访处理意见书", caseNumber, "支持", reviewBy,
                "《建设工程质量管理条例》第四十一条");
    }

    private byte[] pdf(StaffPrincipal who, long id, int seq) throws Exception {
        return mvc.perform(get("/api/v1/petitions/" + id + "/documents/" + seq).with(as(who))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }
}
