package org.shegong.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;
import org.shegong.identity.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** The three-level catalogue: items, editions, Excel export and import (issue 11). */
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class CatalogueIntegrationTests {

    @Autowired
    CategoryCatalogue catalogue;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.shegong.demand.DemandManagement demands;
    @Autowired
    org.shegong.identity.UnitManagement units;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aProvinceAdministratorAddsAndChangesAnItemAndEachChangeIsANewEdition() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        int before = catalogue.edition();
        CategoryItem added = catalogue.addItem(StaffFixtures.provinceAdmin(), "CJ-05",
                new CategoryCatalogue.ItemInput("二次供水水箱清洗" + s, "Tank cleaning " + s, "供水企业", "utilities",
                        "水箱，清洗、二次供水  水箱脏", true));
        assertThat(added.code()).matches("CJ-05-\\d{2}");
        assertThat(added.limitClass()).isEqualTo("UTILITIES");
        assertThat(added.keywordList()).containsExactly("水箱", "清洗", "二次供水", "水箱脏");
        int afterAdd = catalogue.edition();
        assertThat(afterAdd).isEqualTo(before + 1);
        assertThat(catalogue.nameIn(afterAdd, added.code())).contains("二次供水水箱清洗" + s);
        assertThat(catalogue.nameIn(before, added.code())).isEmpty();

        CategoryItem renamed = catalogue.updateItem(StaffFixtures.provinceAdmin(), added.code(), added.version(),
                new CategoryCatalogue.ItemInput("水箱清洗" + s, "Tank cleaning " + s, "供水企业", "ORDINARY", "水箱", false));
        assertThat(renamed.active()).isFalse();
        // the earlier edition still names it as it was when demands were filed under it
        assertThat(catalogue.nameIn(afterAdd, added.code())).contains("二次供水水箱清洗" + s);
        assertThat(catalogue.nameIn(catalogue.edition(), added.code())).contains("水箱清洗" + s);

        assertThatThrownBy(() -> catalogue.addItem(StaffFixtures.provinceAdmin(), "CJ-05",
                new CategoryCatalogue.ItemInput("x" + s, "x", "供水企业", "SOMETIMES", "", true)))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).messageKey())
                .isEqualTo("duty.item.limitClass.invalid");
        assertThatThrownBy(() -> catalogue.addItem(StaffFixtures.provinceAdmin(), "CJ", new CategoryCatalogue.ItemInput(
                "y" + s, "y", "供水企业", "ORDINARY", "", true)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> catalogue.addItem(StaffFixtures.countyAdmin(1, 1), "CJ-05", new CategoryCatalogue.ItemInput(
                "z" + s, "z", "供水企业", "ORDINARY", "", true)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void intakeFollowsACategoryChangeAtOnceAndFindsOneAddedElsewhere() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var admin = StaffFixtures.provinceAdmin();
        // under the field with the fewest categories (other tests count a field's categories)
        String field = catalogue.tree().stream().min(java.util.Comparator.comparingInt(f -> f.categories().size()))
                .orElseThrow().field().code();
        Category added = catalogue.addCategory(admin, field, "井盖缺失" + s, "Missing manhole cover " + s);
        var hotline = units.create(admin, "成都市12345热线服务中心" + s, org.shegong.identity.UnitKind.GOVERNMENT, "510100000000");
        var operator = StaffFixtures.staff(100, "op" + s, hotline.id().value(), hotline.name(), org.shegong.identity.UnitKind.GOVERNMENT,
                "510100000000", org.shegong.Role.HOTLINE_OPERATOR);
        assertThat(demands.submit(manhole(added.code()), operator, null).trackingCode()).startsWith("SC");

        // categories are checked from memory: a change committed on this node is in force for the very next demand
        Category off = catalogue.update(admin, added.code(), added.version(), added.nameZh(), added.nameEn(), false);
        assertThatThrownBy(() -> demands.submit(manhole(added.code()), operator, null)).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("demand.category.unknown");
        catalogue.update(admin, added.code(), off.version(), added.nameZh(), added.nameEn(), true);
        assertThat(demands.submit(manhole(added.code()), operator, null).trackingCode()).startsWith("SC");

        // a category another node added since this one last read the catalogue is found in the database
        assertThat(catalogue.find("CJ-05")).isPresent();
        String elsewhere = jdbc.sql("""
                select :f || '-' || lpad(n::text, 2, '0') from generate_series(99, 10, -1) n
                where not exists (select 1 from duty_category where code = :f || '-' || lpad(n::text, 2, '0')) limit 1
                """).param("f", field).query(String.class).single();
        jdbc.sql("insert into duty_category (code, parent_code, name_zh, name_en, sort_order) values (:c, :f, :n, :n, 999)")
                .param("c", elsewhere).param("f", field).param("n", "别处新增" + s).update();
        assertThat(catalogue.find(elsewhere)).map(Category::nameZh).contains("别处新增" + s);
    }

    private static org.shegong.demand.SubmitDemand manhole(String category) {
        return new org.shegong.demand.SubmitDemand(org.shegong.demand.DemandKind.COMPLAINT, null, null, category,
                "玉林北路人行道上井盖不见了，晚上看不到", "13812345678", "李先生", "成都市武侯区玉林街道", null, null, null);
    }

    @Test
    void theCatalogueGoesOutToExcelAndComesBackWithANewItemAndAChange() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        byte[] exported = mvc.perform(get("/api/v1/categories/export.xlsx").with(as(StaffFixtures.provinceAdmin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] edited;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(150);
            int landRent = -1;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if ("土地租金拖欠".equals(sheet.getRow(r).getCell(4).getStringCellValue())) {
                    landRent = r;
                }
            }
            assertThat(landRent).isPositive();
            sheet.getRow(landRent).getCell(8).setCellValue(sheet.getRow(landRent).getCell(8).getStringCellValue() + " 地租钱" + s);
            Row added = sheet.createRow(sheet.getLastRowNum() + 1);
            String[] cells = { "农业农村", "NY-04", "土地承包与流转", "", "流转合同备案" + s, "Transfer contract filing " + s,
                    "农业农村部门", "ORDINARY", "流转合同 备案", "是" };
            for (int i = 0; i < cells.length; i++) {
                added.createCell(i).setCellValue(cells[i]);
            }
            book.write(out);
            edited = out.toByteArray();
        }
        int before = catalogue.edition();
        mvc.perform(multipart("/api/v1/categories/import").file(new MockMultipartFile("file", "c.xlsx", null, edited))
                        .with(as(StaffFixtures.provinceAdmin())))
                .andExpect(status().isOk());
        assertThat(catalogue.edition()).isEqualTo(before + 1);
        assertThat(catalogue.items()).anySatisfy(i -> assertThat(i.nameZh()).isEqualTo("流转合同备案" + s))
                .anySatisfy(i -> assertThat(i.keywords()).contains("地租钱" + s));

        // a wrong row refuses the whole workbook and changes nothing
        byte[] wrong;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(edited)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheetAt(0);
            sheet.getRow(sheet.getLastRowNum()).getCell(7).setCellValue("SOON");
            sheet.getRow(sheet.getLastRowNum()).getCell(4).setCellValue("另一个事项" + s);
            book.write(out);
            wrong = out.toByteArray();
        }
        int edition = catalogue.edition();
        mvc.perform(multipart("/api/v1/categories/import").file(new MockMultipartFile("file", "c.xlsx", null, wrong))
                        .with(as(StaffFixtures.provinceAdmin())))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/v1/categories/import").file(new MockMultipartFile("file", "c.xlsx", null, "not excel".getBytes()))
                        .with(as(StaffFixtures.provinceAdmin())))
                .andExpect(status().isBadRequest());
        assertThat(catalogue.edition()).isEqualTo(edition);
        assertThat(catalogue.items()).noneSatisfy(i -> assertThat(i.nameZh()).isEqualTo("另一个事项" + s));
    }
}
