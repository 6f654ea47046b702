package org.shegong.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * How alike two demands' texts are, 0…1, for 并单: cosine of their character-pair vectors after normalization
 * (dialect, synonyms and typos mapped to one spelling), each pair weighted by how rare it is in the platform's
 * history (a pair every record uses — 来电, 反映, 社区 — says nothing). Character pairs survive different word
 * segmentation and place names that a segmenter splits into single characters.
 */
public final class RepeatSimilarity {

    /**
     * The weighted overlap from which two texts at places that can hold one matter are offered as repeats, when
     * they also name the same matter: a word of the matter both use (after synonyms, dialect and typos are mapped to
     * one spelling), or the same place in the catalogue ({@link #sameMatter}). Of the variants measured on the
     * development set and on a second set written without it in view, this one found the most repeats per wrong
     * pair (docs/benchmarks.md, issue 11).
     */
    public static final double THRESHOLD = 0.10;
    /** How many of each text's likeliest catalogue entries are compared by {@link #sameMatter}. */
    static final int MATTER_DEPTH = 3;

    /**
     * The smaller overlap enough when both texts name one kind of problem (both a closure, both unpaid wages, both a
     * smell: {@link DifferentMatter#sameProblem}): a short "竹核到县城的班车好多天都没开了" and the first long report
     * share the matter but few words.
     */
    public static final double SAME_PROBLEM_THRESHOLD = 0.05;

    /**
     * The overlap enough when both texts name one kind of problem and one named place (an estate, a school, a shop,
     * a site, spelled alike or sounding alike): "翠湖湾那个楼盘，我们木工班的钱一直拖起不给" and "前两个礼拜我打过电话说翠湖湾
     * 工地欠薪的事" share the site and the unpaid wages and little else.
     */
    public static final double SAME_NAME_THRESHOLD = 0.0;

    /**
     * Whether two texts at places that can hold one matter, in one field, are offered as repeats: alike enough, naming
     * the same matter, and with no detail that tells a person they are two matters ({@link DifferentMatter}).
     */
    public static boolean offered(double overlap, CatalogueClassifier catalogue, String a, String b) {
        return offered(overlap, catalogue, a, b, null);
    }

    /**
     * A call as the repeat check reads it: the address recorded for it, then what was said. An operator records "金桂苑小区7栋"
     * while the caller says "我们那个电梯", so the estate, the building and the road the address names are the call's as
     * much as those it says (measured on the labelled sets, docs/benchmarks.md, issue 11's twentieth round). The overlap
     * of words is the texts' own; this is for {@link #offered}.
     */
    public static String asRead(@Nullable String address, String text) {
        return address == null || address.isBlank() ? text : address.strip() + "。" + text;
    }

    /**
     * How far apart in time two calls about one danger happening now may be and still report one incident: callers of
     * one fire, one gas leak, one fight ring within minutes to hours of each other.
     */
    public static final java.time.Duration ONE_INCIDENT = java.time.Duration.ofHours(6);

    /**
     * As {@link #offered(double, CatalogueClassifier, String, String)}, knowing how far apart the two calls came in
     * ({@code apart}: the time of {@code a} less the time of {@code b}, null when unknown): two calls naming one kind of danger happening now ({@link EmergencyPolicy#cued})
     * within {@link #ONE_INCIDENT} at places that can hold one matter report one incident however differently they are
     * worded ("着火了！茶店子这边一个老小区…" and "快点来人 茶店子着火 烟往我们楼里冲" share almost no words), unless a
     * detail both give conflicts (another building).
     */
    public static boolean offered(double overlap, CatalogueClassifier catalogue, String a, String b, java.time.@Nullable Duration apart) {
        if (apart != null && apart.abs().compareTo(ONE_INCIDENT) <= 0 && oneIncident(a, b)) {
            return true;
        }
        Reading ra = read(a);
        Reading rb = read(b);
        if (ra.anotherOrDone() || rb.anotherOrDone() || anotherOccurrence(a, b, apart) || disowns(a, b) || disowns(b, a) || disowns(ra.normal(), rb.normal()) || disowns(rb.normal(), ra.normal())
                || twoBosses(a, b) || elsewhere(ra, b, rb) || elsewhere(rb, a, ra)) {
            return false;
        }
        String na = ra.normal();
        String nb = rb.normal();
        DifferentMatter.Details da = ra.details();
        DifferentMatter.Details db = rb.details();
        if (da.kinds().get(0).contains("表扬") != db.kinds().get(0).contains("表扬")) {
            // a call to thank for help given ("专门打电话来感谢") is not the call that asked for it
            return false;
        }
        if (generalAgainstNamed(na, da, nb, db) || generalAgainstNamed(nb, db, na, da)
                || (asksHowTo(na) != asksHowTo(nb) && !da.sameProblem(db) && !da.sameThing(db)
                        // "我想问一下力美健身那个事情…要带啥子材料": how to go about the named place's matter is that matter
                        && !(da.sameName(db) && REFERS_BACK.matcher(asksHowTo(na) ? na : nb).find()))) {
            return false;
        }
        // the same building number in places that can hold one matter ("桂语花城6栋" and "我们小区6号楼") is as a name
        boolean sameName = da.sameName(db) || (!da.buildings().isEmpty() && da.buildings().equals(db.buildings()));
        // one named place and one thing complained about (明远中学's canteen, 双河村's 低保) are as one kind of problem
        boolean sameProblem = da.sameProblem(db) || (sameName && da.sameThing(db));
        // two kinds of problem named by both ("关门了…年卡" and "停止营业…会员卡") tell the matter without more words in common
        boolean twoProblems = da.kinds().get(0).stream().filter(db.kinds().get(0)::contains).count() >= 2;
        boolean byName = sameName && followsUpByName(catalogue, na, nb, apart);
        // within POINTED_AT_WITHIN, a caller who points at a place without naming it ("那个健身房跑路了", "我们那个楼的电梯")
        // and a report naming one there, of one kind of problem
        boolean pointedAt = apart != null && apart.abs().compareTo(POINTED_AT_WITHIN) <= 0 && da.sameProblem(db)
                && (da.names().isEmpty() != db.names().isEmpty())
                && pointsAtWhatIsNamed(da.names().isEmpty() ? na : nb, da.names().isEmpty() ? nb : na);
        // ... and, when it names no kind of problem nor thing of its own, points at nothing but the matter reported there
        boolean byNameAlone = byName && apart != null && (apart.isNegative() ? db : da).namesNoProblem();
        boolean followsUp = followsUpTheMatter(catalogue, na, da, nb, db, apart);
        // one kind of problem with one thing ("水渠垮了" and "灌溉渠道部分垮塌") tells the matter as a name does
        // — within POINTED_AT_WITHIN when only one of them names its place, as for a place pointed at
        boolean problemAndThing = da.sameProblem(db) && da.sameThing(db) && (da.names().isEmpty() == db.names().isEmpty()
                || (apart != null && apart.abs().compareTo(POINTED_AT_WITHIN) <= 0));
        double needed = byName || pointedAt || followsUp || twoProblems || problemAndThing ? SAME_NAME_THRESHOLD
                : !sameProblem ? THRESHOLD : sameName ? SAME_NAME_THRESHOLD : SAME_PROBLEM_THRESHOLD;
        if (overlap < needed) {
            return false;
        }
        // one road named by both ("营通北街那个沟还是没填" and "营通北街挖了条沟…喊他们赶紧填起") holds one kind of problem once,
        // unless it is a business on it (a road holds many shops, and a gym and a yoga studio both take prepaid cards)
        boolean sameStreet = da.streets().stream().anyMatch(db.streets()::contains) && !ON_A_ROAD.matcher(na).find()
                && !ON_A_ROAD.matcher(nb).find();
        // a follow-up that names the place and points back at its matter ("上次反映悦府的那个事还没解决") needs no word of it
        return da.conflictWith(db).isEmpty() && (byNameAlone || pointedAt || (sameProblem && (sameName || sameStreet)) || sharesMatterWord(catalogue, na, nb) || sameMatter(catalogue, a, b))
                && !dangerAndRoutine(a, b, na, nb, apart);
    }

    /**
     * Whether a call says its matter is another one ("另一家麻将馆", "辣嘴串串香也关门了"), or that the matter was put right and
     * thanked for or settled before what it asks now ("路灯修好了谢谢哈，不过…", "工资已经补发了，但是…").
     */
    private static boolean saysItIsAnotherOrDone(String text) {
        return ANOTHER_ONE.matcher(text).find() || PUT_RIGHT_THANKS.matcher(text).find() || SETTLED_BUT.matcher(text).find();
    }

    /**
     * How far apart a call that points at a place without naming it ({@link #POINTS_AT}) and a report that names one may
     * come and still be taken for one matter: three days, as long as callers keep ringing about one closure or outage.
     */
    static final java.time.Duration POINTED_AT_WITHIN = java.time.Duration.ofDays(3);

    /**
     * A place pointed at without its name: "那个健身房", "我们那个楼", "犀浦那边那个小区"; or left unnamed in an operator's
     * summary: "舞凤街道某小区一栋楼", "大丰街道一塑胶生产企业", "高坪区江东时代广场一健身机构".
     */
    private static final java.util.regex.Pattern POINTS_AT = java.util.regex.Pattern.compile(
            "(那个|这个|那家|这家)[^，,。！？!?]{0,3}(健身|楼盘|楼|小区|工地|养老院|幼儿园|学校|厂|店|诊所|医院)"
                    + "|某(小区|楼盘|村|企业|公司|工地|项目|学校|中学|小学|幼儿园|健身|诊所|医院|养老|门店|商家|厂)"
                    + "|[区县市镇乡道场心厦城楼街路西东南北]一(家|所|处|个)?[^，,。！？!?]{0,6}(企业|公司|机构|项目|工地|楼盘|学校|中学|小学|幼儿园|诊所|医院|养老院|门店|厂|小区|健身|会所|村民小组|茶楼|茶馆|棋牌室)");

    /**
     * Whether a call points at a place without naming it ({@link #POINTS_AT}) and the report that names one names a
     * place of that sort: "那个健身房" and "力动健身", "一塑胶生产企业" and "鑫达塑胶制品厂" — not "某镇一家废旧塑料再生企业" and a
     * pig farm.
     */
    private static boolean pointsAtWhatIsNamed(String pointing, String naming) {
        java.util.regex.Matcher m = POINTS_AT.matcher(pointing);
        if (!m.find()) {
            return false;
        }
        String noun = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(5);
        List<java.util.regex.Pattern> sorts = PLACES_OF_A_SORT.stream().filter(sort -> sort.matcher(noun).matches()).toList();
        return sorts.isEmpty() || sorts.stream().anyMatch(sort -> sort.matcher(naming).find());
    }

    /** The sorts of place a call may point at, each with the words that name one of its sort. */
    private static final List<java.util.regex.Pattern> PLACES_OF_A_SORT = java.util.stream.Stream.of(
            "健身", "楼|小区|楼盘|栋|花园|苑|府|华庭|家园|公寓|单元", "工地|项目|楼盘|工程", "厂|企业|公司|作坊",
            "店|门店|商家|超市|馆|茶楼|棋牌", "诊所|医院|卫生院|门诊", "学校|中学|小学|学院", "养老|敬老|老年公寓|护理院", "幼儿园", "村|村民小组|组")
            .map(java.util.regex.Pattern::compile).toList();

    /**
     * A later call that points back at a matter already reported: "那个事", "…的事还没结果", "又是仁心医院", "我们翠湖湾又停了"
     * (not "又是两班都没停", a count of what happened again).
     */
    private static final java.util.regex.Pattern REFERS_BACK = java.util.regex.Pattern.compile(
            "(那个|这个|那件|的)事|又是[^一二两三四五六七八九十几0-9]|又(停|坏|遭|在|来)");

    /**
     * Whether the later of two calls that name one place by its proper name follows up on a matter reported there and
     * points back at it ("力动健身那个事快二十天了还没结果", "又是仁心医院，今天早上又来车子拉人了"), the earlier not being a question
     * of the rules ("…能不能认定为特困人员，标准是啥子"): the follow-up names the place, not the matter again, so it shares
     * few words with the first report. Other details must still not conflict.
     */
    private static boolean followsUpByName(CatalogueClassifier catalogue, String na, String nb, java.time.@Nullable Duration apart) {
        if (apart == null) {
            return false;
        }
        String later = apart.isNegative() ? nb : na;
        String earlier = later == na ? nb : na;
        return REFERS_BACK.matcher(later).find() && !RULES_ASKED.matcher(earlier).find() && !statesAnotherMatter(catalogue, later, earlier);
    }

    /**
     * Whether a follow-up names its matter and it is not the earlier call's: it names a kind of problem, both name words
     * of a matter besides who or where, share none, and the catalogue files them apart ("又来了，惠民医院晚上儿科还是一个医生" after "惠民医院停车场太小了").
     */
    private static boolean statesAnotherMatter(CatalogueClassifier catalogue, String later, String earlier) {
        java.util.Set<String> inLater = new java.util.HashSet<>(catalogue.matterWordsIn(later));
        java.util.Set<String> inEarlier = new java.util.HashSet<>(catalogue.matterWordsIn(earlier));
        inLater.removeAll(WHO_OR_WHERE);
        inEarlier.removeAll(WHO_OR_WHERE);
        return !inLater.isEmpty() && !inEarlier.isEmpty() && java.util.Collections.disjoint(inLater, inEarlier)
                && !DifferentMatter.problemsIn(later).isEmpty() && !sameMatter(catalogue, later, earlier);
    }

    /**
     * A later call that says it has called before or that the matter stands as it was: "上回反映福寿园的事", "第三回打了哈",
     * "野猪的事打了好几回了", "还是莫得水！第三天了", "养老金还是莫到".
     */
    private static final java.util.regex.Pattern CALLED_BEFORE = java.util.regex.Pattern.compile(
            "上(回|次|个礼拜|周|星期)[^。！？!?]{0,8}(反映|说|打|讲|投诉|举报)|之前(反映|说|打|投诉|举报)|前(两|几)天[^。！？!?]{0,6}(反映|打|说)|打过(电话)?|反映过|反映了|反应过"
                    + "|第[二三四五六2-6](回|次|道)|[好几两三四五]+(回|次|道)了|还是(没|不|老样子|那样|那个样子|一样)|到现在(都)?(还)?(没|不)|至今|(事|的事)(到底|还)");

    /**
     * Whether the later of two calls follows up on the earlier's matter (it says it has called before, or that nothing
     * has changed) and both name that matter alike: one kind of problem, one thing complained about, one named place or
     * one word of the matter both use ("上回说猪场那个事还是老样子" after "石子村那个养猪场臭得很"). A follow-up repeats the matter
     * in few words, so it shares little else with the first report.
     */
    private static boolean followsUpTheMatter(CatalogueClassifier catalogue, String na, DifferentMatter.Details da, String nb,
            DifferentMatter.Details db, java.time.@Nullable Duration apart) {
        if (apart == null) {
            return false;
        }
        boolean aLater = !apart.isNegative();
        String later = aLater ? na : nb;
        String earlier = aLater ? nb : na;
        if (!CALLED_BEFORE.matcher(later).find() || RULES_ASKED.matcher(earlier).find() || asksHowTo(earlier)) {
            return false;
        }
        if (!da.names().isEmpty() && !db.names().isEmpty() && !da.sameName(db)) {
            // "我是上回反映天府云庭欠薪的" and a report of unpaid wages at 永鑫服装厂: one kind of problem, two places
            return false;
        }
        if (da.sameProblem(db) || da.sameThing(db)) {
            return true;
        }
        java.util.Set<String> inA = catalogue.matterWordsIn(na);
        java.util.Set<String> inB = catalogue.matterWordsIn(nb);
        return inA.stream().anyMatch(w -> inB.contains(w) && !WHO_OR_WHERE.contains(w));
    }

    /**
     * Words of the matter that name who calls or where, not what is wrong: two calls about one school, one market or one
     * village's land, one a follow-up, may still be about two things there (the uniforms and the lunches).
     */
    private static final java.util.Set<String> WHO_OR_WHERE = java.util.Set.of("小学", "中学", "学校", "幼儿园", "医院", "卫生院", "菜市场",
            "市场", "小区", "社区", "村", "土地", "社保", "社保局", "疫苗", "老年人", "老人", "村民", "居民", "业主", "工地", "老板", "公司",
            "物业", "家长", "学生", "娃娃", "工人", "困难", "上班", "看病");

    /**
     * Whether one call reports a danger happening now and the other, more than {@link #ONE_INCIDENT} apart (or at an
     * unknown time), is a routine matter that follows nothing up and names no danger at all: "和美家园4栋楼道里燃气
     * 味道好大" and "和美家园要搞燃气管道改造，每户交八百块，该不该业主出？" are two matters at one place. Read last, for a pair
     * about to be offered only: reading a danger costs hundreds of µs a text.
     */
    private static boolean dangerAndRoutine(String a, String b, String na, String nb, java.time.@Nullable Duration apart) {
        if (apart != null && apart.abs().compareTo(ONE_INCIDENT) <= 0) {
            return false;
        }
        boolean dangerA = cuedOnce(a).isPresent();
        boolean dangerB = EmergencyPolicy.cued(b).isPresent();
        return dangerA != dangerB && !DifferentMatter.followsUp(dangerA ? nb : na) && !EmergencyPolicy.mentionsADanger(dangerA ? b : a);
    }

    /**
     * How long after a call a caller who says the matter was put right and has come back ("修好没得二十天又停") reports a
     * new occurrence of it rather than that call's matter: a week, longer than an outage or a fault is usually put right in.
     */
    static final java.time.Duration PUT_RIGHT = java.time.Duration.ofDays(7);

    /**
     * "修好没得二十天又停", "恢复了两天又没水了", "上回修好了，这回是3栋门口又堵了", "又停水了，这回倒是贴了通知": it was put right,
     * and it came back.
     */
    private static final java.util.regex.Pattern CAME_BACK = java.util.regex.Pattern.compile(
            "(修好|恢复|弄好|整好|好了|来水|来电|来气|解决了)[^。！？!?]{0,20}(又|这回)|又[^。！？!?，,]{0,6}了[，,]?(这回|这次)");

    /**
     * Whether the later of two calls, more than {@link #PUT_RIGHT} after the earlier, says the matter was put right and
     * came back: the earlier call's matter is the one that was put right ("锦悦湾小区从昨天早上开始停水" and, three weeks
     * on, "锦悦湾又停水了！这个月月初才停了三天，修好没得二十天又停").
     */
    private static boolean anotherOccurrence(String a, String b, java.time.@Nullable Duration apart) {
        if (apart == null || apart.abs().compareTo(PUT_RIGHT) <= 0) {
            return false;
        }
        return CAME_BACK.matcher(apart.isNegative() ? b : a).find();
    }

    /** Whether both texts report one kind of danger happening now and nothing both say conflicts. */
    static boolean oneIncident(String a, String b) {
        java.util.Optional<Emergency> ea = cuedOnce(a);
        return ea.isPresent() && oneKindOfDanger(ea.get(), EmergencyPolicy.cued(b)) && !ANOTHER_ONE.matcher(a).find() && !ANOTHER_ONE.matcher(b).find()
                && DifferentMatter.between(a, b).isEmpty();
    }

    /**
     * Dangers one incident brings on together, which two callers of it may name apart: a fire sets off an explosion
     * ("仓库起火…有爆炸声" and "库房烧起来了"); a burst main floods the homes around it. A smell of gas is not one with a fire
     * nearby: it is a leak still to be shut off.
     */
    private static final java.util.List<java.util.Set<Emergency>> ONE_INCIDENT_KINDS = java.util.List.of(
            java.util.EnumSet.of(Emergency.FIRE, Emergency.EXPLOSION), java.util.EnumSet.of(Emergency.FLOODING, Emergency.BURST_MAIN));

    private static boolean oneKindOfDanger(Emergency a, java.util.Optional<Emergency> b) {
        return b.isPresent() && (a == b.get() || ONE_INCIDENT_KINDS.stream().anyMatch(k -> k.contains(a) && k.contains(b.get())));
    }

    /** The new call's text and its danger: an intake compares one text with many candidates (a text, an Optional). */
    private static final ThreadLocal<Object[]> LAST_CUED = ThreadLocal.withInitial(() -> new Object[2]);

    /** {@link EmergencyPolicy#cued} of the text compared with every candidate, read once (hundreds of µs a reading). */
    @SuppressWarnings("unchecked")
    private static java.util.Optional<Emergency> cuedOnce(String text) {
        Object[] last = LAST_CUED.get();
        if (!text.equals(last[0])) {
            last[1] = EmergencyPolicy.cued(text);
            last[0] = text;
        }
        return (java.util.Optional<Emergency>) last[1];
    }

    /**
     * A question after the rules themselves ("…能不能认定为特困人员，标准是啥子", "医保报销比例好像比去年低了，想咨询一下今年的政策"),
     * whoever it is asked for: a later call about one case does not follow it up.
     */
    private static final java.util.regex.Pattern RULES_ASKED = java.util.regex.Pattern.compile(
            "(请问|咨询|想问)[^。！？!?]{0,30}(规定|政策|国家|法律|条例|标准)");

    /**
     * A question about the rules in general, not about one place's case: "请问国家对初中学校周末补课有没有明确规定？",
     * "想问一下养老院的护工有没有资格证要求，哪个部门在管", "商家关门了消费者一般咋个退钱", "工地上欠工资的话，我们农民工可不可以直接申请劳动仲裁".
     */
    private static final java.util.regex.Pattern GENERAL_QUESTION = java.util.regex.Pattern.compile(
            "(请问|咨询|想问|问一下|问下|想了解)[^。]{0,50}(规定|政策|国家|法律|条例|标准|要求|哪个部门|一般|补贴|怎么投诉|归哪个管|多少岁|是不是免费|是多少|补偿|多远|违规|算不算|合不合规|几点以后|不准|如果)"
                    + "|的话[,，][^。！？!?]{0,12}(可不可以|能不能|可以|是不是|要不要)");

    /**
     * What makes a question one case's, not the rules' in general: a figure ("物业把停车费从150涨到300，想问下有没有收费标准"),
     * a place pointed at ("总府路那家健身房", "附近某小学"), the caller's own place or family.
     */
    private static final java.util.regex.Pattern ONE_CASE = java.util.regex.Pattern.compile(
            "[0-9]+(?![0-9]|岁|周岁|小时|分钟|天|公里|米|年|%|以上|以下)|那家|这家|(那个|这个)(?!政策|规定|标准|问题|情况)|某|我们(小区|村|单位|公司|厂|学校)|我家|家里(?!是[^，,。？?]{1,6}的)|本人|我是");

    /** Whether a normalized text asks about the rules in general and about no case of its own. */
    private static boolean asksTheRules(String normalized) {
        return GENERAL_QUESTION.matcher(normalized).find() && !ONE_CASE.matcher(normalized).find() && !OWN_CASE.matcher(normalized).find();
    }

    /**
     * Whether a question about the rules in general, naming no place, is set against a report about a named place: the
     * enquiry is answered from the rules, the report is the place's matter ("请问国家对初中学校周末补课有没有明确规定" and
     * "翠屏中学初三周末补课收费").
     */
    private static boolean generalAgainstNamed(String general, DifferentMatter.Details g, String named, DifferentMatter.Details n) {
        return g.names().isEmpty() && g.persons().isEmpty() && g.streets().isEmpty() && asksTheRules(general)
                && (!n.names().isEmpty() || !n.persons().isEmpty() || !GENERAL_QUESTION.matcher(named).find());
    }

    /**
     * A question of how to apply, what to bring or where to look ("高龄津贴要咋个申请，要带哪些证件", "业委会要咋个成立",
     * "环评公示在哪儿看得到"), not after a case of one's own under way ("审批进度在哪里能查").
     */
    private static final java.util.regex.Pattern HOW_TO = java.util.regex.Pattern.compile(
            "(咋个|怎么|怎样|如何)(申请|申领|办理|成立|签|报名|开具|转学)|需要(办)?哪些(手续|材料|证件)|要(办|带)哪些|(要|需要)带(啥|什么|哪些)"
                    + "|要(啥|什么)(材料|手续|证件)|准备(啥|什么|哪些)(子)?(材料|手续|证件)|(去|在)哪(里|儿)?办|申请[^。！？!?]{0,10}(咋个|怎么|怎样|如何)(弄|办|搞|整)|在哪(里|儿)?(能|可以)?(查|看)|哪里(能|可以)?(查|看)得到|有没有(范本|模板|白名单)|能不能申请|可不可以申请|可以申请(吗|不)");
    private static final java.util.regex.Pattern OWN_CASE = java.util.regex.Pattern.compile("进度|进展|结果|到哪一步|卡在|还没|没消息|没到|没批|没发|回复");

    /**
     * Whether a text asks how to go about something and reports no case of its own under way: set against a report
     * of another thing (a parking fee raised and how to set up an owners' committee, a factory's smell at night and
     * where its assessment is published), it is another matter at the same place, answered from the rules; asked
     * about the thing reported (the lift that keeps failing and how to use the repair fund for it), it may be one.
     */
    static boolean asksHowTo(String normalized) {
        return HOW_TO.matcher(normalized).find() && !OWN_CASE.matcher(normalized).find();
    }

    /**
     * A caller who thanks for the matter put right ("桃源北路的路灯修好了谢谢哈，不过靠桥那头有根灯杆遭撞歪了", "养老金到了，谢谢哈。另外
     * 想问今年调资") closes it; what the call still asks is another matter.
     */
    private static final java.util.regex.Pattern PUT_RIGHT_THANKS = java.util.regex.Pattern.compile(
            "(修好|弄好|整好|填好|补好|搞好|处理好|处理了|拆了|清走了|清理了|解决|到账|到了|发了|恢复|退了|都正常|已正常|没得了|没有了|不臭了|又在)[^。！？!?]{0,8}(谢谢|感谢|多谢)");

    /**
     * "拖欠的工资前几天已经补发了，但是现在厂里要解除劳动合同", "做钢筋的工资前两天已经发了。我是在那个工地食堂做饭的",
     * "现在晚上倒是不臭了，但是机器整夜整夜地响": the matter was settled; what the call asks now is another.
     */
    private static final java.util.regex.Pattern SETTLED_BUT = java.util.regex.Pattern.compile(
            "(已经|已)(补发|发了|修好|解决|退了|到账|拿到|处理好)[^。！？!?]{0,8}(但是|可是|不过|。我是)|倒是不\\p{IsHan}了[^。！？!?]{0,2}(但是|可是|不过)");

    /** "不是华庭", "不是补课那种": what the caller says the matter is not (not "是不是", "不是很", "不是第一次"). */
    private static final java.util.regex.Pattern NOT_THAT = java.util.regex.Pattern.compile(
            "(?<![是这那岂可])不是(?!很|太|第一|一次|说|不|因为|我|我们|他|她|你|的|都|只|这|那|每|所有|什么|啥|一个|一家|一样|好|问题|办法)(\\p{IsHan}{2})");

    /**
     * Whether a call says its matter is not what the other names: "我们是锦城华府哈，不是华庭" against a report of "锦城华庭"
     * 停水, "学霸营报的是美术班，不是补课那种" against "学霸营在搞补课" — the two words the caller disowns are in the other call.
     */
    private static boolean disowns(String text, String other) {
        java.util.regex.Matcher m = NOT_THAT.matcher(text);
        while (m.find()) {
            String word = m.group(1);
            int end = Math.min(text.length(), m.end() + 8);
            boolean asked = text.substring(m.end(), end).matches("[^。！？!?，,]*[吗嘛][\\s\\S]*");
            if (!asked && other.contains(word) && text.indexOf(word) == m.start(1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a caller places their own matter by another place, which is not theirs: "我们是阳光丽园隔壁的金桂苑", "营康路这边也在挖管子，
     * 跟营通北街那边差不多", "说是跟玉林店一个老板", "跟板材厂不是一家".
     */
    private static final java.util.regex.Pattern BESIDE = java.util.regex.Pattern.compile(
            "(?:我们|我)是(\\p{IsHan}{2,6}?)(?:隔壁|旁边|对面)的|就在(\\p{IsHan}{2,6}?)(?:隔壁|旁边|对面)"
                    + "|(?:跟|和|同)(?![我你他她上去前以之这那别])(\\p{IsHan}{2,6}?)(?:那边|这边)?(?:差不多|一样|类似|是一个老板|一个老板|不是一家)");

    /** A business on a road: a road named by two calls about one is no place of one matter. */
    private static final java.util.regex.Pattern ON_A_ROAD = java.util.regex.Pattern.compile("(那|有|一|这)家|(?<!开)店(?!门)|馆|酒吧|餐厅|公司|厂|健身|超市");

    /** A place next door ("听说隔壁江景苑停水了，我们翠柏园现在水是正常的"), and the caller's own. */
    private static final java.util.regex.Pattern NEXT_DOOR = java.util.regex.Pattern.compile("(?:隔壁|旁边|对面)(?:的|那个)?(\\p{IsHan}{2,5}?)(?:小区|苑|园|村|社区|花园)");
    private static final java.util.regex.Pattern OURS = java.util.regex.Pattern.compile("我们(?:是)?(\\p{IsHan}{2,5}?)(?:小区|苑|园|村|社区|花园)");
    /** A business by a landmark ("启航中学对面有家叫学霸堂的培训班"): the landmark's matter is not the business's. */
    private static final java.util.regex.Pattern BY_A_LANDMARK = java.util.regex.Pattern.compile(
            "(\\p{IsHan}{2,6}?)(?:隔壁|旁边|对面)(?:有家|有个|那家|那个|的)\\p{IsHan}{0,6}?(培训班|培训机构|小卖部|诊所|餐馆|饭店|网吧|酒吧|工地|商店|门面|美容院|美容店|理发店|药店|茶楼|麻将馆)");

    /** A caller's own village or estate, where the matter is too ("在我们柏林村也流转了地"). */
    private static final java.util.regex.Pattern OURS_TOO = java.util.regex.Pattern.compile("我们(\\p{IsHan}{2,4}?)(?:村|社区|小区)也");

    /**
     * Whether {@code text} names a place only as the one its own matter is beside or like, and {@code other} is about
     * that place (and does not itself set itself beside it): the neighbouring estate's e-bikes are not the estate's.
     */
    private static boolean elsewhere(Reading text, String other, Reading read) {
        if (text.oursToo() != null && !other.contains(text.oursToo())) {
            return true;
        }
        if (text.nextDoor() != null && text.ours() != null && !text.nextDoor().equals(text.ours()) && other.contains(text.nextDoor())
                && !other.contains(text.ours())) {
            return true;
        }
        // "康宁口腔诊所隔壁那家美容院" against a report of "口腔诊所（康宁）": the landmark by its name's first two characters too
        if (text.landmark() != null && (other.contains(text.landmark()) || (text.landmark().length() >= 4 && other.contains(text.landmark().substring(0, 2))))
                && !other.contains(text.business())) {
            return true;
        }
        for (String place : text.beside()) {
            String key = place.substring(place.length() - 2);
            if ((other.contains(place) || (place.length() >= 4 && other.contains(place.substring(0, 2)) && other.contains(key))
                    || (place.length() < 4 && other.contains(key))) && read.beside().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * What is read of one text once, however many candidates it is compared with (an intake compares one new call with
     * many): its normal form and details, whether it says its matter is another or done, and the places it sets itself
     * beside ({@link #elsewhere}).
     */
    private record Reading(String normal, DifferentMatter.Details details, boolean anotherOrDone, @Nullable String oursToo,
            @Nullable String nextDoor, @Nullable String ours, @Nullable String landmark, @Nullable String business, List<String> beside) {

        static Reading of(String text) {
            String normal = TextNormal.normalize(text);
            java.util.regex.Matcher oursToo = OURS_TOO.matcher(text);
            java.util.regex.Matcher next = NEXT_DOOR.matcher(text);
            java.util.regex.Matcher ours = OURS.matcher(text);
            java.util.regex.Matcher by = BY_A_LANDMARK.matcher(text);
            boolean landmark = by.find();
            List<String> beside = new java.util.ArrayList<>();
            java.util.regex.Matcher m = BESIDE.matcher(text);
            while (m.find()) {
                String place = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                beside.add(place.endsWith("店") && place.length() > 2 ? place.substring(0, place.length() - 1) : place);
            }
            return new Reading(normal, DifferentMatter.Details.of(normal), saysItIsAnotherOrDone(text), oursToo.find() ? oursToo.group(1) : null,
                    next.find() ? next.group(1) : null, ours.find() ? ours.group(1) : null, landmark ? by.group(1) : null,
                    landmark ? by.group(2) : null, beside);
        }
    }

    /** The last texts read on this thread, most recently used last. */
    private static final ThreadLocal<Map<String, Reading>> READINGS = ThreadLocal.withInitial(() -> new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Reading> eldest) {
            return size() > 1024;
        }
    });

    private static Reading read(String text) {
        return READINGS.get().computeIfAbsent(text, Reading::of);
    }

    /** Whether both calls name the boss they are owed by and the two are not one ("包工头姓刘" and "我们老板姓陈"). */
    private static boolean twoBosses(String a, String b) {
        java.util.Set<Character> ba = Persons.bosses(a);
        if (ba.isEmpty()) {
            return false;
        }
        java.util.Set<Character> bb = Persons.bosses(b);
        return !bb.isEmpty() && java.util.Collections.disjoint(ba, bb);
    }

    /** A caller who says the matter is at another one ("另一家麻将馆", "另外一所小学", "又来了一个") reports a different matter. */
    private static final java.util.regex.Pattern ANOTHER_ONE = java.util.regex.Pattern.compile("另(一|外一|外的)(家|所|个|栋|条|处|座)(?!老人|人|业主|家长|会员|工友|患者|住户|家属|小孩|孩子|学生|村民)|又(来|多)了一(个|家|位)|不是一回事|不是一码事|两回事|两码事|(?<!是)不是一家"
            // a planned one ("我们村有人想新建一个养猪场"), another shop closed too ("辣嘴串串香也关门了")
            + "|(想|要|准备|打算)(新)?建一个|(店|馆|香|锅|厂|公司|超市|健身|驾校|园|所|容|吧|院|室|房|行)也(突然)?(关门|关了|停业|跑路|倒闭|搬空|不开了)|(栋|号楼|单元)(的)?电梯[^，,。]{0,6}也(坏|停)|又坏(了)?一(个|部|台)|(厂|公司|店|工地)也是[^，,。]{0,8}(工资|关门|停)|也一起(修|处理|管|查|解决|整治)|(?<![我们家这那])(府|苑|庭|园|小区|花园)[^，,。]{0,4}也(停水|停电|停气)|有家[^，,。]{1,8}也(突然)?(关门|关了|停业|跑路|倒闭)"
            // "跟木工班那边不是一个老板": another crew's or another shop's boss
            + "|不是(一个|同一个|同一)老板"
            // "舒坪街道卫生院这边流感疫苗也缺货": another place has the same trouble
            + "|(?<![我们家])(这边|那边)[^，,。！？]{0,8}也(缺货|没货|没有货|停水|停电|在挖|涨)"
            // "不是之前那个老爷爷，是个四十来岁的男的"
            + "|不是(之前|上次|原来|先前|以前)(那个|那位|那家|那条)");

    /** Whether both normalized texts name one word of the matter the catalogue and the field lexicon know (停水, 路灯, 欠薪 …). */
    static boolean sharesMatterWord(CatalogueClassifier catalogue, String a, String b) {
        java.util.Set<String> inA = catalogue.matterWordsIn(a);
        if (inA.isEmpty()) {
            return true;
        }
        java.util.Set<String> inB = catalogue.matterWordsIn(b);
        if (inB.isEmpty()) {
            return true;
        }
        return inA.stream().anyMatch(inB::contains);
    }

    static java.util.Set<String> matterWords(CatalogueClassifier catalogue, String text) {
        return catalogue.matterWordsIn(TextNormal.normalize(text));
    }

    private RepeatSimilarity() {
    }

    /**
     * Whether two texts name the same matter in the catalogue: the item (or category) each is most likely filed
     * under is among the other's three most likely, or one is the other's category. This tells apart what character
     * overlap cannot — the same street's manhole cover and its street lights, the same shop's prices and its
     * expired yoghurt, the same factory's social insurance and its unpaid wages.
     */
    public static boolean sameMatter(CatalogueClassifier catalogue, String a, String b) {
        List<FieldClassifier.Suggestion> ra = likely(catalogue, a);
        List<FieldClassifier.Suggestion> rb = likely(catalogue, b);
        if (ra.isEmpty() || rb.isEmpty()) {
            return true;
        }
        return within(ra.get(0).field(), rb) || within(rb.get(0).field(), ra);
    }

    /**
     * A text's likeliest places in the catalogue (field first, then items within it): the first, and up to two more
     * the classifier does not all but rule out.
     */
    private static List<FieldClassifier.Suggestion> likely(CatalogueClassifier catalogue, String text) {
        List<FieldClassifier.Suggestion> r = catalogue.rank(text, MATTER_DEPTH);
        return r.stream().filter(s -> s == r.get(0) || s.confidence() >= LIKELY).toList();
    }

    /** Below this confidence a catalogue place is not among a text's likely ones. */
    static final double LIKELY = 0.001;


    private static boolean within(String label, List<FieldClassifier.Suggestion> ranked) {
        for (FieldClassifier.Suggestion s : ranked) {
            String other = s.field();
            if (other.equals(label) || other.startsWith(label + "-") || label.startsWith(other + "-")) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the two texts share, as a person would name it: the rarest runs of characters both hold after
     * normalization, each shown as the first text spelled it and, where the other spelled it differently, as
     * "停水/没水". At most three.
     */
    public static List<String> sharedWords(String a, String b, ToDoubleFunction<String> rarity) {
        return sharedWords(a, b, rarity, java.util.Set.of());
    }

    /**
     * As {@link #sharedWords(String, String, ToDoubleFunction)}, naming first the runs that hold a word of the matter
     * itself ({@code matterWords}, e.g. the catalogue's words, and the standard words of the synonym table), so
     * "停水/没水" comes before the estate's name both texts share anyway.
     */
    public static List<String> sharedWords(String a, String b, ToDoubleFunction<String> rarity, java.util.Set<String> matterWords) {
        String na = TextNormal.normalize(a);
        String nb = TextNormal.normalize(b);
        record Run(String text, double weight) {
        }
        List<Run> runs = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < na.length(); ) {
            int j = i;
            while (j + 1 < na.length() && Character.isLetterOrDigit(na.charAt(j)) && Character.isLetterOrDigit(na.charAt(j + 1))
                    && nb.contains(na.substring(i, j + 2))) {
                j++;
            }
            if (j > i) {
                String run = na.substring(i, j + 1);
                double w = 0;
                for (int k = 0; k + 1 < run.length(); k++) {
                    w += rarity.applyAsDouble(run.substring(k, k + 2));
                }
                if (TextNormal.holdsStandardWord(run) || matterWords.stream().anyMatch(m -> m.length() > 1 && run.contains(m))) {
                    w *= 10;
                }
                runs.add(new Run(run, w));
                i = j + 1;
            } else {
                i++;
            }
        }
        runs.sort(java.util.Comparator.comparingDouble(Run::weight).reversed());
        List<String> out = new java.util.ArrayList<>();
        for (Run r : runs) {
            if (out.size() == 3) {
                break;
            }
            if (out.stream().anyMatch(o -> o.contains(r.text()))) {
                continue;
            }
            String inA = TextNormal.spelledAs(a, r.text());
            String inB = TextNormal.spelledAs(b, r.text());
            out.add(inA.equals(inB) ? inA : inA + "/" + inB);
        }
        return out;
    }

    /** The weighted character-pair vector of a text; {@code rarity} gives each pair's weight (e.g. its IDF). */
    public static Map<String, Double> vector(String text, ToDoubleFunction<String> rarity) {
        String t = TextNormal.normalize(text);
        Map<String, Double> v = new HashMap<>();
        for (int i = 0; i + 1 < t.length(); i++) {
            char a = t.charAt(i);
            char b = t.charAt(i + 1);
            if (Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b) && !(Character.isDigit(a) && Character.isDigit(b))) {
                String pair = t.substring(i, i + 2);
                v.merge(pair, rarity.applyAsDouble(pair), (x, y) -> x);
            }
        }
        return v;
    }

    /**
     * The weighted overlap of two vectors from {@link #vector}: the weight they share over the weight of the
     * smaller, so a short "电梯又停了" after a long first report still scores high.
     */
    public static double overlap(Map<String, Double> a, Map<String, Double> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double shared = 0;
        double total = 0;
        for (var e : small.entrySet()) {
            total += e.getValue();
            if (large.containsKey(e.getKey())) {
                shared += e.getValue();
            }
        }
        return shared / total;
    }

    /** Cosine of two vectors from {@link #vector}. */
    public static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (var e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Double> v) {
        double s = 0;
        for (double w : v.values()) {
            s += w * w;
        }
        return Math.sqrt(s);
    }

    /** Document frequencies of character pairs over a body of texts, as inverse-frequency weights. */
    public static ToDoubleFunction<String> rarityOver(Iterable<String> texts) {
        Map<String, Integer> df = new HashMap<>();
        int n = 0;
        for (String text : texts) {
            n++;
            vector(text, p -> 1).keySet().forEach(p -> df.merge(p, 1, Integer::sum));
        }
        int docs = n;
        return pair -> Math.log((docs + 1.0) / (df.getOrDefault(pair, 0) + 1.0)) + 1;
    }

    /**
     * Whether two places can hold the same matter: one address contains the other in the division hierarchy
     * (a report at the street office can match one at its community; one at district level is compared with the
     * district's).
     */
    public static boolean samePlace(String addressA, String addressB) {
        String a = division(addressA);
        String b = division(addressB);
        if (contains(a, b)) {
            return true;
        }
        // a caller who leaves out the city ("龙泉驿区锦悦湾小区" for 成都市龙泉驿区) names the same district
        String ca = withoutCity(a);
        String cb = withoutCity(b);
        return (ca.length() < a.length() || cb.length() < b.length()) && contains(ca, cb);
    }

    private static boolean contains(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return !shorter.isEmpty() && longer.startsWith(shorter);
    }

    /** The prefectures of Sichuan, as callers name them without 市 or 州 ("内江东兴区", "凉山西昌"). */
    private static final java.util.regex.Pattern PREFECTURE = java.util.regex.Pattern.compile(
            "^(成都|绵阳|自贡|攀枝花|泸州|德阳|广元|遂宁|内江|乐山|资阳|宜宾|南充|达州|雅安|广安|巴中|眉山|阿坝|甘孜|凉山)(市|州|藏族羌族自治州|藏族自治州|彝族自治州)?");

    private static String withoutCity(String division) {
        java.util.regex.Matcher m = PREFECTURE.matcher(division);
        return m.find() && m.group(2) != null ? division.substring(m.end()) : division;
    }

    /** The divisions an address names, down to the deepest ("成都市武侯区玉林北路" lies in 武侯区, as intake locates it). */
    private static final java.util.regex.Pattern DIVISIONS = java.util.regex.Pattern.compile("^.*(省|自治州|州|市|区|县|街道|镇|乡|社区|村)");

    static String division(String address) {
        String t = TextNormal.normalize(address).replace("四川省", "").replace("四川", "");
        java.util.regex.Matcher p = PREFECTURE.matcher(t);
        if (p.find() && p.group(2) == null) {
            // "内江东兴区" is 内江市东兴区
            t = p.group(1) + (p.group(1).equals("阿坝") || p.group(1).equals("甘孜") || p.group(1).equals("凉山") ? "州" : "市") + t.substring(p.end());
        }
        java.util.regex.Matcher m = DIVISIONS.matcher(t);
        return m.find() ? m.group() : t;
    }
}
