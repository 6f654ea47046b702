package org.shegong.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a call is about, as far as a person's own case goes: the surname a caller gives ("我叫何文", "我姓唐", "退休职工王桂
 * 芳，", "蒲志强，医保报销的事"), the trade they work in ("邛海人家酒楼的厨师", "水电班的"), and whether the claim is theirs
 * alone ("欠我一个人六千二", "我自己的那份"). Two people's pensions, reimbursements, applications or own wages are two
 * matters however alike the words; two callers of one outage are one.
 */
final class Persons {

    private Persons() {
    }

    /** Common surnames, for a name at the start of a text, after a trade ("退休工人李德明"), or after 姓 with no 我. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
            + "姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤蒲吉阿沙杨罗敬苟母税鲜";

    /** "我叫何文", "我姓唐": the caller's own name, whatever the surname. */
    private static final Pattern OWN_NAME = Pattern.compile("我(叫|姓)(\\p{IsHan})");
    /** "，姓吉克", "退休职工王桂芳，", "患者刘某": a surname from the list, after 姓 that follows no other person, or a trade. */
    private static final Pattern NAMED = Pattern.compile(
            "(^|[，,。：:\\s])姓(\\p{IsHan})|(职工|工人|老人|村民|居民|患者|病人|家属)(\\p{IsHan})\\p{IsHan}{1,2}[，,。；;]");
    /** A name before what the person is: "王贵华老人", "李德明大爷". */
    private static final Pattern NAMED_BEFORE = Pattern.compile("(\\p{IsHan})\\p{IsHan}{1,2}(老人|大爷|婆婆|老汉|老太太|老太婆|师傅)");
    /** A name opening the text: "蒲志强，医保报销的事". */
    private static final Pattern OPENING = Pattern.compile("^(\\p{IsHan})\\p{IsHan}{1,2}[，,]");
    /** What closes a division or a time, not a name ("江油市，", "周末，", "金牛区，"). */
    private static final String NOT_A_NAME_END = "区县市镇乡村街路道末天年月日号边里头上下";

    /** The surnames a text gives for the person whose case it is. */
    static Set<Character> surnames(String t) {
        Set<Character> out = new LinkedHashSet<>();
        Matcher m = OWN_NAME.matcher(t);
        while (m.find()) {
            out.add(m.group(2).charAt(0));
        }
        m = NAMED.matcher(t);
        while (m.find()) {
            String s = m.group(2) != null ? m.group(2) : m.group(4);
            if (SURNAMES.indexOf(s.charAt(0)) >= 0) {
                out.add(s.charAt(0));
            }
        }
        m = NAMED_BEFORE.matcher(t);
        while (m.find()) {
            int at = m.start();
            // the name begins the text or follows a mark or a word that ends a phrase ("三组的王贵华老人")
            if (SURNAMES.indexOf(m.group(1).charAt(0)) >= 0 && (at == 0 || "的，,、：:是叫有个".indexOf(t.charAt(at - 1)) >= 0)) {
                out.add(m.group(1).charAt(0));
            }
        }
        m = OPENING.matcher(t);
        if (m.find() && SURNAMES.indexOf(m.group(1).charAt(0)) >= 0
                && NOT_A_NAME_END.indexOf(t.charAt(m.end() - 2)) < 0) {
            out.add(m.group(1).charAt(0));
        }
        return out;
    }

    /** "包工头姓刘", "老板姓陈", "刘包工头那个班组": the boss a team of workers names. */
    private static final Pattern BOSS_NAMED = Pattern.compile("(包工头|工头|老板娘|老板|班组长|带班的)姓(\\p{IsHan})");
    private static final Pattern BOSS_BEFORE = Pattern.compile("(\\p{IsHan})(包工头|老板娘|老板|班组长)");

    /** The surnames of the bosses a text names: two teams at one site owed by two bosses are two matters. */
    static Set<Character> bosses(String t) {
        Set<Character> out = new LinkedHashSet<>();
        for (Pattern p : List.of(BOSS_NAMED, BOSS_BEFORE)) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                char s = m.group(p == BOSS_NAMED ? 2 : 1).charAt(0);
                if (SURNAMES.indexOf(s) >= 0) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** Trades a worker names for themselves or their team (a waiter, a cook, the carpenters' team). */
    private static final Pattern TRADE = Pattern.compile(
            "服务员|厨师|帮厨|保安|保洁|收银|木工|水电|钢筋|泥工|瓦工|架子工|焊工|电工|油漆工|小工|杂工|骑手|配送员|快递员|营业员|导购|会计|护工|司机");

    static Set<String> roles(String t) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = TRADE.matcher(t);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The crews of a building site a worker names ("做木工", "钢筋班组", "外墙涂料", "工地食堂"): each is hired and paid by its own boss. */
    private static final Pattern CREW = Pattern.compile("木工|钢筋|水电|泥工|瓦工|架子工|焊工|电工|油漆|涂料|保温|防水|幕墙|门窗|抹灰|砌砖|模板|食堂");

    static Set<String> crews(String t) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = CREW.matcher(t);
        while (m.find()) {
            out.add(CREW_NAMES.getOrDefault(m.group(), m.group()));
        }
        return out;
    }

    /** One crew by its other names: formwork is carpenters' work, bricklayers plaster, electricians fit the plumbing too. */
    private static final java.util.Map<String, String> CREW_NAMES = java.util.Map.of("模板", "木工", "涂料", "油漆", "瓦工", "泥工", "砌砖", "泥工",
            "抹灰", "泥工", "电工", "水电");

    /** "欠我一个人六千二", "欠我三个月工资", "我自己的那份", "我是单独的": a claim that is the caller's alone. */
    private static final Pattern OWN = Pattern.compile("欠(了)?我(?!们)|我(自己|个人|一个人)的|我一个人(的|六|七|八|九|[0-9一二三四五几])|单独的");

    static boolean own(String t) {
        return OWN.matcher(t).find();
    }
}
