package org.shegong.region;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How people shorten division names: 成都市 → 成都, 阿坝藏族羌族自治州 → 阿坝 (also 阿坝州),
 * 武侯区 → 武侯, 玉林街道 → 玉林, 玉林北路社区居委会 → 玉林北路社区, 光明村村民委员会 → 光明村.
 */
final class DivisionNames {

    /** An alias and whether it is the name without its suffix (weaker evidence than the full name). */
    record Alias(String text, boolean bare) {
    }

    private static final Pattern AUTONOMOUS = Pattern.compile("^(.{2,}?)(?:[^族]{1,3}族)+自治([州县])$");
    private static final String[] TOWNSHIP_SUFFIXES = {"街道办事处", "街道", "民族乡", "镇", "乡"};
    private static final Pattern ETHNIC_TOWNSHIP = Pattern.compile("^(.{2,}?)(?:[^族]{1,3}族)+乡$");

    private DivisionNames() {
    }

    static String shortName(String name, RegionLevel level) {
        return switch (level) {
            case PROVINCE -> strip(name, "省", "自治区", "市");
            case CITY -> {
                Matcher m = AUTONOMOUS.matcher(name);
                yield m.matches() ? m.group(1) : strip(name, "地区", "市", "州", "盟");
            }
            case COUNTY -> {
                Matcher m = AUTONOMOUS.matcher(name);
                yield m.matches() ? m.group(1) : strip(name, "自治县", "特区", "林区", "县", "区", "市", "旗");
            }
            case TOWNSHIP -> {
                Matcher m = ETHNIC_TOWNSHIP.matcher(name);
                yield m.matches() ? m.group(1) : strip(name, TOWNSHIP_SUFFIXES);
            }
            case VILLAGE, GRID -> villageName(name);
        };
    }

    /** 村民委员会 → 村, 社区居民委员会 → 社区: the name as written in an address. */
    static String villageName(String name) {
        String[][] rules = {
                {"社区居民委员会", "社区"}, {"社区居委会", "社区"}, {"社区委员会", "社区"}, {"社区居民委员", "社区"},
                {"村民委员会", "村"}, {"村村委员会", "村"}, {"村委员会", "村"}, {"村委会", "村"},
                {"居民委员会", ""}, {"居委会", ""}};
        for (String[] rule : rules) {
            if (name.endsWith(rule[0]) && name.length() - rule[0].length() >= 2) {
                String base = name.substring(0, name.length() - rule[0].length());
                boolean typed = base.endsWith("社区") || (rule[1].equals("村") && base.endsWith("村"));
                return typed ? base : base + rule[1];
            }
        }
        return name;
    }

    /** Every form of the name an address may use. */
    static Set<Alias> aliases(String name, RegionLevel level) {
        Set<Alias> aliases = new LinkedHashSet<>();
        aliases.add(new Alias(name, false));
        String shortName = shortName(name, level);
        switch (level) {
            case VILLAGE -> aliases.add(new Alias(shortName, !(shortName.endsWith("村") || shortName.endsWith("社区"))));
            case CITY, COUNTY -> {
                if (!shortName.equals(name)) {
                    aliases.add(new Alias(shortName, true));
                }
                if (AUTONOMOUS.matcher(name).matches()) {
                    aliases.add(new Alias(shortName + name.charAt(name.length() - 1), false)); // 凉山州, 北川县
                }
            }
            case TOWNSHIP -> {
                if (!shortName.equals(name)) {
                    aliases.add(new Alias(shortName, true));
                }
                if (name.endsWith("街道办事处")) {
                    aliases.add(new Alias(shortName + "街道", false));
                }
                if (ETHNIC_TOWNSHIP.matcher(name).matches()) {
                    aliases.add(new Alias(shortName + "乡", false));
                }
            }
            default -> {
                if (!shortName.equals(name)) {
                    aliases.add(new Alias(shortName, true));
                }
            }
        }
        return aliases;
    }

    private static String strip(String name, String... suffixes) {
        for (String suffix : suffixes) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
