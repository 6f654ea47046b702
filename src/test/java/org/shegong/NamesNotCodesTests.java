package org.shegong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shegong.identity.AccountManagement;
import org.shegong.identity.NewAccount;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13 item 5, "names, not codes": every page served by GET (the routes of the access matrix without a path
 * variable, pages not exports) is rendered in Chinese and in English for every role the matrix lets in, and its
 * visible text (tags, attributes, scripts and styles removed) must hold no raw enum constant of ours (e.g.
 * {@code CHANNELLED}, {@code TOWNSHIP_STAFF}), no message key ({@code demand.status.x}, {@code ??key??}) and no 12-digit
 * region code where a name belongs.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NamesNotCodesTests {

    static final String WUHOU = "510107000000";

    /** Pages whose business is codes: the division directory and grid pages list them beside the names. */
    static final Set<String> CODE_PAGES = Set.of("/regions", "/regions/search", "/grids", "/grids/import", "/admin/regions");

    /** The catalogue's own pages show both names side by side (the Chinese one is what is edited there). */
    static final Set<String> CATALOGUE_PAGES = Set.of("/admin/categories");

    static final Pattern MESSAGE_KEY = Pattern.compile(
            "\\?\\?[^?\\s]+\\?\\?|\\b(?:step|shell|identity|region|calendar|duty|demand|notify|callback|insight|petition|limit|volunteer"
                    + "|volunteering|suggestion|partybuilding|workforce|care|dispute|burden|gridfusion|grid)\\.[A-Za-z]+\\.[A-Za-z0-9_.:]+");
    static final Pattern REGION_CODE = Pattern.compile("(?<![0-9])51[0-9]{10}(?![0-9])");
    static final Pattern UPPER_WORD = Pattern.compile("(?<![A-Za-z0-9_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![A-Za-z0-9_])");

    @Autowired MockMvc mvc;
    @Autowired UnitManagement units;
    @Autowired AccountManagement accounts;

    static final Map<Role, StaffPrincipal> staff = new EnumMap<>(Role.class);
    static final Set<String> ENUM_CONSTANTS = enumConstants();

    @BeforeEach
    void oneRealAccountPerRoleInWuhou() {
        if (!staff.isEmpty()) {
            return;
        }
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        StaffPrincipal admin = StaffFixtures.provinceAdmin();
        for (Role role : Role.values()) {
            UnitView unit = switch (role) {
                case PROVINCE_ADMIN, AUDITOR -> units.create(admin, "名称省级单位" + suffix + role.ordinal(),
                        UnitKind.SOCIAL_WORK_DEPARTMENT, "510000000000");
                case CITY_ADMIN -> units.create(admin, "名称市级单位" + suffix, UnitKind.SOCIAL_WORK_DEPARTMENT, "510100000000");
                case COUNTY_ADMIN -> units.create(admin, "名称区级单位" + suffix, UnitKind.SOCIAL_WORK_DEPARTMENT, WUHOU);
                case TOWNSHIP_STAFF -> units.create(admin, "名称街道" + suffix, UnitKind.TOWNSHIP_OFFICE, "510107005000");
                case VILLAGE_STAFF, GRID_WORKER -> units.create(admin, "名称社区" + suffix + role.ordinal(),
                        UnitKind.VILLAGE_COMMITTEE, "510107005001");
                case DEPARTMENT_HANDLER -> units.create(admin, "名称职能部门" + suffix, UnitKind.FUNCTIONAL_DEPARTMENT, WUHOU);
                case HOTLINE_OPERATOR -> units.create(admin, "名称热线" + suffix, UnitKind.GOVERNMENT, WUHOU);
                case PETITION_OFFICER -> units.create(admin, "名称信访局" + suffix, UnitKind.GOVERNMENT, WUHOU);
            };
            String username = "n" + suffix + role.ordinal();
            var account = accounts.create(admin, new NewAccount(username, "名称" + role.ordinal(), unit.id(), Set.of(role),
                    "Names#Codes2026", null, null));
            staff.put(role, StaffFixtures.staff(account.id().value(), username, unit.id().value(), unit.name(), unit.kind(),
                    unit.region().value(), role));
        }
    }

    @Test
    void everyPageShowsNamesWhereNamesBelongInChineseAndEnglish() throws Exception {
        Set<String> found = new TreeSet<>();
        Set<String> chineseNames = chineseCatalogueNames();
        int rendered = 0;
        for (AccessMatrixTests.Row row : new AccessMatrixTests().table().values()) {
            String path = row.path();
            if (!row.method().equals("GET") || path.contains("{") || path.startsWith("/api/") || path.startsWith("/actuator")
                    || path.matches(".*\\.(xlsx|csv|pdf|png|json|geojson)$") || path.contains("export")) {
                continue;
            }
            for (Map.Entry<String, String> cell : row.cells().entrySet()) {
                if (!cell.getValue().equals("✓")) {
                    continue;
                }
                StaffPrincipal who = cell.getKey().equals(AccessMatrixTests.ANONYMOUS) ? null
                        : staff.get(Role.valueOf(cell.getKey()));
                for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                    var request = get(path).cookie(new jakarta.servlet.http.Cookie("SHEGONG_LANG", locale.toLanguageTag()));
                    MockHttpServletResponse page = mvc.perform(who == null ? request : request.with(StaffFixtures.as(who)))
                            .andReturn().getResponse();
                    String type = page.getContentType();
                    if (page.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                        continue;
                    }
                    rendered++;
                    String where = path + " as " + cell.getKey() + " (" + locale.getLanguage() + "): ";
                    String text = visibleText(page.getContentAsString(StandardCharsets.UTF_8));
                    for (String problem : problems(text, CODE_PAGES.contains(path))) {
                        found.add(where + problem);
                    }
                    if (locale == Locale.ENGLISH && !CATALOGUE_PAGES.contains(path)) {
                        chineseCatalogueNames(text, chineseNames).forEach(p -> found.add(where + p));
                    }
                }
            }
        }
        assertThat(rendered).as("pages rendered").isGreaterThan(50);
        assertThat(found).as("codes where names belong").isEmpty();
    }

    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired org.shegong.notify.Inbox inbox;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /**
     * The pages of one record ({@code /demands/{id}}, {@code /petitions/{id}}, {@code /care/people/{id}} …): each is
     * rendered for a real record made through its module's API ({@link AccessScopeProbes}, in 攀枝花市东区) as every role
     * of a province-level account that may see it, in Chinese and English, and held to the same rule; in English it
     * must also show the duty catalogue's fields, categories and items by their English names.
     */
    @Test
    void everyDetailPageShowsNamesWhereNamesBelongInChineseAndEnglish() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        StaffPrincipal admin = StaffFixtures.provinceAdmin();
        // the records live in 攀枝花市东区: one real account per role there (province roles at the province)
        Map<Role, StaffPrincipal> province = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            UnitView unit = switch (role) {
                case PROVINCE_ADMIN, AUDITOR -> units.create(admin, "详情省级单位" + suffix + role.ordinal(),
                        UnitKind.SOCIAL_WORK_DEPARTMENT, "510000000000");
                case CITY_ADMIN -> units.create(admin, "详情市级单位" + suffix, UnitKind.SOCIAL_WORK_DEPARTMENT, "510400000000");
                case COUNTY_ADMIN -> units.create(admin, "详情区级单位" + suffix, UnitKind.SOCIAL_WORK_DEPARTMENT,
                        AccessScopeProbes.DONGQU);
                case TOWNSHIP_STAFF -> units.create(admin, "详情街道" + suffix, UnitKind.TOWNSHIP_OFFICE,
                        AccessScopeProbes.DONGQU_TOWNSHIP);
                case VILLAGE_STAFF, GRID_WORKER -> units.create(admin, "详情社区" + suffix + role.ordinal(),
                        UnitKind.VILLAGE_COMMITTEE, AccessScopeProbes.DONGQU_VILLAGE);
                case DEPARTMENT_HANDLER -> units.create(admin, "详情职能部门" + suffix, UnitKind.FUNCTIONAL_DEPARTMENT,
                        AccessScopeProbes.DONGQU);
                case HOTLINE_OPERATOR -> units.create(admin, "详情热线" + suffix, UnitKind.GOVERNMENT, AccessScopeProbes.DONGQU);
                case PETITION_OFFICER -> units.create(admin, "详情信访局" + suffix, UnitKind.GOVERNMENT, AccessScopeProbes.DONGQU);
            };
            String username = "d" + suffix + role.ordinal();
            var account = accounts.create(admin, new NewAccount(username, "详情" + role.ordinal(), unit.id(), Set.of(role),
                    "Names#Codes2026", null, null));
            province.put(role, StaffFixtures.staff(account.id().value(), username, unit.id().value(), unit.name(), unit.kind(),
                    unit.region().value(), role));
        }
        AccessScopeProbes records = new AccessScopeProbes(context, mvc, units, accounts, inbox, admin, suffix);
        Set<String> chineseNames = chineseCatalogueNames();
        Set<String> found = new TreeSet<>();
        Set<String> covered = new TreeSet<>();
        for (AccessMatrixTests.Row row : new AccessMatrixTests().table().values()) {
            String path = row.path();
            if (!row.method().equals("GET") || !path.contains("{") || path.indexOf('{') != path.lastIndexOf('{')
                    || path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/public/")
                    || path.matches(".*\\.(xlsx|csv|pdf|png|json|geojson|svg)$") || path.contains("export")
                    || path.contains("/photos/") || path.contains("/files/") || path.contains("/qr")) {
                continue;
            }
            java.util.Optional<String> id = records.outsideScopeOf(path);
            if (id.isEmpty()) {
                continue;
            }
            String concrete = path.replaceFirst("\\{[^}]+}", id.get());
            for (Map.Entry<String, String> cell : row.cells().entrySet()) {
                if (cell.getKey().equals(AccessMatrixTests.ANONYMOUS) || cell.getValue().equals("✗")) {
                    continue;
                }
                StaffPrincipal who = province.get(Role.valueOf(cell.getKey()));
                for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                    MockHttpServletResponse page = mvc.perform(get(concrete).with(StaffFixtures.as(who))
                                    .cookie(new jakarta.servlet.http.Cookie("SHEGONG_LANG", locale.toLanguageTag())))
                            .andReturn().getResponse();
                    String type = page.getContentType();
                    if (page.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                        continue;
                    }
                    covered.add(path);
                    String text = visibleText(page.getContentAsString(StandardCharsets.UTF_8));
                    String where = concrete + " as " + cell.getKey() + " (" + locale.getLanguage() + "): ";
                    for (String problem : problems(text, CODE_PAGES.contains(path))) {
                        found.add(where + problem);
                    }
                    if (locale == Locale.ENGLISH) {
                        chineseCatalogueNames(text, chineseNames).forEach(p -> found.add(where + p));
                    }
                }
            }
        }
        assertThat(covered).as("detail pages rendered for a real record: " + covered).hasSizeGreaterThanOrEqualTo(15);
        assertThat(found).as("codes where names belong on detail pages").isEmpty();
    }

    /** The duty catalogue's Chinese names (fields, categories, items) of four or more characters. */
    Set<String> chineseCatalogueNames() {
        Set<String> names = new TreeSet<>(jdbc.sql("""
                select name_zh from duty_category union select name_zh from duty_category_item""").query(String.class).list());
        names.removeIf(n -> n.length() < 4);
        return names;
    }

    /** A catalogue label standing alone in Chinese; the same words inside a sentence someone typed are their text. */
    static List<String> chineseCatalogueNames(String text, Set<String> names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            // (a Chinese term glossed in parentheses inside English, e.g. "Birth Medical Certificate (出生医学证明)", is kept)
            Matcher m = Pattern.compile("(?<![\\p{IsHan}(（])" + Pattern.quote(name) + "(?![\\p{IsHan})）])").matcher(text);
            if (m.find()) {
                out.add("Chinese catalogue name " + name + " in «" + around(text, m.start()) + "»");
            }
        }
        return out;
    }

    static List<String> problems(String text, boolean codesAllowed) {
        List<String> out = new ArrayList<>();
        Matcher key = MESSAGE_KEY.matcher(text);
        while (key.find()) {
            out.add("message key " + key.group());
        }
        if (!codesAllowed) {
            Matcher code = REGION_CODE.matcher(text);
            while (code.find()) {
                out.add("region code " + code.group() + " in «" + around(text, code.start()) + "»");
            }
        }
        Matcher word = UPPER_WORD.matcher(text);
        while (word.find()) {
            if (ENUM_CONSTANTS.contains(word.group())) {
                out.add("enum constant " + word.group() + " in «" + around(text, word.start()) + "»");
            }
        }
        return out;
    }

    static String around(String text, int at) {
        return text.substring(Math.max(0, at - 20), Math.min(text.length(), at + 30)).replaceAll("\\s+", " ");
    }

    /** The text a reader sees: no scripts, styles, tags or attributes; entities as characters. */
    static String visibleText(String html) {
        return html.replaceAll("(?is)<script.*?</script>", " ").replaceAll("(?is)<style.*?</style>", " ")
                .replaceAll("(?s)<!--.*?-->", " ")
                // what a person types (a textarea's content, like an input's value) is input, not a label
                .replaceAll("(?is)<textarea[^>]*>.*?</textarea>", " ")
                // a syntax example (class "syntax") shows the codes one types, e.g. the holiday schedule's text form
                .replaceAll("(?is)<(p|span|small|div)[^>]*class=\"[^\"]*\\bsyntax\\b[^\"]*\"[^>]*>.*?</\\1>", " ").replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    /**
     * Every constant of every enum of ours with at least four letters (shorter ones such as a two-letter code are
     * words people write), e.g. {@code HOTLINE}, {@code TOWNSHIP_STAFF}, {@code CHANNELLED}.
     */
    static Set<String> enumConstants() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition d) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
        Set<String> names = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("org.shegong")) {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                if (type.isEnum() && !type.getName().contains("Test")) {
                    for (Object constant : type.getEnumConstants()) {
                        String name = ((Enum<?>) constant).name();
                        if (name.length() >= 4) {
                            names.add(name);
                        }
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return names;
    }
}
