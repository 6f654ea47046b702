package org.shegong.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What tells a person that two calls about the same place and the same kind of matter are two matters, not one: a
 * detail both give and give differently. Each text naming a different building (7栋 / 3栋, 12号院 / 14号院), the two
 * ends of one road (玉林北路 / 玉林南路), a different kind of problem with nothing in common (a shop's prices / its
 * expired goods, a hall's system failure / its clerk's manner, extra classes / overdue flats and false advertising),
 * or a different public service or insurance (停水 / 停电, 养老保险 / 医保). A detail only one text gives is no
 * conflict: a repeat often says less than the first report. The tables are general hotline knowledge (the kinds of
 * problem a 12345 complaint is filed under), not words of any labelled set.
 */
public final class DifferentMatter {

    private DifferentMatter() {
    }

    // building numbers "7栋", "三幢", "5号楼" (not "两栋", a count); courtyards "12号院"; a road with a direction after
    // a stem of two characters, "玉林北路", "人民南路" ("东大街" has no stem): Details.of

    /**
     * Kinds of problem a complaint is about. Two texts that each name some and share none (nor two that one event
     * often brings together, {@link #TOGETHER}) are about different problems.
     */
    private static final Map<String, List<String>> PROBLEMS = new LinkedHashMap<>();
    /** Kinds of problem one event often brings together: a gym that closes owes refunds and wages; a lift that stops is broken. */
    private static final Set<String> TOGETHER = new HashSet<>();
    /** Kinds of one public service or one insurance: a water outage is not a power cut even in one estate on one day. */
    private static final List<Map<String, List<String>>> SERVICES = List.of(
            kinds("供水", "停水 供水 自来水 水压 水管 爆管", "供电", "停电 供电 电压 变压器", "燃气", "燃气 天然气 停气 煤气"),
            kinds("养老保险", "养老保险 养老金", "医疗保险", "医保 医疗保险", "失业保险", "失业保险 失业金", "工伤保险", "工伤",
                    "生育保险", "生育保险 生育津贴"));

    static {
        // on normalized text: 没水/断水 are 停水, 欠薪/工钱 are 拖欠工资/工资 (TextNormal)
        String[][] problems = {
                { "停止", "停水 停电 停气 停运 停课 停办 停业 停工 关门 倒闭 跑路 失联 没开门 停用 歇业 不营业 关了" },
                { "故障", "坏了 故障 不亮 损坏 破损 崩 异响 失灵 熄灭 松动 坏掉" },
                { "价格", "涨价 价格 乱收费 多收 票价 标价 加价 宰客 收费" },
                { "质量", "过期 变质 发霉 假货 以次充好 不新鲜 异物 假冒 三无 水质 发黄 浑浊" },
                { "态度", "态度 骂人 不耐烦 推诿 刁难" },
                { "缺货", "没货 断货 缺货 买不到" },
                { "预约", "预约 放号 挂号 抢号" },
                { "欠薪", "拖欠工资 工资 讨要工资" },
                { "退费", "退费 退钱 不退 退款 押金 预付" },
                { "逾期", "逾期 延期 交房" },
                { "虚假宣传", "虚假宣传" },
                { "噪音", "噪音 扰民" },
                { "异味", "臭 异味 气味 刺鼻 难闻" },
                { "赌博", "赌博 赌钱 聚赌" },
                { "补课", "补课 补习" },
                { "赔偿", "赔偿 损失" },
                { "漏水", "漏水 漏雨 渗水" },
                { "污水", "化粪池 污水 下水道 反水" },
                { "公共收益", "公共收益 账目 收支" } };
        for (String[] p : problems) {
            PROBLEMS.put(p[0], List.of(p[1].split(" ")));
        }
        String[][] together = { { "停止", "故障" }, { "停止", "退费" }, { "停止", "欠薪" }, { "退费", "欠薪" }, { "退费", "质量" },
                { "退费", "价格" }, { "质量", "赔偿" }, { "退费", "赔偿" }, { "停止", "逾期" }, { "污水", "漏水" }, { "异味", "污水" },
                { "停止", "缺货" }, { "故障", "漏水" } };
        for (String[] t : together) {
            TOGETHER.add(t[0] + "|" + t[1]);
            TOGETHER.add(t[1] + "|" + t[0]);
        }
    }

    private static Map<String, List<String>> kinds(String... nameAndWords) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < nameAndWords.length; i += 2) {
            out.put(nameAndWords[i], List.of(nameAndWords[i + 1].split(" ")));
        }
        return out;
    }

    /** Every word of {@link #PROBLEMS} and {@link #SERVICES} by its first character: {family, kind, word}. */
    private static final Map<Character, List<String[]>> BY_FIRST = new HashMap<>();

    static {
        List<Map<String, List<String>>> families = new java.util.ArrayList<>();
        families.add(PROBLEMS);
        families.addAll(SERVICES);
        for (int f = 0; f < families.size(); f++) {
            for (var e : families.get(f).entrySet()) {
                for (String w : e.getValue()) {
                    BY_FIRST.computeIfAbsent(w.charAt(0), c -> new java.util.ArrayList<>()).add(new String[] { String.valueOf(f), e.getKey(), w });
                }
            }
        }
    }

    /**
     * The details of one normalized text that can conflict with another's, found in one pass over it (a few
     * microseconds for a call of 100 characters): building and courtyard numbers, roads by stem and direction, and
     * the kinds of problem and of service it names (family 0 is {@link #PROBLEMS}, then each of {@link #SERVICES}).
     */
    record Details(Set<Integer> buildings, Set<Integer> yards, Map<String, Set<Character>> roads, List<Set<String>> kinds) {

        static Details of(String t) {
            Set<Integer> buildings = new java.util.TreeSet<>();
            Set<Integer> yards = new java.util.TreeSet<>();
            Map<String, Set<Character>> roads = new HashMap<>();
            List<Set<String>> kinds = new java.util.ArrayList<>();
            for (int f = 0; f <= SERVICES.size(); f++) {
                kinds.add(new java.util.LinkedHashSet<>());
            }
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                List<String[]> words = BY_FIRST.get(c);
                if (words != null) {
                    for (String[] w : words) {
                        if (t.startsWith(w[2], i)) {
                            kinds.get(Integer.parseInt(w[0])).add(w[1]);
                        }
                    }
                }
                if (c == '栋' || c == '幢' || t.startsWith("号楼", i)) {
                    int n = numberBefore(t, i, true);
                    if (n > 0) {
                        buildings.add(n);
                    }
                } else if (t.startsWith("号院", i)) {
                    int n = numberBefore(t, i, false);
                    if (n > 0) {
                        yards.add(n);
                    }
                }
                if ((c == '路' || c == '街' || t.startsWith("大道", i)) && i >= 3 && "东南西北中".indexOf(t.charAt(i - 1)) >= 0
                        && isHan(t.charAt(i - 2)) && isHan(t.charAt(i - 3))) {
                    roads.computeIfAbsent(t.substring(i - 3, i - 1), k -> new java.util.TreeSet<>()).add(t.charAt(i - 1));
                }
            }
            return new Details(buildings, yards, roads, kinds);
        }

        /** Whether both name one kind of problem (see {@link DifferentMatter#sameProblem}). */
        boolean sameProblem(Details o) {
            return kinds.get(0).stream().anyMatch(o.kinds.get(0)::contains);
        }

        Optional<String> conflictWith(Details o) {
            if (!buildings.isEmpty() && !o.buildings.isEmpty() && disjoint(buildings, o.buildings)) {
                return Optional.of("不同楼栋：" + joined(buildings) + "/" + joined(o.buildings));
            }
            if (!yards.isEmpty() && !o.yards.isEmpty() && disjoint(yards, o.yards)) {
                return Optional.of("不同院落：" + joined(yards) + "/" + joined(o.yards));
            }
            for (var e : roads.entrySet()) {
                Set<Character> other = o.roads.get(e.getKey());
                if (other != null && disjoint(e.getValue(), other)) {
                    return Optional.of("不同路段：" + e.getKey() + joined(e.getValue()) + "/" + e.getKey() + joined(other));
                }
            }
            Set<String> pa = kinds.get(0);
            Set<String> pb = o.kinds.get(0);
            if (!pa.isEmpty() && !pb.isEmpty()
                    && pa.stream().noneMatch(x -> pb.stream().anyMatch(y -> x.equals(y) || TOGETHER.contains(x + "|" + y)))) {
                return Optional.of("不同问题：" + String.join("、", pa) + "/" + String.join("、", pb));
            }
            for (int f = 1; f < kinds.size(); f++) {
                Set<String> sa = kinds.get(f);
                Set<String> sb = o.kinds.get(f);
                if (!sa.isEmpty() && !sb.isEmpty() && disjoint(sa, sb)) {
                    return Optional.of("不同业务：" + String.join("、", sa) + "/" + String.join("、", sb));
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Why two demands' texts are different matters, as a person would say it ("不同楼栋：7/3"), or empty when
     * nothing both texts say conflicts.
     */
    public static Optional<String> between(String a, String b) {
        return inNormalized(TextNormal.normalize(a), TextNormal.normalize(b));
    }

    static Optional<String> inNormalized(String a, String b) {
        return Details.of(a).conflictWith(Details.of(b));
    }

    /**
     * Whether two normalized texts name one kind of problem (both a closure, both unpaid wages, both a smell): then a
     * smaller overlap of words is enough ({@link RepeatSimilarity#SAME_PROBLEM_THRESHOLD}), as a short "又停水了"
     * and a long first report share little else.
     */
    static boolean sameProblem(String a, String b) {
        return Details.of(a).sameProblem(Details.of(b));
    }

    /** The kinds of problem a text names, by the names of {@link #PROBLEMS}. */
    static Set<String> problemsIn(String text) {
        return Details.of(TextNormal.normalize(text)).kinds().get(0);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static String joined(Set<?> values) {
        return String.join("、", values.stream().map(String::valueOf).toList());
    }

    private static <T> boolean disjoint(Set<T> x, Set<T> y) {
        return x.stream().noneMatch(y::contains);
    }

    /** The number written just before position {@code end}: digits, or (when {@code chinese}) up to three of 一…十. */
    private static int numberBefore(String t, int end, boolean chinese) {
        int start = end;
        while (start > 0 && Character.isDigit(t.charAt(start - 1)) && end - start < 6) {
            start--;
        }
        if (start == end && chinese) {
            while (start > 0 && "一二三四五六七八九十".indexOf(t.charAt(start - 1)) >= 0 && end - start < 3) {
                start--;
            }
        }
        return start == end ? 0 : number(t.substring(start, end));
    }

    private static final String DIGITS = "零一二三四五六七八九";

    /** "7" → 7, "十二" → 12, "三十" → 30; 0 when it is no number this understands. */
    static int number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > 6 ? 0 : Integer.parseInt(s);
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? DIGITS.indexOf(s.charAt(0)) : 0;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(s.charAt(ten - 1));
        int ones = ten == s.length() - 1 ? 0 : DIGITS.indexOf(s.charAt(ten + 1));
        return tens < 0 || ones < 0 ? 0 : tens * 10 + ones;
    }
}
