package org.shegong.partybuilding;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Valid unified social credit codes and organization rows for tests. */
public final class PartyBuildingFixtures {

    private PartyBuildingFixtures() {
    }

    /** A fresh code of an enterprise (91) registered in {@code county} (six digits), with its GB 32100 check character. */
    public static String creditCode(String county) {
        StringBuilder body = new StringBuilder("91").append(county, 0, 6);
        for (int i = 0; i < 9; i++) {
            body.append(CreditCode.ALPHABET.charAt(ThreadLocalRandom.current().nextInt(CreditCode.ALPHABET.length())));
        }
        return body.toString() + CreditCode.checkCharacter(body.toString());
    }

    /** The same code with a wrong check character. */
    public static String withWrongCheck(String code) {
        char right = code.charAt(17);
        char wrong = right == '0' ? '1' : '0';
        return code.substring(0, 17) + wrong;
    }

    public static NewOrganization enterprise(String name, long competentUnit, String region, int fullMembers) {
        return new NewOrganization(creditCode(region), name, OrganizationKind.ENTERPRISE, "软件和信息技术服务业",
                OrganizationSize.SMALL, competentUnit, region, 20 + fullMembers, fullMembers);
    }

    /** A spreadsheet row in the columns of the import. */
    public static List<String> row(String code, String name, long competentUnit, String region, int fullMembers) {
        return List.of(code, name, "企业", "批发和零售业", "小型", Long.toString(competentUnit), region, "12",
                Integer.toString(fullMembers));
    }

    public static byte[] workbook(List<List<String>> rows) {
        return OrganizationWorkbook.write(rows);
    }
}
