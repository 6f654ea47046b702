package org.shegong.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Spots a danger happening now in what a caller says (接诉即办 triage, 北京市接诉即办工作条例 §11: emergencies are
 * transferred to 110/119/120/122). A cue counts only in a clause that is not about the past or a hypothetical
 * ("上个月起火", "万一着火", "想学急救"), so hazards and old incidents stay ordinary demands. A missed gas leak
 * costs more than a false alarm: cues are broad, the past/hypothetical guard is narrow.
 */
public final class EmergencyPolicy {

    private record Cue(Emergency kind, Pattern pattern, Pattern unless) {
    }

    private static Cue cue(Emergency kind, String regex) {
        return new Cue(kind, Pattern.compile(regex), DELIBERATE_BURNING);
    }

    /** Smoke from burning rubbish, straw or firewood is pollution or a welfare matter, not a fire. */
    private static final Pattern DELIBERATE_BURNING = Pattern.compile("焚烧|烧(生活)?垃圾|烧秸秆|烧塑料|烧柴|烧纸|烧落叶");

    private static final List<Cue> CUES = List.of(
            cue(Emergency.GAS_LEAK, "(煤气|天然气|燃气|液化气|瓦斯)[^，。！？,!?]{0,6}(味|泄漏|泄露|外泄|漏)|漏气|燃气管[^，。！？]{0,4}(断|破|裂)|(冒气|嗤嗤)"),
            cue(Emergency.EXPLOSION, "爆炸|巨响[^。！？]{0,12}(冒烟|黄烟|黑烟)"),
            cue(Emergency.FIRE, "着火|起火|失火|火苗|火势|烧起来|燃起来|火灾|冒(大|黑|浓)?烟|烟子好大|浓烟|往下烧|越烧越"),
            cue(Emergency.VIOLENCE, "(拿|持|提)(着)?(刀|棍|钢管|砍刀)|砍(死|人)|行凶|打(起来|老婆|人)[^。]{0,20}(救命|流血|喊)|救命|钢管|捅(了|人)|抢劫"),
            cue(Emergency.SUICIDE_ATTEMPT, "跳楼|要跳|轻生|自杀|割腕"),
            cue(Emergency.PERSON_COLLAPSED, "触电|窒息|噎住|呼吸困难|大出血|心脏病(犯|发)|车祸[^。]{0,12}(受伤|流血|被压|卡在)|被(车)?压(住|在)|倒(在)?地(上)?[^。]{0,6}(叫不醒|不动|昏)|叫不醒|昏迷|不省人事|晕倒|没(了)?呼吸|心跳(停|没)|说不出话|半边身子|嘴(巴)?(也)?歪|头(部)?(在)?(流血|出血)|躺在地上不动|抽搐|吐血"),
            cue(Emergency.POISONING, "烧炭|一氧化碳|中毒[^。]{0,6}(昏|吐|倒)|头昏想吐|农药[^。]{0,4}喝"),
            cue(Emergency.DROWNING, "掉(到|进)?(水|河|江)里|落水|溺水|被(水|河水)冲走|在往下游冲"),
            cue(Emergency.CHILD_LOCKED_IN_CAR, "(锁|关)[^。]{0,12}(娃娃|小孩|孩子|女儿|儿子|婴儿|宝宝)|(娃娃|小孩|孩子|女儿|儿子|婴儿|宝宝)[^。]{0,8}(锁|关)在车"),
            cue(Emergency.TRAPPED, "掉(进|到)(井|坑|化粪池|窨井)|困在(火|屋|楼|废墟)|(电梯)[^。]{0,10}(卡|困|关)[^。]{0,20}(人|孕妇|老人|小孩)|困在电梯|被困"),
            cue(Emergency.BURST_MAIN, "(水管|管道|自来水管)[^。]{0,4}(爆|破裂|爆裂)|爆管|(突然|往上|大量)冒水|冒起一米"),
            cue(Emergency.LIVE_WIRE, "电线[^。]{0,8}(掉|断|落)[^。]{0,12}火花|冒火花|高压线[^。]{0,6}(断|掉)"),
            cue(Emergency.LANDSLIDE, "滑坡|泥石流|(往下)?掉石头|山体[^。]{0,6}(垮|塌|裂)|裂缝越来越大"),
            cue(Emergency.ROAD_COLLAPSE, "(路面|地面)[^。]{0,6}(塌|陷)|塌了一个坑"),
            cue(Emergency.CRIME_IN_PROGRESS, "(偷|砸|抢)[^。]{0,8}(就现在|正在|现在)|(正在|就现在)[^。]{0,8}(偷|砸|抢)"));

    /** A clause about the past or a hypothetical: its danger words describe no danger now. */
    private static final Pattern NOT_NOW = Pattern.compile(
            "上(个|一)?(月|周|礼拜|星期|次|回)|前(年|几天|两天|段时间)|去年|以前|曾经|当时|灾后|事后|万一|一旦|怕(哪天|以后|出事|起火|着火)|如果|要是|"
                    + "想学|培训|演练|隐患|不敢想|过期|扬言|预防|防止|检查|安检|准备明天|补植|事后|后来");

    /** Words that put a clause back into the present even after a past marker. */
    private static final Pattern NOW = Pattern.compile("正在|刚才|刚刚|快点|快来|就现在|越来越");

    private EmergencyPolicy() {
    }

    /** The most likely danger happening now, if any. */
    public static Optional<Emergency> assess(String text) {
        for (String clause : clauses(Simplified.of(text))) {
            if (NOT_NOW.matcher(clause).find() && !NOW.matcher(clause).find()) {
                continue;
            }
            for (Cue c : CUES) {
                if (c.pattern().matcher(clause).find()
                        && !(c.kind() == Emergency.FIRE && c.unless().matcher(clause).find())) {
                    return Optional.of(c.kind());
                }
            }
        }
        return Optional.empty();
    }

    /** Sentences, cut where a caller's account turns: a past marker ahead of a comma governs the rest of its sentence. */
    static List<String> clauses(String text) {
        return List.of(text.split("[。！？!?；;\\n]+"));
    }
}
