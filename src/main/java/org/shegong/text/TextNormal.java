package org.shegong.text;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Brings what callers say to one spelling before it is compared: full-width forms folded (NFKC), common Sichuan
 * dialect and everyday synonyms mapped to the standard word, frequent typos corrected. The table is deliberately
 * small and general; the classifier learns the rest from history.
 */
final class TextNormal {

    private static final Map<String, String> SAME = new LinkedHashMap<>();

    static {
        // dialect (四川话) → standard
        String[][] pairs = {
                { "莫得", "没有" }, { "没得", "没有" }, { "啥子", "什么" }, { "咋个", "怎么" }, { "咋办", "怎么办" },
                { "屋头", "家里" }, { "娃娃", "孩子" }, { "娃儿", "孩子" }, { "晓得", "知道" }, { "巴适", "好" },
                { "安逸", "好" }, { "遭", "被" }, { "好凶", "很厉害" }, { "烟子", "烟" }, { "耍", "玩" },
                // everyday synonyms of the hotline's matters
                { "没水", "停水" }, { "断水", "停水" }, { "没有水", "停水" }, { "没电", "停电" }, { "断电", "停电" },
                { "欠薪", "拖欠工资" }, { "欠工资", "拖欠工资" }, { "没发工资", "拖欠工资" }, { "没有发工资", "拖欠工资" },
                { "不发工资", "拖欠工资" }, { "工钱", "工资" }, { "讨薪", "讨要工资" },
                { "排放废水", "排污水" }, { "偷排", "排污水" }, { "上吐下泻", "食物中毒" }, { "护理人员", "护工" },
                { "噪声", "噪音" }, { "吵得", "噪音" }, { "翻白肚皮", "死鱼" }, { "翻肚皮", "死鱼" },
                { "下水道盖子", "井盖" }, { "下水道盖盖", "井盖" }, { "下水道的盖盖", "井盖" }, { "下水道的盖子", "井盖" }, { "下水道盖板", "井盖" }, { "窨井盖", "井盖" },
                { "短斤少两", "缺斤少两" }, { "缺斤短两", "缺斤少两" }, { "少秤", "缺斤少两" }, { "鬼秤", "缺斤少两" }, { "秤有问题", "缺斤少两" },
                { "秤不准", "缺斤少两" }, { "烧谷草", "烧秸秆" }, { "烧稻草", "烧秸秆" }, { "烧麦秆", "烧秸秆" }, { "烧麦草", "烧秸秆" },
                { "烧草", "烧秸秆" }, { "黑起", "不亮" }, { "黑黢黢", "很黑" }, { "干裂", "干涸" }, { "开过切", "开过去" }, { "冲过切", "冲过去" }, { "大凼凼", "大坑" }, { "凼凼", "坑" }, { "关门关窗", "关窗" }, { "关门闭窗", "关窗" },
                { "秤有哈数", "缺斤少两" }, { "打吊针", "输液" }, { "吊水", "输液" }, { "打点滴", "输液" },
                { "超员", "超载" }, { "孤老汉", "独居老人" }, { "孤老太", "独居老人" }, { "孤寡老人", "独居老人" },
                { "电动自行车", "电瓶车" }, { "楼道头", "楼道里" }, { "提灌站", "抽水站" }, { "塑胶", "塑料" }, { "交通信号灯", "红绿灯" }, { "信号灯", "红绿灯" },
                { "养老钱", "养老金" }, { "养猪场", "养殖场" }, { "猪场", "养殖场" }, { "猪粪水", "粪污" }, { "猪粪", "粪污" }, { "粪水", "粪污" },
                // typos
                { "路等", "路灯" }, { "反应", "反映" }, { "陪偿", "赔偿" }, { "在建议", "再建议" }, { "死雨", "死鱼" }, { "烧考", "烧烤" },
                { "补客", "补课" } };
        for (String[] p : pairs) {
            SAME.put(p[0], p[1]);
        }
    }

    private TextNormal() {
    }

    /**
     * How {@code original} spelled a word of its normalized form: the standard word itself if it is there, else the
     * dialect, synonym or typo that was mapped to it ("没水" for "停水"), else the word.
     */
    static String spelledAs(String original, String word) {
        String t = Normalizer.normalize(original, Normalizer.Form.NFKC);
        if (t.contains(word)) {
            return word;
        }
        for (var e : SAME.entrySet()) {
            if (word.contains(e.getValue()) && t.contains(e.getKey())) {
                String variant = word.replace(e.getValue(), e.getKey());
                return t.contains(variant) ? variant : e.getKey();
            }
        }
        return word;
    }

    /** Whether a run of normalized text holds a word the table maps others to (停水, 拖欠工资, 路灯 …). */
    static boolean holdsStandardWord(String run) {
        for (String standard : SAME.values()) {
            if (standard.length() > 1 && run.contains(standard)) {
                return true;
            }
        }
        return false;
    }

    static String normalize(String text) {
        // what the table would map twice ("拖欠工资" holds "欠工资"; "偷排废气" is no 排污水)
        String t = Normalizer.normalize(Simplified.of(text), Normalizer.Form.NFKC).replace("拖欠工资", "欠工资").replace("偷排废气", "排放废气");
        for (var e : SAME.entrySet()) {
            if (t.contains(e.getKey())) {
                t = t.replace(e.getKey(), e.getValue());
            }
        }
        return t;
    }
}
