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
