package org.shegong.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JudgementUnitTests {

    @Test
    void warnsOfAGasLeakHappeningNowAndNamesTheNumber() {
        assertThat(EmergencyPolicy.assess("我们单元楼道里头好大一股天然气味道，闻到头都昏了，快点喊燃气公司来！"))
                .contains(Emergency.GAS_LEAK);
        assertThat(Emergency.GAS_LEAK.transferTo()).isEqualTo("119");
        assertThat(EmergencyPolicy.assess("屋头有股煤气味，阀门关了还是有")).contains(Emergency.GAS_LEAK);
    }

    @Test
    void aPastFireOrAHypotheticalOneIsNoEmergency() {
        assertThat(EmergencyPolicy.assess("上个月我们小区车库起火，烧了三辆车，物业到现在都不给说法")).isEmpty();
        assertThat(EmergencyPolicy.assess("安全出口一直锁起的，万一着火跑都跑不脱")).isEmpty();
        assertThat(EmergencyPolicy.assess("我想学心肺复苏，怕哪天家里老人心脏骤停")).isEmpty();
        assertThat(EmergencyPolicy.assess("有人在田边烧垃圾和塑料，黑烟滚滚的")).isEmpty();
        assertThat(EmergencyPolicy.assess("楼下餐馆厨房冒大烟，火苗都窜到窗子外头了")).contains(Emergency.FIRE);
    }

    @Test
    void spotsViolenceACollapseAndAChildLockedInACar() {
        assertThat(EmergencyPolicy.assess("菜市场门口有个男的拿着刀在追另一个人")).contains(Emergency.VIOLENCE);
        assertThat(EmergencyPolicy.assess("地铁口有个老大爷倒地上叫不醒")).contains(Emergency.PERSON_COLLAPSED);
        assertThat(EmergencyPolicy.assess("停车场车里锁了个一岁的小娃娃，太阳正晒着")).contains(Emergency.CHILD_LOCKED_IN_CAR);
    }

    @Test
    void dialectSynonymsAndTyposMeetOnOneSpelling() {
        var rarity = RepeatSimilarity.rarityOver(List.of("小区停水三天", "路灯不亮", "拖欠工资", "噪音扰民", "排污水"));
        double outage = RepeatSimilarity.overlap(RepeatSimilarity.vector("锦绣小区又停水了", rarity),
                RepeatSimilarity.vector("锦绣小区莫得水三天了", rarity));
        double unrelated = RepeatSimilarity.overlap(RepeatSimilarity.vector("锦绣小区又停水了", rarity),
                RepeatSimilarity.vector("学校门口红绿灯坏了", rarity));
        assertThat(outage).isGreaterThan(0.3).isGreaterThan(unrelated);
        assertThat(TextNormal.normalize("路等坏了，工地欠工资")).isEqualTo("路灯坏了,工地拖欠工资");
        assertThat(TextNormal.normalize("河里的鱼都翻白肚皮了")).isEqualTo(TextNormal.normalize("河里的鱼都死鱼了"));
        assertThat(TextNormal.normalize("死雨漂了一河，楼下烧考油烟大，周末还在补客"))
                .isEqualTo("死鱼漂了一河,楼下烧烤油烟大,周末还在补课");
    }

    @Test
    void aStreetOfficeReportCanMatchItsCommunityButNotTheNextStreet() {
        assertThat(RepeatSimilarity.samePlace("四川省宜宾市翠屏区西郊街道", "四川省宜宾市翠屏区西郊街道金沙江社区")).isTrue();
        assertThat(RepeatSimilarity.samePlace("四川省宜宾市翠屏区西郊街道", "四川省宜宾市翠屏区南岸街道")).isFalse();
    }

    @Test
    void learningFromSettledDemandsChangesTheNextSuggestion() {
        FieldClassifier model = FieldClassifier.coldStart();
        String text = "楼顶那个大喇叭天天放广告";
        String before = model.rank(text, 1).get(0).field();
        for (int i = 0; i < 5; i++) {
            model.learn("楼顶大喇叭天天放广告，吵死了" + i, "HJ");
        }
        assertThat(model.rank(text, 1).get(0).field()).isEqualTo("HJ");
        assertThat(model.rank(text, 3)).hasSize(3);
        assertThat(model.rank(text, 3).stream().mapToDouble(FieldClassifier.Suggestion::confidence).sum()).isLessThanOrEqualTo(1.0001);
        assertThat(before).isNotNull();
        assertThat(model.fields()).hasSize(12);
    }

    @Test
    void coldStartLexiconPointsCommonMattersToTheirField() {
        FieldClassifier model = FieldClassifier.coldStart();
        assertThat(model.rank("包工头拖欠工资三个月了", 1).get(0).field()).isEqualTo("LD");
        assertThat(model.rank("小区物业不管电梯维修", 1).get(0).field()).isEqualTo("ZF");
    }

    @Test
    void theDevelopmentSetFiguresStayAtLeastWhereTheyAre() throws IOException {
        // the figures reported in docs/benchmarks.md; a change that makes the judgement worse fails here
        var items = JudgementEvaluation.load();
        double[] e = JudgementEvaluation.emergencies(items, false);
        assertThat(e[1]).as("emergency recall").isGreaterThanOrEqualTo(0.95);
        assertThat(e[0]).as("emergency precision").isGreaterThanOrEqualTo(0.8);
        double[] f = JudgementEvaluation.fields(items, null, false);
        assertThat(f[0]).as("field top-1, 5-fold").isGreaterThanOrEqualTo(0.88);
        assertThat(f[1]).as("field top-2, 5-fold").isGreaterThanOrEqualTo(0.975);
        double[] r = JudgementEvaluation.repeats(items, false);
        // 0.965 / 0.859, 3 near-misses after the conflicts of the fifth round (0.863 / 0.836, 15 before)
        assertThat(r[0]).as("repeat precision").isGreaterThanOrEqualTo(0.95);
        assertThat(r[1]).as("repeat recall").isGreaterThanOrEqualTo(0.85);
        assertThat(r[3]).as("near-misses offered").isLessThanOrEqualTo(3);
    }

    /**
     * Each labelled set judged by a model taught the other four (as the shipped field lessons teach a province):
     * the leave-one-set-out figures of docs/benchmarks.md, "Field suggestion, sixth round", for the set that was
     * lowest (set 3) and the set judged last before it was taught (set 8).
     */
    @Test
    void theFieldsHoldOnASetLeftOutOfTheOthers() throws IOException {
        List<String> all = List.of("dev", "synth", "set3", "set6", "set8");
        // set 3 0.897 / 0.956, set 8 0.907 / 0.980 (0.894 / 0.956 and 0.900 / 0.980 before the sixth round); set 8 0.903
        // since the twelfth round, when a worker on a crane threatening to jump over his wages (W158, an emergency
        // labelled 劳动, "ambiguous" with 治安) was first read as the danger it is, whose field is then 治安's
        for (var left : Map.of("set3", new double[] { 0.895, 0.955 }, "set8", new double[] { 0.90, 0.975 }).entrySet()) {
            List<JudgementEvaluation.Item> taught = new ArrayList<>();
            for (String other : all) {
                if (!other.equals(left.getKey())) {
                    taught.addAll(JudgementEvaluation.load("src/test/resources/text/demand-" + other + ".json"));
                }
            }
            double[] f = JudgementEvaluation.fields(JudgementEvaluation.load("src/test/resources/text/demand-" + left.getKey() + ".json"),
                    taught, false);
            assertThat(f[0]).as("field top-1, " + left.getKey() + " left out").isGreaterThanOrEqualTo(left.getValue()[0]);
            assertThat(f[1]).as("field top-2, " + left.getKey() + " left out").isGreaterThanOrEqualTo(left.getValue()[1]);
        }
    }

    @Test
    void theJudgementHoldsOnSetsWrittenWithoutTheDevelopmentSetInView() throws IOException {
        // 300 demands and 200 danger sentences written independently (test resources text/demand-synth.json,
        // text/emergency-set.json): a model tuned to the development set alone would fall here
        var other = JudgementEvaluation.load("src/test/resources/text/demand-synth.json");
        double[] e = JudgementEvaluation.emergencies(other, false);
        assertThat(e[1]).as("emergency recall").isGreaterThanOrEqualTo(0.95);
        assertThat(e[0]).as("emergency precision").isGreaterThanOrEqualTo(0.8);
        double[] f = JudgementEvaluation.fields(other, JudgementEvaluation.load(), false);
        assertThat(f[0]).as("field top-1, taught the development set").isGreaterThanOrEqualTo(0.89);
        assertThat(f[1]).as("field top-2, taught the development set").isGreaterThanOrEqualTo(0.965);
        double[] danger = JudgementEvaluation.dangerSentences("src/test/resources/text/emergency-set.json", false);
        assertThat(danger[1]).as("recall on 100 dangers happening now").isGreaterThanOrEqualTo(0.95);
        assertThat(danger[0]).as("precision against 100 danger words that are no danger").isGreaterThanOrEqualTo(0.8);
        double[] r = JudgementEvaluation.repeats(other, false);
        // 0.838 / 0.905, 10 near-misses since a caller who has called before is read as following the matter up
        // (seventeenth round: "凤凰山水11栋顶楼漏雨的事还是没人管" after an upstairs bathroom's leak); 9 before, since the
        // evaluation places the addresses as intake does (fifteenth round: three
        // calls at "天府三街", once read as 温江区天府街道, are at 成都市 and compared with the whole city's); 0.942 / 0.878,
        // 4 near-misses when it read the addresses' text (0.833 / 0.878, 13 before the fifth round)
        assertThat(r[0]).as("repeat precision").isGreaterThanOrEqualTo(0.83);
        assertThat(r[1]).as("repeat recall").isGreaterThanOrEqualTo(0.90);
        assertThat(r[3]).as("near-misses offered").isLessThanOrEqualTo(10);
    }

    @Test
    void theJudgementHoldsOnAThirdSetWrittenLater() throws IOException {
        // 320 demands written by another hand after this round began (text/demand-set3.json), without sight of the
        // other sets or of the rules; its emergency misses were seen once and the cues then widened (docs/benchmarks.md)
        var third = JudgementEvaluation.load("src/test/resources/text/demand-set3.json");
        double[] e = JudgementEvaluation.emergencies(third, false);
        assertThat(e[1]).as("emergency recall").isGreaterThanOrEqualTo(0.95);
        assertThat(e[0]).as("emergency precision").isGreaterThanOrEqualTo(0.8);
        double[] danger = JudgementEvaluation.dangerSentences("src/test/resources/text/emergency-set4.json", false);
        assertThat(danger[1]).as("recall on 60 more dangers happening now").isGreaterThanOrEqualTo(0.95);
        assertThat(danger[0]).as("precision against 60 more danger words that are no danger").isGreaterThanOrEqualTo(0.8);
        double[] r = JudgementEvaluation.repeats(third, false);
        // 0.923 / 0.964, 9 near-misses (0.920 / 0.929 before one incident's calls were joined in the sixth round;
        // 0.794 / 0.929, 26 before the fifth round)
        assertThat(r[0]).as("repeat precision").isGreaterThanOrEqualTo(0.92);
        assertThat(r[1]).as("repeat recall").isGreaterThanOrEqualTo(0.96);
        assertThat(r[3]).as("near-misses offered").isLessThanOrEqualTo(9);
    }

    @Test
    void theEmergencyWarningHoldsOnTheFifthAndSixthSets() throws IOException {
        // 150 danger calls (text/emergency-set5.json) and 300 demands (text/demand-set6.json) written by other hands,
        // each judged by a likelihood learned without it; set 6 was first judged held out at 0.613 / 0.950
        // (docs/benchmarks.md, issue 11)
        var sixth = JudgementEvaluation.load("src/test/resources/text/demand-set6.json");
        double[] e = JudgementEvaluation.emergencies(sixth, false);
        assertThat(e[1]).as("emergency recall, set 6").isGreaterThanOrEqualTo(0.95);
        assertThat(e[0]).as("emergency precision, set 6").isGreaterThanOrEqualTo(0.85);
        // repeats on set 6, taught nothing of it: 0.901 / 0.699, 10 near-misses since a caller who has called before is
        // read as following the matter up (seventeenth round); 0.906 / 0.671, 9 with the addresses placed as intake places
        // them (0.912 / 0.580, 8 reading their text; 0.743 / 0.566, 28 before the fifth round)
        double[] r = JudgementEvaluation.repeats(sixth, false);
        assertThat(r[0]).as("repeat precision, set 6").isGreaterThanOrEqualTo(0.90);
        assertThat(r[1]).as("repeat recall, set 6").isGreaterThanOrEqualTo(0.57);
        assertThat(r[3]).as("near-misses offered, set 6").isLessThanOrEqualTo(10);
        double[] danger = JudgementEvaluation.dangerSentences("src/test/resources/text/emergency-set5.json", false);
        assertThat(danger[1]).as("recall on 50 dangers worded as a hotline would not expect").isGreaterThanOrEqualTo(0.95);
        assertThat(danger[0]).as("precision against 100 calls that are no danger").isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void theSeventhSetJudgedHeldOutThenItsMissesNamed() throws IOException {
        // 200 calls (text/emergency-set7.json, 60 dangers, 70 alarming look-alikes, 70 ordinary) written by another
        // hand after every rule above, judged once held out: 0.965 / 0.917 (docs/benchmarks.md, issue 11). Its misses
        // were dangers no cue named: a kitchen fire reaching the range hood (抽油烟机 read as 油烟 pollution), a car
        // into pupils with blood on the ground, a child or an old person with dementia lost minutes ago, a child gone
        // under at a reservoir; the cues name them now, so set 7 is no longer held out
        double[] danger = JudgementEvaluation.dangerSentences("src/test/resources/text/emergency-set7.json", false);
        assertThat(danger[1]).as("recall, set 7").isGreaterThanOrEqualTo(0.95);
        assertThat(danger[0]).as("precision, set 7").isGreaterThanOrEqualTo(0.95);
        assertThat(EmergencyPolicy.assess("厨房起火了 油锅 盖子盖不住 火窜到抽油烟机上了快点")).contains(Emergency.FIRE);
        assertThat(EmergencyPolicy.assess("楼下烧烤店的油烟天天熏进我们屋头")).isEmpty();
        assertThat(EmergencyPolicy.assess("我外公有老年痴呆，刚刚在公园走丢了，二十分钟前还在")).contains(Emergency.MISSING_PERSON);
        assertThat(EmergencyPolicy.assess("娃娃放学没回来，到处都找不到，一个小时前老师说已经出校门了"))
                .contains(Emergency.MISSING_PERSON);
        assertThat(EmergencyPolicy.assess("上个月我爸走丢过一次，想问社区能不能给老人办个防走失手环")).isEmpty();
        assertThat(EmergencyPolicy.assess("快递找不到了，刚刚查物流显示已经签收")).isEmpty();
        assertThat(EmergencyPolicy.assess("一辆面包车冲上人行道撞了几个人，有个人躺在地上起不来")).contains(Emergency.PERSON_COLLAPSED);
        assertThat(EmergencyPolicy.assess("小区门口天天有车乱停，差点撞到娃娃")).isEmpty();
        assertThat(EmergencyPolicy.assess("三个娃娃在河边耍水，有一个沉下去没上来")).contains(Emergency.DROWNING);
        assertThat(EmergencyPolicy.assess("夏天娃娃经常去河边耍水游泳，建议设个警示牌")).isEmpty();
    }

    @Test
    void aDangerSaidInDialectOrBackToFrontIsStillADanger() {
        assertThat(EmergencyPolicy.assess("我家楼下厨房好像着起了，烟从窗户冒出来")).contains(Emergency.FIRE);
        assertThat(EmergencyPolicy.assess("我闻到好大一股味道，像是天然气，就在我们这栋")).contains(Emergency.GAS_LEAK);
        assertThat(EmergencyPolicy.assess("菜市场门口有个人被几个人围起来打，现在还在打")).contains(Emergency.VIOLENCE);
        assertThat(EmergencyPolicy.assess("工人从脚手架上摔下来了，流了好多血，人不动了")).contains(Emergency.PERSON_COLLAPSED);
        assertThat(EmergencyPolicy.assess("河水漫上来了，水已经进了我们一楼屋头，到膝盖了")).contains(Emergency.FLOODING);
        assertThat(EmergencyPolicy.assess("楼顶边缘坐了个男的，扬言要跳下去，现场好多人围观")).contains(Emergency.SUICIDE_ATTEMPT);
    }

    @Test
    void aDangerThatIsOverOrANoiseThatSoundsLikeOneIsNot() {
        assertThat(EmergencyPolicy.assess("炒菜锅里着火了，已经扑灭了，想问下抽油烟机烧坏了找哪个")).isEmpty();
        assertThat(EmergencyPolicy.assess("隧道积水半米深，有两辆车熄火在里头，人已经出来了，请赶快排水")).isEmpty();
        assertThat(EmergencyPolicy.assess("火已经扑灭了，但是还有人困在三楼出不来")).contains(Emergency.TRAPPED);
        assertThat(EmergencyPolicy.assess("工地晚上十二点了还在打桩，吵得睡不着")).isEmpty();
        assertThat(EmergencyPolicy.assess("他还在打电话问，我们等了一个小时了")).isEmpty();
        // the threat without a place at the edge stays the caller's worry, not a transfer
        assertThat(EmergencyPolicy.assess("邻居扬言要跳楼，说了好几年了，想问社区能不能管一下")).isEmpty();
    }

    @Test
    void aDangerInWordsNoCueNamesIsStillWarnedOf() {
        // no cue names a locked door with blood beneath it; the likelihood learned from labelled calls does
        String text = "室友把自己锁在厕所里面一直不开门，刚才听到她在哭，门缝下面有血流出来";
        assertThat(EmergencyPolicy.cued(text)).isEmpty();
        assertThat(EmergencyPolicy.assess(text)).isPresent();
        // an everyday call stays an everyday call
        assertThat(EmergencyPolicy.assess("小区物业费今年涨了两毛，业委会也没开会，想问下合不合规")).isEmpty();
    }

    @Test
    void theLikelihoodLearnsFromLabelledCalls() {
        List<EmergencyLikelihood.Lesson> lessons = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lessons.add(new EmergencyLikelihood.Lesson("楼下有人倒起了，喊不答应，快来人" + i, true));
            lessons.add(new EmergencyLikelihood.Lesson("楼下路灯坏了，喊人来修一下" + i, false));
        }
        EmergencyLikelihood learned = EmergencyLikelihood.over(lessons);
        assertThat(learned.logOdds("隔壁老人倒起了，喊不答应")).isGreaterThan(0).isGreaterThan(learned.logOdds("隔壁路灯坏了，喊人修"));
        assertThat(EmergencyLikelihood.over(List.of()).logOdds("隔壁老人倒起了，喊不答应")).isZero();
    }

    // --- matching on real Chinese pairs (issue 11): synonyms, dialect, typos and segmentation survive; near-misses do not pass

    private static final java.util.function.ToDoubleFunction<String> RARITY = RepeatSimilarity.rarityOver(List.of(
            "市民来电反映小区停水三天", "路灯不亮", "拖欠工资", "噪音扰民", "排污水", "社区门口井盖松动", "超市卖过期食品",
            "物业不作为", "学校乱收费", "医院排队"));

    private static DifferentMatter.Details details(String text) {
        return DifferentMatter.Details.of(TextNormal.normalize(text));
    }

    private static boolean offered(String a, String b) throws IOException {
        double overlap = RepeatSimilarity.overlap(RepeatSimilarity.vector(a, RARITY), RepeatSimilarity.vector(b, RARITY));
        return RepeatSimilarity.offered(overlap, JudgementEvaluation.catalogueModel(), a, b);
    }

    @Test
    void synonymsOfOneMatterAreOfferedAsRepeats() throws IOException {
        assertThat(offered("仙市镇那个化工厂晚上偷偷排污水到釜溪河", "仙市镇化工厂往釜溪河排放废水，河水都黑了")).isTrue();
        assertThat(offered("华阳锦兰府工地欠薪三个月，包工头跑了", "锦兰府工地老板拖欠工资，我们几十个人讨不到钱")).isTrue();
        assertThat(offered("棠湖小区食堂吃了以后好多人上吐下泻", "棠湖小区食堂疑似食物中毒，十几个人去医院了")).isTrue();
    }

    @Test
    void dialectTyposAndSegmentationMeetOnOneMatter() throws IOException {
        // dialect: 莫得水 = 停水
        assertThat(offered("锦园小区莫得水了，三天了", "锦园小区停水三天了，自来水公司电话打不通")).isTrue();
        // typo: 路等 = 路灯
        assertThat(offered("玉林北路的路等晚上全都不亮", "玉林北路路灯连续三天晚上不亮，黑黢黢的")).isTrue();
        // segmentation: a place name the segmenter splits differently in the two texts
        assertThat(offered("簇锦街道高碑社区停水了", "高碑社区那边又停水，簇锦这边一直没来水")).isTrue();
    }

    @Test
    void nearMissesAtTheSamePlaceAreNotOffered() throws IOException {
        // the same street: a loose manhole cover is not the street lights
        assertThat(offered("玉林北路路灯连续三四天晚上都不亮，路上黑黢黢的",
                "玉林北路18号门口人行道上有个井盖松动了，踩上去哐当哐当响")).isFalse();
        // the same village: a silted irrigation ditch is not a collapsed one
        assertThat(offered("回龙镇歇马村的水渠被淤泥和杂草堵住了，上游放水下来流不到我们组，希望组织清淤",
                "回龙镇歇马村的灌溉渠去年冬天就垮了二十多米，今年一直没修")).isFalse();
    }

    @Test
    void aDetailBothCallsGiveDifferentlyMakesTwoMatters() throws IOException {
        // different buildings of one estate, also when one writes 7号楼 and the other 三栋
        assertThat(DifferentMatter.between("金色奥园7号楼有人从窗户拉电线给电瓶车充电", "金色奥园三栋楼道里有人飞线充电"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同楼栋"));
        // the two ends of one road
        assertThat(DifferentMatter.between("玉林北路路灯连续三天晚上不亮", "玉林南路一段路灯白天也一直亮着"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同路段"));
        // one shop, one estate, one hall: a different kind of problem with nothing in common
        assertThat(DifferentMatter.between("佳惠多超市冷柜里的酸奶过期了还在卖", "佳惠多超市货架标价9.9元结账收12.8元"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同问题"));
        assertThat(DifferentMatter.between("社保大厅今天上午系统故障，排了两个小时队", "社保大厅3号窗口的工作人员态度很差")).isPresent();
        // one estate on one day: a water outage is not a power cut; a pension is not medical insurance
        assertThat(DifferentMatter.between("锦园小区今天早上莫得水了", "锦园小区今天早上停电了"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同业务"));
        assertThat(DifferentMatter.between("村上协办员收了城乡居民养老保险费，网上查不到", "想问一下村里明年的城乡居民医保交多少钱")).isPresent();
        // and such a pair is not offered however alike the rest of the words
        assertThat(offered("锦绣南苑7栋1单元电梯故障停运一周了，物业说等配件", "锦绣南苑3栋的电梯运行时一直抖，还有异响")).isFalse();
    }

    @Test
    void aSchoolOfAnotherLevelOrAnOutageStillToComeIsAnotherMatter() {
        // one name, two schools: the middle school is not the primary school; 初中 is a middle school
        assertThat(DifferentMatter.between("我娃在东升中学读初二，周六要补课", "东升小学五年级老师在家里办补习班"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同学校"));
        assertThat(DifferentMatter.between("我娃在东升中学读初二，周六要补课", "东升初中周末补课收钱")).isEmpty();
        // a notice of next week's outage is not tonight's outage; two outages happening now are compared as usual
        assertThat(DifferentMatter.between("桂湖小区从昨晚上就停水了，啥时候来水", "桂湖小区门口贴通知说下周二要停水检修，想问几点恢复"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("计划停供"));
        assertThat(DifferentMatter.between("桂湖小区从昨晚上就停水了，啥时候来水", "桂湖小区停水一天了，物业电话打不通")).isEmpty();
    }

    @Test
    void anotherVillageAnotherFeeAnotherComplaintOfOneEmployerIsAnotherMatter() {
        // two villages of one township: one character alike is no name misspelled (锦绣/锦秀 still is)
        assertThat(DifferentMatter.between("白马镇青松村的高龄津贴一直没发", "白马镇红松村的高龄补贴也没发，村上说等镇上"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同地点"));
        assertThat(DifferentMatter.between("锦绣苑的电梯又坏了", "锦秀苑电梯坏了三天")).isEmpty();
        // a kindergarten's tuition (保教费) is not its meal fee
        assertThat(DifferentMatter.between("小月亮幼儿园保教费一个月两千，超标了吧", "小月亮幼儿园伙食费收六百，娃娃吃不饱"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同收费"));
        // no contract and no social insurance is not unpaid wages; a site's noise at night is not its dust by day
        assertThat(DifferentMatter.between("鑫达鞋厂招工不签劳动合同，也不买社保", "鑫达鞋厂拖了我们两个月工资"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同问题"));
        assertThat(DifferentMatter.between("锦程项目工地半夜打桩，整栋楼都睡不着", "锦程项目工地渣土车不盖篷布，街上全是灰"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同问题"));
        // a school's bus is not its canteen; a lift that keeps breaking and its inspection overdue are one matter
        assertThat(DifferentMatter.between("石桥小学的校车天天超载", "石桥小学食堂饭菜分量少")).isPresent();
        assertThat(DifferentMatter.between("桂园3栋电梯这个月坏了三回", "桂园3栋电梯年检标志都过期了，经常突然停"))
                .isEmpty();
    }

    @Test
    void oneNamedPlaceAndOneKindOfProblemNeedNoWordOfTheCatalogueInCommon() throws IOException {
        // the same gym by name, closed in both: "老板联系不上" and "卷款跑路" share no word of the catalogue
        assertThat(offered("青羊区的飞越健身突然关门了，年卡才办一个月，老板联系不上",
                "飞越健身卷款跑路了，几十个会员的预付款要不回来")).isTrue();
        assertThat(TextNormal.normalize("路口下水道盖子塌了")).contains("井盖");
    }

    @Test
    void eitherCallMayNameThePlaceAndOneNamedPlaceWithOneThingIsOneMatter() throws IOException {
        // the plant named only in the second call ("新材料厂"), the company in the first: either may be the one naming it
        assertThat(offered("举报金江新材料公司夜间偷排废气，白天又闻不到", "柏溪那个新材料厂晚上臭得很，上回反映了没啥变化")).isTrue();
        // one named school and one thing complained about (its canteen), however the problem is put
        assertThat(offered("我娃娃在明远中学住校，说食堂的肉有股馊味", "明远中学食堂饭菜太差，一顿八块钱就几片肥肉")).isTrue();
        // a bus route said digit by digit is the route
        assertThat(DifferentMatter.spokenRoute("二幺六路", 3)).isEqualTo(216);
        assertThat(DifferentMatter.spokenRoute("五一路", 2)).as("a street's name").isZero();
        assertThat(offered("216路末班车时刻表写的九点半，这几天九点不到就收车了", "二幺六路最后一班车老是提前跑，公交公司管不管")).isTrue();
        // but a form of assistance is a person's: two old people of one village asking about 特困 name no one thing
        assertThat(details("桂花村五保老人一个人住，想进镇敬老院没床位").sameThing(details("桂花村隔壁的老人儿子失联几年了，能不能认定特困")))
                .isFalse();
        assertThat(details("明远中学食堂的肉有股馊味").sameThing(details("明远中学食堂饭菜太差"))).isTrue();
        // words of the matter: 烂尾 is a late hand-over, 烧谷草 is burning straw, a roof that 就漏 leaks, 农民工的钱 are wages
        assertThat(DifferentMatter.problemsIn("青春锦苑的房子啥时候交嘛，工地冷冷清清，怕烂尾")).contains("逾期");
        assertThat(TextNormal.normalize("田里烧谷草，烟飘到城里")).contains("烧秸秆");
        assertThat(DifferentMatter.problemsIn("9栋顶楼一下雨就漏，天花板泡烂了")).contains("漏水");
        assertThat(DifferentMatter.problemsIn("工地欠我们农民工的钱三个月了")).contains("欠薪");
        // a stolen cover is a cover gone; dirt in a kitchen and food gone off go together
        assertThat(DifferentMatter.between("马冲口菜市场的井盖不见了", "马冲口菜市场窨井盖被偷了")).isEmpty();
        assertThat(DifferentMatter.between("蜀江鲜毛肚火锅店食材不新鲜，吃了拉肚子", "蜀江鲜毛肚后厨脏得很")).isEmpty();
    }

    @Test
    void twoAirportsTwoEstatesAndADangerAgainstAFeeAreTwoMatters() throws IOException {
        // 双流 and 天府国际 are two airports; 凤凰山居 and 凤翔苑 two estates (居 ends an estate's name, not 居民 or 邻居)
        assertThat(DifferentMatter.between("双流机场T2出租车拒载短途", "天府国际机场出租车挑客，短途不拉"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同地点"));
        assertThat(DifferentMatter.between("凤凰山居停水两天了", "凤翔苑二次供水水泵坏了，高层没水"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同地点"));
        assertThat(DifferentMatter.between("隔壁邻居家天天装修", "楼上邻居半夜装修")).isEmpty();
        // 天府三街 is a street of 天府, no estate ending in 府; a road of a name is not the estate of that name
        assertThat(DifferentMatter.between("天府三街那个写字楼工地半夜打混凝土", "桂溪天府三街一工地半夜切钢筋，噪音扰民")).isEmpty();
        assertThat(details("江东路附近到今早还没通气").sameName(details("江东华庭我家燃气卡显示错误"))).isFalse();
        assertThat(details("江东那边到今早还没通气").sameName(details("江东华庭我家燃气卡显示错误"))).isTrue();
        // a gas smell now and, days later at the same estate, a question about a fee for new gas pipes
        String leak = "和美家园4栋2单元楼道里燃气味道好大，好像哪家漏气了，快喊燃气公司来";
        String fee = "和美家园要搞燃气管道改造，燃气公司喊每户交八百块改造费，这个钱该不该业主出";
        assertThat(offered(leak, fee, java.time.Duration.ofDays(7))).isFalse();
        assertThat(offered(fee, leak, null)).as("either order, time unknown").isFalse();
        // but a later call that names the leak is about it
        assertThat(offered(leak, "昨天和美家园4栋漏气，燃气公司说是管子老化，整栋楼的燃气管道啥时候改造", java.time.Duration.ofHours(15)))
                .isTrue();
    }

    @Test
    void twoFirmsByTheirTradeTwoThingsOfOneSchoolAndAnOutageThatCameBackAreTwoMatters() throws IOException {
        // firms are named by their trade as shops are by theirs; a gym and a swimming hall are two businesses
        assertThat(DifferentMatter.between("红光这边一个做家具的厂，叫林森家具，欠了我们十几个人两个月的工资", "鑫创电子的工资还是没给齐，说好25号发结果只发了一半"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同地点"));
        assertThat(DifferentMatter.between("五星花园那边力美健身突然关门了，年卡才办了两个月", "顺庆区蓝鲸游泳馆说要装修暂停营业三个月，次卡也不说退"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同地点"));
        assertThat(DifferentMatter.between("安宏食品从五月份就断缴社保，工资里照扣", "安宏食品的社保一直没交，好多同事都是")).isEmpty();
        // a road's lights and its paving, a school's uniforms and its canteen, a clinic's night duty and its medicines
        assertThat(DifferentMatter.between("营门口路那一段路灯全部不亮", "营门口路人行道的地砖好多都松了"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同对象"));
        assertThat(DifferentMatter.between("滨江小学又要买新校服，冬装一套三百二", "建议滨江小学食堂让家长轮流陪餐监督"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同对象"));
        assertThat(DifferentMatter.between("太和镇卫生院晚上没人值班，娃娃发烧找不到医生", "太和镇卫生院的降糖药老是缺药"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同问题"));
        // an outage put right that came back three weeks on is a new one; within the week it is still the first
        String first = "锦悦湾停水，三天了，莫得人管。";
        String cameBack = "锦悦湾又停水了！这个月月初才停了三天，修好没得二十天又停，这回是昨晚上开始的，物业说换个阀门。";
        assertThat(offered(cameBack, first, java.time.Duration.ofDays(21))).isFalse();
        assertThat(offered(first, cameBack, java.time.Duration.ofDays(-21))).as("either order").isFalse();
        assertThat(offered(cameBack, first, java.time.Duration.ofDays(4))).isTrue();
        // the call that says it came back is the earlier one: what came later is not the matter that was put right
        assertThat(offered(first, cameBack, java.time.Duration.ofDays(21))).isTrue();
        String blocked = "龙马潭红星街道龙城华府小区，下水道堵了污水横流，物业一直拖起不处理";
        String blockedAgain = "龙城华府化粪池上回修好了，这回是3栋门口的雨污管道又堵了，污水横流";
        assertThat(offered(blockedAgain, blocked, java.time.Duration.ofDays(21))).isFalse();
        assertThat(offered(blockedAgain, blocked, java.time.Duration.ofDays(2))).isTrue();
    }

    @Test
    void aPlaceNamedAsALandmarkAnotherOneComingAndMeatWithoutItsStampAreTwoMatters() throws IOException {
        // the estate next door is where the other matter is; the one named as a landmark is not
        assertThat(DifferentMatter.between("我们金江华府小区物业把地面停车费从每月一百涨到三百", "金江华府隔壁的江山御苑物业也在收停车费，车位被外面的车占了"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同地点"));
        assertThat(DifferentMatter.between("锦绣天宸工地欠了我们十几个人的工钱", "锦绣天宸旁边那个云栖府工地，有个工人说不给工钱"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同地点"));
        assertThat(DifferentMatter.between("金江华府物业乱收停车费", "金江华府停车费的事到现在还是没人管")).isEmpty();
        // expired yoghurt and meat without its inspection stamp at one supermarket; a battery prised off is a theft
        assertThat(DifferentMatter.between("东津路惠家超市在卖过期的酸奶", "东津路惠家超市的猪肉没有检疫章，颜色也不对"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同问题"));
        assertThat(DifferentMatter.problemsIn("停在楼下车棚里的电瓶车，这个月被人撬了两块电瓶")).contains("被盗");
        // "又来了一个" is another one at the same place
        String first = "草市街天桥下面有个老人睡了好几天了，就一床薄被子，能不能喊救助站的人来看一下";
        assertThat(offered(first, "草市街天桥那边又来了一个流浪的老人，睡在天桥下面，就一床薄被子，喊救助站的人来看一下", java.time.Duration.ofDays(1)))
                .isFalse();
        assertThat(offered(first, "草市街天桥那边那个流浪的老人，睡在天桥下面，就一床薄被子，喊救助站的人来看一下", java.time.Duration.ofDays(1)))
                .isTrue();
    }

    @Test
    void aQuestionAboutTheRulesATilesFallAndForcedShoppingAreNotAPlacesOtherMatter() throws IOException {
        // a question about the rules in general is answered from the rules; the named school's extra classes are its matter
        String general = "请问国家对初中学校周末和寒暑假补课有没有明确规定？如果是家长自己要求的也不行吗？";
        String school = "我娃娃在翠屏中学读初三，星期六都喊去学校补课，一个期收一千二，说是自愿，哪个敢不去嘛";
        assertThat(offered(general, school, java.time.Duration.ofDays(4))).isFalse();
        assertThat(offered(school, general, java.time.Duration.ofDays(-4))).as("either order").isFalse();
        assertThat(offered(school, "翠屏中学初三周末补课收费，家长不敢出头，匿名反映", java.time.Duration.ofDays(2))).isTrue();
        // a leak from upstairs and tiles falling off the wall; shops forced on a tour and a deposit kept
        assertThat(DifferentMatter.between("滨江丽苑7栋，楼上卫生间漏水漏到我家天花板", "滨江丽苑7栋外墙瓷砖一块一块往下掉，物业说要动用维修基金"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同问题"));
        assertThat(DifferentMatter.between("邛海之旅的一日游一天拉去三个购物店，不买东西就不走", "在邛海之旅报了泸沽湖三日游，提前十天退团，定金不退"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同问题"));
        // forced spending is about what things cost
        assertThat(DifferentMatter.between("大竹县殡仪馆骨灰盒只有八千的可以选，是不是强制消费", "大竹县殡仪馆骨灰盒不让自带，最便宜的都要六千，乱收费")).isEmpty();
    }

    @Test
    void twoPeoplesPensionsAndAWaitersAndACooksWagesAreTwoMattersAGroupsCallsOne() throws IOException {
        String hers = "我是青白江区退休职工张秀英，这个月养老金到今天都没到账，往常8号就到了，咋回事？";
        String his = "我是青白江的退休工人刘德华，这个月养老金到今天都还没到，以前都是8号到，问下啥子原因。";
        assertThat(DifferentMatter.between(hers, his)).contains("不同当事人：张/刘");
        assertThat(offered(hers, his, java.time.Duration.ofHours(20))).isFalse();
        assertThat(offered(hers, "我叫张秀英，青白江的，养老金这个月到今天都没到账，上次打过电话了", java.time.Duration.ofDays(3)))
                .as("the same person following it up").isTrue();
        // a name opening the call, but not a division or a time
        assertThat(Persons.surnames("蒲志强，医保报销的事，上次说十五个工作日")).containsExactly('蒲');
        assertThat(Persons.surnames("金牛区，医保报销的事")).isEmpty();
        String waiter = "我在西昌福源人家酒楼当服务员，老板欠我两个月工资八千，辞职了不给结。";
        String cook = "我是福源人家酒楼的厨师，也走了，老板欠我三个月工资一万二，我自己的那份想问下咋个申请仲裁。";
        assertThat(DifferentMatter.between(waiter, cook)).contains("不同当事人：服务员/厨师");
        assertThat(offered(waiter, cook, java.time.Duration.ofDays(2))).isFalse();
        // a team's claim told by two of its men is one matter, whoever calls
        assertThat(offered("我们十几个木工在锦城华府工地干活，包工头欠了我们半年的工资，电话都不接了",
                "锦城华府工地木工班的工资还是没拿到，我们十几个人都要回家过年了，求政府帮忙", java.time.Duration.ofDays(2))).isTrue();
        // the caller says it is another matter
        assertThat(offered(cook, "邛海人家酒楼欠薪的事，跟厨师那个不是一回事，我是单独的", java.time.Duration.ofDays(1))).isFalse();
    }

    @Test
    void aNameOfOneCharacterSetOffAShutOffGasAndAGymsCardAreRead() {
        assertThat(details("资阳大道旁边那个“蜀丰·云庭”工地晚上还在打桩").names()).contains("0|云庭");
        assertThat(details("泰山南路工地木工班欠薪的事").names()).as("a road's site is compared as a road").isEmpty();
        assertThat(details("东津社区一栋高层电梯频繁故障").buildings()).as("one building of some, counted").isEmpty();
        assertThat(details("东津社区一栋二单元电梯坏了").buildings()).containsExactly(1);
        assertThat(DifferentMatter.between("桂语花城3栋2单元楼道里燃气味道好大", "桂语花城3栋1单元楼道燃气味道")).contains("不同单元：2/1");
        assertThat(DifferentMatter.between("桂语花城3栋2单元楼道里燃气味道好大", "桂语花城2单元燃气味道")).isEmpty();
        assertThat(DifferentMatter.problemsIn("外头把气管挖爆了，我关了火，味道往屋头灌")).doesNotContain("停止");
        assertThat(DifferentMatter.problemsIn("面馆没开，关了三天了")).contains("停止");
        assertThat(DifferentMatter.between("力健健身突然关门了，我上个月才办的年卡", "我也是力健健身的会员，私教课还有二十节没上")).isEmpty();
        assertThat(DifferentMatter.between("翠屏花园停水一天了，也没送水", "翠屏花园这个月物业费单子上多了一项公摊水费")).isPresent();
        assertThat(DifferentMatter.between("12路甩站，司机根本不靠站", "坐12路，司机开口骂人，态度太差了")).contains("不同问题：甩站/态度");
    }

    @Test
    void chargingAndATheftDustAndNoiseACanalAndATrackALiftAndWaterPressureAreTwoMattersAtOnePlace() throws IOException {
        assertThat(DifferentMatter.between("春江花园2栋楼梯间电动车充电，消防隐患大，请消防来检查", "春江花园2栋楼下停的电瓶车，这个月被偷了三个电瓶"))
                .contains("不同问题：飞线充电/被盗");
        assertThat(DifferentMatter.between("云樾府工地晚上十一点过了还在打桩，吵得睡不着", "云樾府工地白天渣土车不盖篷布，路边铺子桌子上一层灰"))
                .contains("不同问题：噪音/扬尘");
        assertThat(DifferentMatter.between("石桥村那条灌溉支渠垮了一段，水过不来", "石桥村去年修的机耕道，才一年就到处开裂，还有一段塌了")).isPresent();
        assertThat(DifferentMatter.between("江岸华庭3栋的电梯一个月坏了五六次，昨天又停在9楼", "江岸华庭3栋20楼以上水压太低了，洗澡水都是滴的"))
                .contains("不同对象：电梯/供水");
        assertThat(DifferentMatter.between("锦城花园3栋停电了，电梯也停了", "锦城花园3栋电梯坏了，关了人")).as("a power cut stops the lift").isEmpty();
        // a place named as a landmark names none of its kinds: the bar next to the barbecue is not the barbecue's smoke
        assertThat(DifferentMatter.between("楼下老码头烧烤每天晚上油烟往上冲，衣服都晾不得", "老码头烧烤隔壁那家KTV每天唱到凌晨两点，音箱开得震天响"))
                .isPresent();
        // flats handed over last year are not late: their deeds are
        assertThat(DifferentMatter.problemsIn("学府里小区去年就交房了，但是一直办不到房产证")).containsExactly("办证");
        assertThat(Persons.surnames("曾口镇石河村三组的王贵华老人低保今年突然被取消了")).containsExactly('王');
        // after a collapse, a suggestion of a defibrillator is a matter of its own; the collapse's callers are one
        String now = "彩灯公园大门口有个老大爷突然倒在地上，喊他没得反应，嘴巴都发紫了，快叫救护车！";
        assertThat(DifferentMatter.between(now, "昨天早上彩灯公园门口有个大爷晕倒，等了十几分钟救护车才到，建议公园和广场都配个AED除颤仪"))
                .contains("事后诉求：一为事件本身，一为事后的赔偿或整改");
        assertThat(DifferentMatter.between("河北街道的老年食堂上个月涨价了，建议恢复原价", "河北街道老年食堂一餐涨到十五块")).isEmpty();
    }

    @Test
    void aGymEmptiedASchoolByItsNameSeedsThatDidNotComeUpAndACoverStolenAreOneMatterToldTwice() throws IOException {
        assertThat(offered("成华区建设路力动健身突然关门了，门上贴张纸说装修，我上个月才充了3888的年卡",
                "今天我们一百多个会员去建设路那家力动健身门口，门锁了，器材都搬空了", java.time.Duration.ofDays(3))).isTrue();
        assertThat(details("利州区启航教育突然停课，老师都走了").names()).contains("1|启航");
        assertThat(details("教育局说这个归他们管").names()).as("the office is no school").isEmpty();
        assertThat(details("昨天火车站那个路口红绿灯坏了").names()).as("a day is no station's name").isEmpty();
        assertThat(DifferentMatter.between("举报丰禾农资卖假种子，我们村好几家都没出苗", "在镇上农资店（丰禾）买的玉米种，出苗率低得很")).isEmpty();
        assertThat(DifferentMatter.between("镇上农资店卖的玉米种子不出苗", "镇上农资店卖的复合肥撒下去没效果")).contains("不同农资：种苗/化肥");
        assertThat(DifferentMatter.between("菜市场门口人行道上一个井盖不见了", "菜市场门口那个下水道盖盖遭人偷了")).isEmpty();
        // an allowance stopped and asked after, and one waiting on a decision, are one case
        assertThat(DifferentMatter.between("观音村残疾人的两项补贴从九月份开始就停了，请问啥时候恢复？", "观音村残疾人补贴停了三个月了，村上说等通知，一直没消息"))
                .isEmpty();
    }

    @Test
    void aPensionStoppedForItsCertificationOneBuildingsLiftAndARefusedCardAreOneMatterADriversPhoneAndACardReaderTwo() throws IOException {
        assertThat(DifferentMatter.between("我父亲王德明的养老金这个月没到账，社保说没做资格认证，可他上个月明明认证过了",
                "王德明养老金停发那个事，社保局说补了认证下个月发")).isEmpty();
        // still: a certification asked about and another man's pension not arrived are two matters
        assertThat(DifferentMatter.between("社保发短信喊我做养老金资格认证，说不认证就要停发，哪里可以现场办？", "我是退休职工王桂芳，这个月养老金到今天都没到账"))
                .isPresent();
        assertThat(offered("龙泉驿区桂语花城6栋电梯坏了三天了，我们住24楼，老人根本下不了楼", "我们小区6号楼电梯停运一个多礼拜了，打物业电话没人接",
                java.time.Duration.ofDays(9))).isTrue();
        assertThat(DifferentMatter.between("宜宾颜悦美容退卡难，我妈被哄起办了两万多的卡，现在要退不给退", "大观楼那家美容会所退卡的事，上回说转给市场监管所了"))
                .isEmpty();
        assertThat(DifferentMatter.between("坐35路，司机一边开车一边打电话，转弯好急", "35路有个司机不认我的老年卡，说刷不出来要我投币"))
                .contains("不同问题：驾驶/乘车卡");
        assertThat(DifferentMatter.between("临园路剑南路口的红绿灯今早不亮了", "临园路剑南路口人行绿灯只有20秒，建议延长一点")).contains("不同问题：故障/配时");
        assertThat(DifferentMatter.between("楼道头燃气味道好大，好像哪家的管子漏了", "上个礼拜漏气换了管子，这个月燃气费比平时多了两百多")).isPresent();
    }

    @Test
    void aLightOutAndALampPostBentParkingFeesAndLostTreesAWalkerAndAVagrantAreTwoMatters() throws IOException {
        assertThat(DifferentMatter.between("滨江路那排路灯全部不亮，已经一个多星期了", "滨江路上有一根路灯杆被车撞歪了，灯是亮的，就是杆子歪得吓人"))
                .contains("不同问题：故障/倾斜");
        assertThat(DifferentMatter.between("江湾壹号物业乱涨停车费，我们业主不同意", "江湾壹号小区绿化带被物业改成了停车位，树都砍了")).isPresent();
        assertThat(DifferentMatter.between("南河桥下那个流浪老人还在，救助站能不能来看看", "火车站碰到个小伙子钱包被偷了，回不了家，救助站能不能帮他买张车票"))
                .isPresent();
        assertThat(DifferentMatter.between("玉林北路老灶烧烤每天晚上油烟往我们楼上灌", "芳华街一家火锅店的油烟机排口正对居民窗户")).isPresent();
        assertThat(DifferentMatter.between("我们在好运来酒楼吃喜酒，一桌人都在吐，我妈已经晕过去了，快来！", "上周在好运来酒楼吃酒集体中毒的事，医药费是酒楼出还是我们自己先垫？"))
                .contains("事后诉求：一为事件本身，一为事后的赔偿或整改");
        assertThat(DifferentMatter.between("12路在科创园站经常不停，直接开过去", "建议在科创园站增开早高峰区间车，12路太挤了根本挤不上去")).isPresent();
    }

    @Test
    void aCallerWhoLeavesOutTheCityOrItsSuffixNamesTheSamePlace() {
        assertThat(RepeatSimilarity.samePlace("内江市东兴区", "内江东兴区锦江华府项目旁")).isTrue();
        assertThat(RepeatSimilarity.samePlace("成都市龙泉驿区龙泉街道", "龙泉驿区龙泉街道锦悦湾小区")).isTrue();
        assertThat(RepeatSimilarity.samePlace("凉山彝族自治州西昌市", "凉山西昌市长安街道")).isTrue();
        assertThat(RepeatSimilarity.samePlace("内江市东兴区", "内江市市中区")).isFalse();
        assertThat(RepeatSimilarity.samePlace("成都市龙泉驿区", "绵阳市涪城区")).isFalse();
    }

    @Test
    void oneMatterToldInTwoWaysIsNotTwoMatters() {
        // 龙泉驿站 is the station of 龙泉驿, not a parcel station; an escalator is what callers call a lift
        assertThat(DifferentMatter.between("地铁2号线龙泉驿站A口的扶梯停了半个月，老人只能爬楼梯", "龙泉驿地铁站A出口的电梯一直坏起的，啥时候修"))
                .isEmpty();
        assertThat(DifferentMatter.between("锦华苑门口的驿站把东西堆在消防通道上", "锦华苑的电梯又坏了"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同对象"));
        // extra classes are charged for
        assertThat(DifferentMatter.between("实验中学初二周六补课，每人收八百", "实验中学周末上课乱收费，家长不敢说")).isEmpty();
        // a stopped project costs the people it stopped
        assertThat(DifferentMatter.between("村里修机耕道修一半就停工了", "机耕道工程烂尾，田里庄稼的损失哪个负责")).isEmpty();
        // "排了" is a queue only when a wait follows; a discharge is not one
        assertThat(DifferentMatter.between("河里漂起死鱼，有人往河里排了脏东西", "那条河的死鱼还没捞，到处都是臭味")).isEmpty();
        assertThat(DifferentMatter.between("政务大厅今天排了一上午", "政务大厅那个窗口的人态度很差")).isPresent();
    }

    @Test
    void aThingNamePlaceRouteOrClaimBothCallsGiveDifferentlyMakesTwoMatters() throws IOException {
        // one estate: its lift is not its garage lights, nor its service charge
        assertThat(DifferentMatter.between("锦绣棠湖小区5栋两部电梯一部停用一部坏了四次", "锦绣棠湖小区地下车库B区的灯坏了一大半"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同对象"));
        assertThat(offered("锦绣南苑7栋电梯还是停起的 爬28楼腿杆都软了 物业一直拖",
                "锦绣南苑物业费从每平米1.8元涨到2.5元，没有开业主大会，也没有公示")).isFalse();
        // one school: its canteen is not its extra classes
        assertThat(offered("诗仙路那所初中的学生食堂，一份饭12块，菜基本都是土豆白菜，孩子说吃不饱",
                "江油诗仙路那个学校初三又在补课了，周六周天都要去，娃娃累得不行")).isFalse();
        // two estates, two kindergartens by name
        assertThat(DifferentMatter.between("绵阳涪城区城厢街道翠竹苑的电梯也老是坏", "绵阳锦江花园三棟電梯又停了，物業不作為"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同地点"));
        assertThat(DifferentMatter.between("广汉雒城街道的小太阳幼儿园这学期每个月保育费涨了400",
                "广汉雒城街道的金苹果幼儿园开学收了一学期的伙食费，伙食费一分都不退")).isPresent();
        // two roads of one town, two bus routes
        assertThat(DifferentMatter.between("利州区东坝滨河北路人行道上的污水井在冒水，黑水流了一地",
                "东坝利州东路人行道上有个井盖缺了一块，底下好深")).hasValueSatisfying(why -> assertThat(why).startsWith("不同道路"));
        assertThat(DifferentMatter.between("中和街道靠天府大道这边晚上施工太吵了", "中和街道龙灯山路安置房工地晚上在切割钢筋，吵到半夜一点"))
                .isPresent();
        assertThat(DifferentMatter.between("遂宁3路公交车司机开车太猛了，急刹车我差点摔倒", "想表扬一下遂宁6路的司机师傅"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同线路"));
        // a claim after the event is not the event
        assertThat(DifferentMatter.between("警钟街这边地下水管爆了，水往上冒起一米多高，快点派人来关阀门！",
                "上礼拜警钟街水管爆裂把我门面淹了，货泡坏了一大批，损失几千块，想请你们帮忙问下这个找哪个陪偿？"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("事后诉求"));
        assertThat(DifferentMatter.between("着火了！金牛区茶店子这边一个老小区，五楼窗子在冒黑烟",
                "前天茶店子那个老小区火灾，我们楼是隔壁的，楼道里的消防栓根本没得水，灭火器也是过期的，要求整改")).isPresent();
        // a different noise source on one road; stolen luggage is not a child begging at the same station
        assertThat(DifferentMatter.between("临园路口那个K歌房吵得人脑壳痛，半夜一两点还在吼", "临园路新开了一家清吧，门口摆了音响搞驻唱，每晚唱到十二点过"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同噪声源"));
        assertThat(DifferentMatter.between("我在火车北站身份证和钱包都被偷了，没钱买票回巴中老家",
                "火车北站广场这几天有个妇女带着一个很小的娃娃在跪着乞讨")).isPresent();
    }

    @Test
    void namesSpelledAsTheySoundLandmarksAndFollowUpsAreNoConflict() throws IOException {
        // a name misspelled the way it sounds in Sichuan speech is one name (锦绣/锦秀; 云锦/云景, jin/jing)
        assertThat(DifferentMatter.between("锦绣南苑7栋电梯还是停起的", "我是锦秀南苑7栋的，电梯停了半个多月了还没修好")).isEmpty();
        assertThat(DifferentMatter.between("云锦府工地欠我们工钱三个月了，包工头躲起不见人", "云景府工地欠薪的事到底有没有人管")).isEmpty();
        assertThat(DifferentMatter.soundAlike("锦江", "翠竹")).isFalse();
        // a road named as a landmark nearby is not the place itself
        assertThat(DifferentMatter.between("来电人称其在春熙路附近一家健身房办理年卡，该健身房近日停业，要求退费",
                "锦江区总府路的动力坊健身房突然关门了，老板电话打不通")).isEmpty();
        // 二仙桥东路 is named by 二仙桥; 利州区 is a district, no road
        assertThat(DifferentMatter.between("156路公交从这周起改线了，不再经过二仙桥东路", "二仙桥那边莫得公交了，156改起走建设路去了")).isEmpty();
        // a follow-up asking for a fix that was promised is the same matter as the flooding
        assertThat(DifferentMatter.between("娇子大道隧道淹了，车子开不过去，莫得人指挥。",
                "上周下雨娇子大道隧道淹成那样，排水到现在都没有整改，一下雨又要淹，建议加装抽水泵和警示牌。")).isEmpty();
        // one named site and one kind of problem: offered with few words in common
        assertThat(offered("我在自流井区买的金域华府，合同写2026年6月30日交房，现在都10月了还没交，开发商一直说在走验收程序。",
                "关于金域华府逾期交房，上次答复说11月底交付，我今天去看工地还是停工状态，想问政府有没有监管措施。")).isTrue();
    }

    @Test
    void phasesStationsAgenciesAndFourMoreKindsOfProblemTellTwoMattersApart() throws IOException {
        // two phases of one estate are two places; one phase named twice is one
        assertThat(DifferentMatter.between("锦城府二期说好去年底交房，到现在都没交", "锦城府一期的业主，客厅墙上裂了好几条缝，开发商不来修"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同"));
        assertThat(DifferentMatter.between("锦城府二期逾期交房三个月了", "锦城府二期到底还交不交得了房哦")).isEmpty();
        // handed over already: a crack is not a late hand-over
        assertThat(DifferentMatter.between("锦城府合同约定去年交房，工地上都没几个人", "锦城府已经交房了，我家墙上裂缝越来越大"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同问题"));
        // two filling stations by name, the one across the road a landmark; one station's short measure twice is one matter
        assertThat(DifferentMatter.between("宏达加油站加油机缺斤少两，加了三百块油表才动一点",
                "宏达加油站对面的恒通加油站，加油员强制推销洗车卡")).isPresent();
        assertThat(DifferentMatter.between("举报宏达加油站计量不准", "宏达那个加油站加油不足哦，跑滴滴的师傅都在说")).isEmpty();
        // two job agencies by name
        assertThat(DifferentMatter.between("“宏图人力资源”收了我们每人600的体检费，厂子根本不招人", "“安信劳务”让我先交300培训费才推荐工作，不退钱"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同地点"));
        // a bus's last run is not its timetable by day; a cemetery's fee is not the traffic at its gate; a school's
        // extra classes are not its evening hours
        assertThat(DifferentMatter.between("8路早上那班老是不按时发车", "建议8路晚上收车时间延长到十点半")).isPresent();
        assertThat(DifferentMatter.between("8路末班车九点就收车了，太早了", "8路最后一班车能不能晚点走")).isEmpty();
        assertThat(DifferentMatter.between("公墓突然要收二十年的管理费四千多", "清明节公墓门口堵车两公里，没人疏导")).isPresent();
        assertThat(DifferentMatter.between("明德中学周末组织补课收钱", "明德中学高三晚自习上到十点半合不合规定")).isPresent();
        assertThat(DifferentMatter.between("明德中学周末还在补课", "明德中学初三周六周日全天补课")).isEmpty();
    }

    @Test
    void aQuestionOfHowToApplyIsAnotherMatterThanAReportOfAnotherThingButNotOfTheSameThing() throws IOException {
        // a parking fee raised against how to set up an owners' committee; a factory's smell against where its
        // assessment is published
        assertThat(RepeatSimilarity.asksHowTo(TextNormal.normalize("翠湖湾想换物业公司，业委会要咋个成立，需要好多业主同意？"))).isTrue();
        assertThat(offered("翠湖湾物业突然把地面停车费从一百五涨到三百，没开业主大会，也没公示。",
                "翠湖湾想换物业公司，业委会要咋个成立，需要好多业主同意？", java.time.Duration.ofDays(6))).isFalse();
        assertThat(offered("恒瑞塑料厂一到半夜就排一股刺鼻的塑料味，熏得人喉咙痛。", "我想问下恒瑞塑料厂扩建那个环评公示在哪儿看得到？",
                java.time.Duration.ofDays(10))).isFalse();
        // asked about the lift reported, it may be one matter; asked after one's own case under way, it is no how-to
        assertThat(RepeatSimilarity.asksHowTo(TextNormal.normalize("我的低保申请审批进度在哪里能查？"))).isFalse();
        assertThat(DifferentMatter.between("翡翠湾7栋电梯三天两头坏，物业就贴个维修中",
                "翡翠湾七栋电梯老出故障，维修基金咋个申请，我们想把电梯换了")).isEmpty();
        assertThat(offered("翡翠湾小区7栋的电梯三天两头坏，这个礼拜又停了，物业就贴个维修中",
                "想问问翡翠湾七栋电梯老出故障，维修基金咋个申请，我们业主想把电梯换了", java.time.Duration.ofDays(3))).isTrue();
    }

    @Test
    void parkingDumpingNoLicenceRacingShortFuelAndAFeeWaivedAfterAnOutageAreTheirOwnKinds() throws IOException {
        assertThat(DifferentMatter.between("小太阳幼儿园特色课程乱收费，一学期一千二", "小太阳幼儿园门口接娃儿的时候车子乱停，把路堵了"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同问题"));
        assertThat(DifferentMatter.between("绿野合作社今年的土地流转费一分没给", "绿野合作社打农药，农药瓶子乱扔到沟里头"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同问题"));
        assertThat(DifferentMatter.between("玉津镇街上有个诊所没有牌子，老板根本没得执照，给人挂吊针", "玉津镇卫生院晚上值班医生不在岗"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("不同问题"));
        assertThat(DifferentMatter.between("金沙苑车棚电瓶接二连三被偷", "金沙苑门口晚上有几个小年轻骑摩托车炸街")).isPresent();
        assertThat(DifferentMatter.between("中宏加油站加了两百块的油，感觉少加了", "中宏加油站便利店的矿泉水贵一倍，还不明码标价")).isPresent();
        assertThat(DifferentMatter.between("红光市场站759路甩站", "红光市场站的候车亭顶棚破了，下雨淋得透湿")).isPresent();
        assertThat(DifferentMatter.between("桂荫苑从昨天晚上开始停水了，到底好久来水",
                "前段时间桂荫苑停了四天水，现在来了，想问下这个月水费能不能减免")).isPresent();
        // dumped carcasses and their smell are one matter; a gas pipe dug through and the smell of gas are one
        assertThat(DifferentMatter.between("河沟里有人丢了好几头死猪，臭得很", "养猪场的病死猪乱丢到河里")).isEmpty();
        assertThat(DifferentMatter.between("挖掘机把天然气管子挖破了，在冒气", "施工围挡旁边燃气泄漏，一股很浓的臭鸡蛋味")).isEmpty();
    }

    @Test
    void detailsThatAgreeOrThatOnlyOneCallGivesAreNoConflict() throws IOException {
        // 7栋 / 7号楼 / 七栋 are one building; 三棟 is 三栋 in traditional characters
        assertThat(DifferentMatter.between("锦江花园3栋电梯这个月坏了三回", "锦江花园三棟電梯又停了")).isEmpty();
        assertThat(DifferentMatter.between("7栋那个飞线充电的还在拉", "某小区7号楼存在私拉电线为电动车充电现象")).isEmpty();
        // a detail only one call gives: the second caller says less
        assertThat(DifferentMatter.between("玉林北路18号门口路灯不亮", "玉林那边的路灯坏了好几天")).isEmpty();
        // kinds of problem one event brings together: a gym that closed owes its members refunds and its staff wages
        assertThat(DifferentMatter.between("总府路那家健身房跑路了，老板电话打不通", "健身房的会员卡钱能不能退")).isEmpty();
        assertThat(DifferentMatter.between("启橙英语培训学校突然停课了", "启橙英语的老师们几个月没发工资")).isEmpty();
        // a lift that stopped is a broken lift
        assertThat(DifferentMatter.between("3栋电梯故障好几天了", "3栋电梯又停用了")).isEmpty();
        // the same kind of problem lets a short follow-up with few words in common through
        assertThat(offered("二仙桥东三路这边断水了，咋回事嘛？",
                "本人住在下涧槽社区二仙桥，今天上午突然断水，到现在还没来水，也没人出来说明情况，物业说是市政管网的问题")).isTrue();
    }

    @Test
    void chineseNumeralsAreRead() {
        assertThat(DifferentMatter.number("7")).isEqualTo(7);
        assertThat(DifferentMatter.number("三")).isEqualTo(3);
        assertThat(DifferentMatter.number("十")).isEqualTo(10);
        assertThat(DifferentMatter.number("十二")).isEqualTo(12);
        assertThat(DifferentMatter.number("二十")).isEqualTo(20);
        assertThat(DifferentMatter.number("二十三")).isEqualTo(23);
        assertThat(DifferentMatter.number("12345678")).isZero();
    }

    private static boolean offered(String a, String b, java.time.Duration apart) throws IOException {
        double overlap = RepeatSimilarity.overlap(RepeatSimilarity.vector(a, RARITY), RepeatSimilarity.vector(b, RARITY));
        return RepeatSimilarity.offered(overlap, JudgementEvaluation.catalogueModel(), a, b, apart);
    }

    @Test
    void aFollowUpThatPointsBackAtANamedPlacesMatterIsARepeatThoughItSharesFewWords() throws IOException {
        java.time.Duration tenDaysLater = java.time.Duration.ofDays(10);
        String first = "康宁医院天天派个面包车到我们社区拉老人去免费体检，体检完就喊住院观察，天天输液，用的是医保，请卫健委查一下。";
        String again = "又是康宁医院，今天早上又来车子拉人了，我爸出院的清单上面有好多检查他根本没做过，这个要查！";
        assertThat(RepeatSimilarity.overlap(RepeatSimilarity.vector(first, RARITY), RepeatSimilarity.vector(again, RARITY)))
                .as("few words in common").isLessThan(RepeatSimilarity.THRESHOLD);
        assertThat(offered(again, first, tenDaysLater)).isTrue();
        assertThat(offered(first, again, tenDaysLater.negated())).as("either order").isTrue();
        assertThat(offered("佳美健身那个事快二十天了还没结果，老板据说在外地又开了一家，预付卡就莫得人管吗？",
                "我是佳美健身的会员，听说建了维权群有两百多人，想问一下现在到底是哪个部门在处理？", tenDaysLater)).isTrue();
        // what happened again, counted, is the later call's own matter, not a pointer back
        String counted = "还是28路桂花湾站，今天早上又是两班都没停，说了会处理，莫得任何变化。";
        String driver = "28路公交有个司机开车看手机，急刹车把一个老人摔倒了，车号尾数是36。";
        assertThat(RepeatSimilarity.overlap(RepeatSimilarity.vector(counted, RARITY), RepeatSimilarity.vector(driver, RARITY)))
                .isLessThan(RepeatSimilarity.THRESHOLD);
        assertThat(offered(counted, driver, java.time.Duration.ofDays(3))).isFalse();
        // an earlier question of the rules is not the case followed up
        assertThat(offered("两个星期前反映过桂花村张有福老人进敬老院的事，到现在还没安排，老人现在全靠邻居送饭。",
                "桂花村我家隔壁的老人六十七岁，儿子失联好几年了，请问这种情况能不能认定为特困人员，标准是啥子？", tenDaysLater)).isFalse();
    }

    @Test
    void aCallerWhoHasCalledBeforeAboutTheSameProblemOrThingIsARepeatButNotAboutAnotherPlaceOrAnotherThingThere() throws IOException {
        java.time.Duration sixDaysLater = java.time.Duration.ofDays(6);
        String first = "来电人反映蓬溪县常乐镇永胜村灌溉渠约二十米渠段垮塌，下游农田无法灌溉，近期持续干旱。诉求：尽快修复渠道。";
        String again = "永胜村那个水渠上回反映了到现在还没人来修，我们几个组的秧苗都干死了一半";
        assertThat(RepeatSimilarity.overlap(RepeatSimilarity.vector(first, RARITY), RepeatSimilarity.vector(again, RARITY)))
                .as("few words in common").isLessThan(RepeatSimilarity.SAME_PROBLEM_THRESHOLD * 2);
        assertThat(offered(again, first, sixDaysLater)).isTrue();
        assertThat(offered("养老金还是没到，社保所说等通知，上回反映了也没个回话",
                "我们沙溪镇好多老年人这个月的养老金都还没到卡上，往回都是十号就到了", sixDaysLater)).isTrue();
        // the same kind of problem followed up at another named place; another thing at the same school
        assertThat(offered("我是上回反映华阳天府云庭欠薪的，劳动监察来开了个会，说月底前发一半",
                "江油永鑫服装厂四月份的工资到现在还没发，问老板说货款没收回来", sixDaysLater)).isFalse();
        assertThat(offered("上次反映雪山小学营养餐的问题，学校来了几个人问了一下就走了，还是一样的",
                "雪山小学喊每个娃娃交一百八的校服钱，说是必须买，合不合理", sixDaysLater)).isFalse();
    }

    @Test
    void aMatterPutRightAndThankedForAndAPlaceOrThingTheCallerSaysItIsNotAreNotTheEarlierMatter() throws IOException {
        java.time.Duration tenDaysLater = java.time.Duration.ofDays(10);
        String dark = "涪城区桃源北路那一段路灯全部不亮，黑黢黢的，晚上骑电瓶车回来吓人得很";
        assertThat(offered("桃源北路的路灯修好了谢谢哈，不过靠桥那头有根灯杆遭车子撞歪了，斜起在那里", dark, tenDaysLater)).isFalse();
        assertThat(offered("桃源北路的路灯还是不亮，上回反映了到现在都没人来修，黑黢黢的", dark, tenDaysLater)).isTrue();
        String noWater = "锦城华庭断水第二天了，晚上来了一哈哈水又断了，能不能派个送水车来嘛";
        assertThat(offered("我们是锦城华府哈，不是华庭，楼下单元门口那根水管爆了，流得满地都是", noWater, java.time.Duration.ofHours(14))).isFalse();
        assertThat(offered("学霸营报的是美术班，不是补课那种，现在他们不开了要退钱，只退一半",
                "学霸营暑假在搞语文数学补课，一个月收四千八，说是托管其实就是上课", java.time.Duration.ofDays(3))).isFalse();
        // two teams at one site owed by two bosses; one boss named twice
        assertThat(offered("锦悦府工地刘老板那个班组的，六月的工资拖起不给，老板躲起不见人",
                "锦悦府工地的，我是做外墙涂料的，我们老板姓陈，六月的工资到现在都还没结清", java.time.Duration.ofDays(2))).isFalse();
        assertThat(offered("锦悦府工地刘老板那个班组的，六月的工资拖起不给，老板躲起不见人",
                "我们在锦悦府工地干活，六月份工资到现在一分都没发，包工头姓刘，电话打过去就说等开发商拨款", java.time.Duration.ofDays(2))).isTrue();
        // two stages of schooling at one estate; a care home's fees and its care; a clinic's night cover and its prices; a
        // flat's leak and the estate's parking; a hole in the road and stalls on it
        assertThat(DifferentMatter.between("我们芳草美苑的娃娃今年读一年级，对口的学校说学位满了，喊我们去五公里外的学校",
                "芳草美苑的娃娃读初中是对口哪个学校？我娃娃明年小升初，想先问清楚")).hasValueSatisfying(r -> assertThat(r).startsWith("不同学段"));
        assertThat(DifferentMatter.between("福寿园养老院下个月起每人每月要涨四百块，也不开会说一声",
                "我老汉儿住在福寿园养老院，背上都是褥疮，饭端起来是冷的")).hasValueSatisfying(r -> assertThat(r).startsWith("不同问题"));
        assertThat(DifferentMatter.between("白沙镇卫生院开的药比外头药店还贵，一盒头孢外面十几块",
                "白沙镇卫生院晚上莫得医生，我娃娃发烧去了敲了半天门")).hasValueSatisfying(r -> assertThat(r).startsWith("不同问题"));
        assertThat(DifferentMatter.between("金鹅花园8栋302又在滴水了，拿盆盆接起的", "金鹅花园外来车子乱停，我们交了车位费的回来都莫得位置停"))
                .hasValueSatisfying(r -> assertThat(r).startsWith("不同问题"));
        assertThat(DifferentMatter.between("沱江路农贸市场门口路面塌陷，坑深约三十公分", "沱江路农贸市场门口早上卖菜的把摊摊摆到马路中间，车子过不去"))
                .hasValueSatisfying(r -> assertThat(r).startsWith("不同问题"));
        // but "一滴水都莫得" is an outage, not a leak, and "租房子太贵了" is no complaint about a price
        assertThat(DifferentMatter.between("新街一带自昨日早上起停水，事前未见停水通知", "我们新街这边水龙头干起两天了，屋头一滴水都莫得")).isEmpty();
        // asking how to apply is not the case of one whose allowance was cut
        assertThat(offered("石垭村的，我屋头娃娃读大学了，家里困难，想申请低保要咋个弄",
                "我是石垭村王大姐的女儿，我妈低保遭取消了，她身体又不好，麻烦帮忙问下是咋个回事", java.time.Duration.ofDays(2))).isFalse();
        // a line or a road between the same two places is named alike however it is worded
        assertThat(DifferentMatter.betweenPlaces("元山镇至县城（普安镇）农村客运班车自本月初停运")).containsExactly("元山|县城");
        assertThat(offered("福宝到先滩那条路有一截垮了半边，车子只能挨到里边边走，大车一过吓死人",
                "来电人反映合江县福宝镇至先滩镇公路约3公里处路基垮塌半幅，仅设置两个锥桶，夜间无照明", java.time.Duration.ofDays(1))).isTrue();
        assertThat(offered("福宝到先滩那条路有一截垮了半边，车子只能挨到里边边走", "福宝到先滩的班车停运一个礼拜了，我们进城只有走路",
                java.time.Duration.ofDays(1))).as("another matter on the same line").isFalse();
        // another resident's family about the same care home; how to go about a named gym's matter; a pig farm by any name
        assertThat(offered("又是福寿康养老院的事，我是另外一个老人的家属，上周说有人来查，查完还是那个样子，老人吃不饱",
                "我妈住在高坪白塔那个福寿康养老院，身上都长褥疮了，一个护工管十几个老人，太恼火了", java.time.Duration.ofDays(6))).isTrue();
        assertThat(offered("我想问一下力美健身那个事情，就是芳草街那家，我卡里还有4600块，要去哪里登记嘛，要带啥子材料",
                "高新区芳草街道那个力美健身今天突然关门了，我上个月才办的年卡三千多，是不是跑路了", java.time.Duration.ofDays(2))).isTrue();
        assertThat(offered("球溪镇那个养猪场的事我上个礼拜打过的，昨天下雨猪粪水又冲到田里了，还是没有人来管",
                "来电人反映资中县球溪镇黄桷村一生猪养殖场粪污未经处理直排沟渠，周边臭味严重", java.time.Duration.ofDays(5))).isTrue();
        // dialect and synonyms: a rigged scale, a drip, an overloaded van, an old man living alone, no vaccine left
        assertThat(TextNormal.normalize("东门菜市场那个肉摊子秤有哈数")).contains("缺斤少两");
        assertThat(TextNormal.normalize("一个老头在给人打吊针")).contains("输液");
        assertThat(offered("幼儿园接娃娃的车子严重超载，我数过，挤了14个",
                "来电人反映二郎镇小蜜蜂幼儿园使用七座面包车接送幼儿，长期超员，存在重大安全隐患", java.time.Duration.ofHours(17))).isTrue();
        assertThat(offered("我遭狗咬了，跑到永乐镇卫生院说狂犬疫苗莫得了，喊我去别处打",
                "市民来电称永乐镇卫生院狂犬疫苗近一周缺货，被咬伤群众需前往外地接种", java.time.Duration.ofDays(3))).isTrue();
        // a question put as "这不是…吗" disowns nothing
        assertThat(offered("5路末班车时刻表写的是22:00发车，我21:50到站都没车了，这不是提前走了吗？",
                "来电人反映5路末班车提前发车，乘客21:50到站时车已开走", java.time.Duration.ofDays(1))).isTrue();
    }

    @Test
    void twoMonthsWagesTwoSchoolYearsAnotherSleeperAnOutageBackWeeksLaterAndTwoShopsOrFactoriesAreTwoMatters() throws IOException {
        String february = "我在春熙路蜀香阁火锅当服务员，二月份的工资到现在没发，老板说生意不好缓一缓。";
        assertThat(DifferentMatter.between(february, "我去年十二月在蜀香阁火锅春熙店做过一个月，早就走了，那个月工资到现在都没给我结。"))
                .hasValueSatisfying(r -> assertThat(r).startsWith("不同月份"));
        assertThat(DifferentMatter.between(february, "蜀香阁火锅欠我们后厨二月的工资，一个人四五千，店长还说要扣押金。")).isEmpty();
        assertThat(DifferentMatter.between("嘉禾实验中学初二每个学生收三百八的资料费，不开收据。", "嘉禾实验中学初三周末还在组织补课，一个月收六百。"))
                .hasValueSatisfying(r -> assertThat(r).startsWith("不同年级"));
        assertThat(DifferentMatter.between("嘉禾实验中学初二每个学生收三百八的资料费，不开收据。", "来电人反映：嘉禾实验中学初二年级收取资料费未开票据。"))
                .isEmpty();
        assertThat(DifferentMatter.between("天府三街那个颜如玉美容院，充了五千的卡，现在说换老板了之前的卡不认。",
                "健身房卷钱跑了，在天府三街，叫力拓健身，我妈也在里头办了卡。")).hasValueSatisfying(r -> assertThat(r).startsWith("不同地点"));
        assertThat(DifferentMatter.between("宏兴电子厂停产了，二月份的工资说好十五号发，到现在一分没见。", "柏溪街道瑞丰鞋业也拖工资，二月份的都没发。"))
                .hasValueSatisfying(r -> assertThat(r).startsWith("不同地点"));
        // another person at the same bridge
        assertThat(offered("安顺廊桥桥洞下面又有人睡起了，不是之前那个老爷爷，是个四十来岁的男的。",
                "安顺廊桥下面桥洞里头有个老爷爷睡在那儿，就盖了个纸板，能不能喊救助站来看一下？", java.time.Duration.ofDays(2))).isFalse();
        // the outage back weeks later, this time announced, is a new one; within days "又停水了" is the same
        String first = "滨江御景苑从昨天晚上就停水了，也没有提前通知，早上起来脸都没法洗。";
        String back = "滨江御景苑又停水了，这回倒是贴了通知，说管网改造停到早上六点，现在七点半了还没来水。";
        assertThat(offered(back, first, java.time.Duration.ofDays(17))).isFalse();
        assertThat(offered("滨江御景苑又停水了，到现在还没来水，物业说在修。", first, java.time.Duration.ofDays(1))).isTrue();
    }

    @Test
    void aQuarrelSleepLostToWorryAndComingHomeFromEveningStudyNameNoProblemAndABussEveningRunsAreItsLastRun() {
        assertThat(DifferentMatter.problemsIn("水果摊用的是作弊秤，我今天路过又看到有游客跟他吵")).doesNotContain("噪音");
        assertThat(DifferentMatter.problemsIn("楼下酒吧吵到两三点，根本睡不着")).contains("噪音");
        assertThat(DifferentMatter.problemsIn("我妈在里头办了卡，现在气得觉都睡不着，天天在屋头念")).doesNotContain("噪音");
        assertThat(DifferentMatter.problemsIn("路灯黑了三四天了，我娃儿上晚自习回来都九点过了，我都不放心")).doesNotContain("作息");
        assertThat(DifferentMatter.problemsIn("学校把晚自习延到十点，娃儿睡眠都不够")).contains("作息");
        assertThat(DifferentMatter.between("巴中3路车站牌上写的末班九点半，等到八点四十都没来，晚上早就不跑了",
                "巴州区3路公交晚班不发车，我们下晚班的只能走路")).isEmpty();
        assertThat(DifferentMatter.problemsIn("我们下晚班的只能走路回去")).doesNotContain("收车");
    }

    @Test
    void aSubcontractorsPaymentTwoVaccinesAndASitesMuddyTrucksAreNotItsWagesOneVaccineOrItsNoise() {
        String wages = "来电人反映：天府云庭项目（锦程建设承建）拖欠农民工工资约三个月，涉及二十余人，请求劳动保障监察部门介入。";
        assertThat(DifferentMatter.between("我是天府云庭项目做外墙涂料的分包老板，总包欠我们工程款一百多万，这个不是工资，应该找哪个部门？", wages))
                .hasValueSatisfying(r -> assertThat(r).startsWith("不同问题"));
        // a foreman's excuse that the project's money has not come is still the workers' wages
        assertThat(DifferentMatter.between("天府云庭工地做钢筋的，包工头说工程款没下来，我们三个月工资一分没拿到", wages)).isEmpty();
        assertThat(DifferentMatter.between("我娃儿十八个月了，该打百白破加强针了，五星街卫生服务中心是礼拜几打？",
                "五星街社区卫生服务中心约九价，系统上约好了第二针，今天跑过去说疫苗没到")).hasValueSatisfying(r -> assertThat(r).startsWith("不同疫苗"));
        assertThat(DifferentMatter.between("云锦天城工地的渣土车出来不冲洗轮子，整条路全是泥巴", "云锦天城工地昨天晚上十二点了还在打桩，整个片区都睡不着"))
                .hasValueSatisfying(r -> assertThat(r).startsWith("不同问题"));
    }

    @Test
    void callsAboutOneDangerWithinHoursAreOneIncidentHoweverWorded() throws IOException {
        String first = "着火了！金牛区茶店子这边一个老小区，五楼窗子在冒黑烟，火好大，快喊消防！";
        String second = "快点来人 茶店子着火 烟往我们楼里冲 楼道里都是烟我们下不去";
        assertThat(offered(first, second, java.time.Duration.ofMinutes(20))).isTrue();
        assertThat(offered(first, second, java.time.Duration.ofMinutes(-20))).as("either order").isTrue();
        // two days later it is no longer one incident by time alone
        assertThat(RepeatSimilarity.oneIncident(first, second)).isTrue();
        assertThat(RepeatSimilarity.offered(0.01, JudgementEvaluation.catalogueModel(), first, second, java.time.Duration.ofDays(2))).isFalse();
        assertThat(RepeatSimilarity.offered(0.01, JudgementEvaluation.catalogueModel(), first, second, java.time.Duration.ofHours(2))).isTrue();
        // another kind of danger at the same place within minutes is another call's matter
        assertThat(offered(first, "茶店子这边一个老小区楼道里好大一股天然气味道，怕是漏气了，快来人", java.time.Duration.ofMinutes(20))).isFalse();
        // the same kind of danger in another building is another incident
        assertThat(offered("锦绣南苑7栋着火了，楼上在冒烟，快来", "锦绣南苑3栋有户人家着火了，火好大", java.time.Duration.ofMinutes(30))).isFalse();
        // a danger of the past is no incident happening now: the overlap rule decides
        assertThat(RepeatSimilarity.oneIncident("上个月茶店子那个老小区着过火，消防栓到现在都没修", second)).isFalse();
    }

    @Test
    void theRepeatCheckPlacesTextsInTheCatalogueUntaught() throws IOException {
        CatalogueClassifier untaught = JudgementEvaluation.catalogueModel();
        CatalogueClassifier taught = JudgementEvaluation.catalogueModel();
        FieldLessons.shipped().teach(taught);
        // a loose manhole cover and dark street lights on one road are two matters; lessons settled by field only teach
        // every such call its field's likeliest item, and the taught classifier places both at one
        String cover = "玉林北路的井盖松了，踩上去哐当响";
        String lights = "玉林北路的路灯晚上全都不亮";
        assertThat(RepeatSimilarity.sameMatter(untaught, cover, lights)).isFalse();
        assertThat(RepeatSimilarity.sameMatter(taught, cover, lights)).isTrue();
        // expired yoghurt and shelf prices at one supermarket: the same
        assertThat(RepeatSimilarity.sameMatter(untaught, "桂溪街道那家超市卖过期酸奶", "桂溪街道那家超市标价和结账价格不一样")).isFalse();
        // while a true repeat worded differently is still one place in the catalogue
        assertThat(RepeatSimilarity.sameMatter(untaught, lights, "玉林北路路灯连续三天晚上不亮，黑黢黢的")).isTrue();
        assertThat(RepeatSimilarity.sameMatter(untaught, "锦园小区莫得水了，三天了", "锦园小区停水三天了，自来水公司电话打不通")).isTrue();
    }

    @Test
    void theReasonsNameWhatBothCallsSayAsEachSaidIt() {
        List<String> shared = RepeatSimilarity.sharedWords("锦园小区停水三天了，自来水公司电话打不通", "锦园小区又没水了，三天了",
                RARITY, java.util.Set.of("停水", "没水"));
        assertThat(shared).contains("停水/没水");
        assertThat(shared).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void theShippedCatalogueSuggestsTheItemsOperatorsKnow() throws IOException {
        CatalogueClassifier catalogue = JudgementEvaluation.catalogueModel();
        assertThat(catalogue.rank("开发商说好9月交房，现在延期两个月了还交不了房", 1).get(0).field()).isEqualTo("ZF-04-01");
        assertThat(catalogue.rank("村里把土地流转给合作社，租金拖了一年都没给", 1).get(0).field()).isEqualTo("NY-04-01");
        assertThat(catalogue.rank("我们小区莫得水了，水龙头一滴都没有", 1).get(0).field()).isEqualTo("CJ-05-01");
        assertThat(catalogue.rank("楼上天天半夜跺脚，吵得睡不着", 1).get(0).field()).startsWith("HJ-01");
    }

    @Test
    void aQuestionOfTheRulesAPlaceBesideAnotherMatterStatedAndThanksAreNotTheCaseReported() throws IOException {
        java.time.Duration days = java.time.Duration.ofDays(4);
        // a question of the rules in general, and one that names its own case
        String closed = "我在宝贝港湾月子中心交了两万块定金，现在人去楼空，电话也打不通了";
        assertThat(offered("想问一下月子中心这种预付了钱的，商家关门了一般咋个退钱，有没有啥子规定", closed, days)).isFalse();
        assertThat(offered("工地上欠工资的话，我们农民工可不可以直接申请劳动仲裁，要不要钱",
                "我们在锦程建工的航港项目做木工，七八九三个月工资都没发，十几个人", days)).isFalse();
        assertThat(offered("青柳苑物业把停车费从150涨到300一个月，想问下有没有收费标准，物业能不能自己定价？",
                "来电人反映青柳苑小区物业单方面将停车费从150元上调到300元，未经业主大会表决", days)).isTrue();
        // a caller who places their own matter beside another place, or says theirs is another one
        String bikes = "锦绣苑3栋楼道里停满了电瓶车，还有人从窗子拉线下来飞线充电，万一起火咋个跑";
        assertThat(offered("我们是锦绣苑隔壁的桂香园，也有人在一楼楼道充电瓶车，插线板就放在地上", bikes, days)).isFalse();
        assertThat(offered("锦绣苑那个飞线充电还是没人管，今天晚上又看到三根线吊起", bikes, days)).isTrue();
        String trench = "营门口营通北街挖了条沟，说是改管网，挖起都半个月了，围挡也歪起，喊他们赶紧填起";
        assertThat(offered("营康路这边也在挖管子，挖了一个多礼拜了也没填，跟营通北街那边差不多", trench, days)).isFalse();
        assertThat(offered("我上个礼拜打过了的，营通北街那个沟还是没填，娃儿上学都要绕到马路中间去走", trench, days))
                .as("one road's trench, followed up").isTrue();
        assertThat(offered("营通北街那个沟总算填好了，感谢。但是新铺的人行道砖高低不平，有几块是松的", trench, java.time.Duration.ofDays(12)))
                .as("put right and thanked for").isFalse();
        assertThat(offered("修文镇石桥那边有个小作坊晚上在烧废塑料，臭得很，跟板材厂不是一家",
                "又是那个鑫达板材厂，晚上九点过就开始排气，臭得不得了，我上回打过电话的", days)).isFalse();
        assertThat(offered("双龙村那个药材合作社在我们柏林村也流转了地，我们村今年的租金也还没给",
                "仓山镇双龙村的地流转给一个种药材的合作社，今年的租金到现在都没给，一亩八百", days)).isFalse();
        // the caller's own phase of an estate, though the other is named beside it
        assertThat(details("我是江景雅苑二期的，二期明年才交房，但是现在看一期都交不了").phases()).containsExactly(2);
        assertThat(DifferentMatter.between("我是江景雅苑二期的，二期明年才交房，但是现在看一期都交不了，想问能不能退房",
                "来电人反映购买的江景雅苑一期住房已逾期交付四个月")).hasValueSatisfying(r -> assertThat(r).startsWith("不同分期"));
        // a follow-up by name that states another matter there
        assertThat(offered("又来了，惠民医院晚上儿科还是一个医生，我上回打过12345的，今天抱起娃娃等到半夜还是那样",
                "惠民医院停车场太小了，开车来看病转半个钟头找不到车位，门口又不准停，一停就贴条", java.time.Duration.ofDays(9))).isFalse();
        // thanks for a rescue is not the call for it
        assertThat(offered("上周发大水的时候，长赤镇的村干部半夜挨家挨户喊我们转移，把屋头两个老人背出来的，专门打电话来感谢",
                "南江县长赤镇我们这里雨下了一晚上，河水涨得好快，已经漫到院坝了，还在涨，屋头有两个老人走不动", java.time.Duration.ofDays(7)))
                .isFalse();
        // before dawn is no light out; a truck's noise is not a factory's smell
        assertThat(DifferentMatter.problemsIn("鑫达板材厂的大货车天不亮就在村道上跑，喇叭按得震天响")).doesNotContain("故障").contains("噪音");
        assertThat(DifferentMatter.between("鑫达板材厂的大货车天不亮就在村道上跑，轰隆隆的",
                "来电人称此前已反映鑫达板材厂夜间排气问题，今晚再次闻到浓烈胶水味")).hasValueSatisfying(r -> assertThat(r).startsWith("不同问题"));
    }

    @Test
    void aFireAndTheExplosionItSetsOffAreOneIncident() throws IOException {
        String explosion = "来电人称嘉陵街道兴旺五金仓库起火，火势较大，有爆炸声，毗邻居民楼有人员尚未撤离。诉求：立即出警救援。";
        String fire = "兴旺五金那个库房烧起来了，火都窜到隔壁二楼窗子了，楼上还有个婆婆没下来，消防来了没有哦";
        assertThat(EmergencyPolicy.cued(explosion)).isNotEqualTo(EmergencyPolicy.cued(fire));
        assertThat(offered(explosion, fire, java.time.Duration.ofMinutes(10))).isTrue();
    }

    @Test
    void twoEstatesOneDirectionApartTwoSchoolsAnotherShopAndAnotherThingAtOneShopAreNotTheMatter() throws IOException {
        java.time.Duration days = java.time.Duration.ofDays(2);
        // 北苑 and 南苑 are two estates, not one misspelt; a driving school named after a division
        assertThat(details("锦绣北苑小区2栋从昨天开始停水").sameName(details("我前天打过电话说锦绣南苑没水的事"))).isFalse();
        assertThat(details("我在遂宁船山区顺通驾校报名学车").names()).contains("1|顺通");
        assertThat(offered("我在遂宁船山区顺通驾校报名学车，交了3800块，一直约不到练车，要求退费他们也不退。",
                "我在遂宁船山区安达驾校报名学车，交了3600块，一直约不到练车，要求退费他们也不退。", days)).isFalse();
        // another restaurant closed too
        assertThat(offered("玉林街道辣嘴串串香也关门了，老板说生意不好，欠我10月份一个月工资没给",
                "我在玉林的蜀香阁火锅当服务员，店前天突然关门了，老板电话打不通，欠我们十几个员工两个月工资", days)).isFalse();
        // one shop's expired milk and its price tags; one station's measure and its receipts
        assertThat(DifferentMatter.between("我在惠万家超市买的纯牛奶，回家一看都过期半个月了", "惠万家超市的价签上写的39.9一箱，结账收了我45块"))
                .hasValueSatisfying(r -> assertThat(r).startsWith("不同问题"));
        assertThat(DifferentMatter.between("鑫源加油站加油不给开发票，说要开票得另外加税点", "在鑫源加油站加了300块的油，油表才走了一大半，怀疑加油机有问题"))
                .hasValueSatisfying(r -> assertThat(r).startsWith("不同问题"));
        assertThat(DifferentMatter.problemsIn("发票我找到了，时间是下午三点十二分上车")).doesNotContain("发票");
        // a teacher's cane and another year's homework; a care home's food and its fees; flies are no noise
        assertThat(DifferentMatter.between("明星小学四年级3班的班主任用尺子打手心", "明星小学六年级数学老师罚学生把错题抄一百遍"))
                .hasValueSatisfying(r -> assertThat(r).startsWith("不同年级"));
        assertThat(DifferentMatter.between("福寿康养老院这个月开始饭菜越来越差，老人说经常吃不饱", "福寿康养老院通知下月起护理费每月上涨600元"))
                .hasValueSatisfying(r -> assertThat(r).startsWith("不同问题"));
        assertThat(DifferentMatter.problemsIn("新华村河边有人天天往坎下倒生活垃圾，苍蝇嗡嗡的")).doesNotContain("噪音");
        assertThat(offered("我在旌阳区恒达机械厂上班，每天要干12个小时，周末也要上，加班费一分都没有",
                "恒达那个厂，天天喊我们加班加到晚上十点，累得很，加班钱又莫得", days)).isTrue();
        // a question of the rules with an age in it; thanks for the rubbish cleared
        assertThat(offered("请问60岁以上老人打流感疫苗是不是免费的？有没有这个政策，在哪里打？",
                "我在东兴寺社区卫生服务中心预约了今天打流感疫苗，排了一个多小时队，到了说疫苗没有了", days)).isFalse();
        assertThat(offered("翠湖云庭北门的垃圾这周已经清走了，谢谢。但是物业现在贴通知说每户每月要额外收20块垃圾清运费",
                "翠湖云庭小区北门的垃圾站一个星期没人清运了，垃圾堆得比人还高，臭得很", java.time.Duration.ofDays(6))).isFalse();
    }

    @Test
    void aMatterSettledTheEstateNextDoorABusinessByALandmarkAndAnotherThingAtOneHospitalAreNotTheMatter() throws IOException {
        java.time.Duration days = java.time.Duration.ofDays(3);
        assertThat(offered("锐达电子拖欠的工资前几天已经补发了，但是现在厂里要解除劳动合同，一分补偿都不给",
                "遂宁锐达电子厂突然说停产放假，11月的工资到现在没发，问人事就说等通知", java.time.Duration.ofDays(18))).isFalse();
        String outage = "我们江景苑从昨天下午就莫得水了，水龙头拧开一滴都不出，也没得哪个贴个通知";
        assertThat(offered("听说隔壁江景苑停水了，我们翠柏园现在水是正常的，想问下会不会也要停？", outage, java.time.Duration.ofHours(8))).isFalse();
        assertThat(offered("启航中学对面有家叫学霸堂的培训班，没有挂任何牌照，每天晚上给初中娃娃补课补到十点过",
                "启航中学初三这学期周六周天都要娃娃去学校补课，每个月还要交300块资料费", days)).isFalse();
        assertThat(offered("想问一下，成都市建筑工地晚上几点以后就不准施工了？如果要连续浇筑混凝土，需要去哪里办夜间施工的手续？",
                "来电人反映：武侯区簇锦街道某在建楼盘连续多晚夜间施工至凌晨，噪声扰民，来电人昨晚已反映但施工仍未停止", days)).isFalse();
        assertThat(DifferentMatter.between("我老婆上个月在和美妇产医院生的娃娃，到现在出生医学证明都办不下来，上不了户口",
                "在和美妇产医院生孩子，入院时说顺产套餐四千八，出院结账变成了九千多，多了好多检查项目"))
                .hasValueSatisfying(r -> assertThat(r).startsWith("不同问题"));
        // "请相关部门督促养老院" names no care home
        assertThat(details("来电人反映：其父亲入住顺庆区福康养老院，空调无法制热。诉求：请相关部门督促养老院尽快恢复取暖。").names())
                .containsExactly("3|福康");
        // odd-smelling food is food gone off, not a smell in the air
        assertThat(DifferentMatter.problemsIn("娃娃说菜是冷的，肉有股怪味道")).doesNotContain("异味");
        assertThat(DifferentMatter.problemsIn("锦绣蓝湾晚上那个怪味又来了")).contains("异味");
    }

    @Test
    void aPartAwaitedAPowerBankARunToTheToiletDirtyWaterAndANameAfterASendOffAreNotWhatTheyLookLike() {
        assertThat(DifferentMatter.problemsIn("我们住5栋十八楼，这半个月都是邻居帮忙背下去，物业说零件还没到")).doesNotContain("未到账");
        assertThat(details("早上下来一看玻璃遭砸烂了，包包头两百多块钱和充电宝都莫得了").kinds().get(4)).doesNotContain("飞线充电");
        assertThat(details("班上十几个同学从中午过后就一直跑厕所").kinds().get(4)).doesNotContain("公厕");
        assertThat(DifferentMatter.problemsIn("李渡那条河沟哦，水黑黢黢的，鱼都死起漂起了")).doesNotContain("故障");
        assertThat(details("到现在房间里还是冷冰冰的，昨晚又有一个老人送医院了").names()).isEmpty();
        assertThat(details("喂，我住在工地对面金河湾小区2栋").names()).containsExactly("0|金河湾");
        assertThat(DifferentMatter.between("福康养老院这个月突然通知每人每月涨五百块护理费", "我前天打过电话说养老院没暖气的事，到现在房间里还是冷冰冰的"))
                .hasValueSatisfying(r -> assertThat(r).startsWith("不同问题"));
        assertThat(DifferentMatter.between("孝泉镇正街那段路挖开一个多月了，管子埋了坑一直不填", "我们孝泉卫生院门口那条街开膛破肚一个多月没人管，老年人去看病只能绕一大圈"))
                .isEmpty();
    }

    @Test
    void anotherCrewsBossAFirmNamedBeforeItsTradeAKindergartensBusAndItsClosingAreNotOneMatter() throws IOException {
        java.time.Duration day = java.time.Duration.ofDays(1);
        assertThat(offered("我们是江景华府工地的钢筋工，鑫诚建筑劳务招的，十二月的工资也还没发，跟木工班那边不是一个老板。",
                "我们在江景华府工地做木工的，宏达劳务的老板欠我们十几个人的工钱，从九月份做到十二月", day)).isFalse();
        assertThat(details("我们是在滨江壹号工地做木工的，川鑫建筑劳务公司的包工头姓周").names()).contains("6|川鑫");
        assertThat(offered("五星花园旁边有家悦然瑜伽也关门了，我充了两千多，瑜伽馆老板也联系不上。",
                "五星花园那家健身房跑路了哦，我上个月才充了三千八，结果门都关了", day)).isFalse();
        assertThat(DifferentMatter.between("童梦湾幼儿园的校车每天早上挤了二十几个娃娃，明显超载", "童梦湾幼儿园今天突然通知说下学期不办了，刚交的保育费退不了"))
                .hasValueSatisfying(r -> assertThat(r).startsWith("不同问题"));
        assertThat(DifferentMatter.between("力美健身五星花园店的淋浴间一个多星期都没热水了", "五星花园那个力美健身突然关门了，电话也打不通"))
                .hasValueSatisfying(r -> assertThat(r).startsWith("不同问题"));
        assertThat(offered("锦瑞东苑这几天水龙头出水跟滴水一样，不是停水，就是水压太小了，请供水公司来看一下。",
                "喂，我是锦瑞花园的，屋头莫得水一上午了哦，物管说不晓得啥子原因", java.time.Duration.ofHours(4))).isFalse();
        assertThat(offered("问一下，如果工地老板拖欠农民工工资，我们应该先去劳动监察投诉还是直接去劳动仲裁？",
                "滨江壹号那个工地，我们木工班的工钱到现在都不给，周老板电话打过去就挂", day)).isFalse();
    }

    @Test
    void twoKindsOfProblemBothNameAFirmBeforeItsTradeAndACardBoughtIsNotWhatWentWrong() throws IOException {
        // a shop closed and a prepaid card: two kinds of problem both name are enough, however few words they share
        assertThat(offered("我们好多会员都遭了，那个健身房老板跑路了，卡里头还有二十几节私教课莫得上，哪个来管嘛？",
                "来电人反映：其在青羊区一家健身会所办理会员卡，该店近日已停止营业，经营者失联。诉求：协助退还预付款。")).isTrue();
        // the same gym: selling classes by pressure is not its closing, though both speak of a card
        assertThat(DifferentMatter.between("力行健身的教练天天打电话推私教课，说不买就不给续年卡优惠，这种强制消费有没有人管？",
                "力行健身关门了！我上个月才充了三千块的年卡，今天去门上贴了张纸说装修")).hasValueSatisfying(r -> assertThat(r).startsWith("不同问题"));
        // a firm named before its trade: 装饰, 建工
        assertThat(details("我是做外墙涂料的，鑫彩装饰公司分包的锦绣城项目").names()).contains("6|鑫彩");
        assertThat(details("我们在锦江苑工地做木工，川达建工的工钱到现在一分都没给").names()).contains("6|川达");
        assertThat(DifferentMatter.between("我们在锦江苑工地做木工，川达建工的工钱到现在一分都没给，老板电话也不接",
                "我是在锦江苑工地做外墙保温的，我们是恒达装饰请过去的，工钱还差一万三没结")).hasValueSatisfying(r -> assertThat(r).startsWith("不同地点"));
        // "普惠性幼儿园" names no kindergarten; a family "是低保户的" is a case supposed, not the caller's own
        assertThat(details("普惠性幼儿园一学期保教费标准是多少？").names()).isEmpty();
        assertThat(offered("请问遂宁市中小学课后服务收费标准是多少？是不是必须自愿参加？家里是低保户的能不能减免？",
                "船山区明德实验小学开学就让家长交课后服务费，每学期600，班主任说不交的娃娃放学后单独坐到走廊")).isFalse();
    }

    @Test
    void aSchoolCalledWithoutExperimentAHomeByItsEstatesNameAndWagesForLabourAreRead() throws IOException {
        assertThat(details("嘉陵区春晖实验小学四年级班主任要求买练习册").names()).contains("1|春晖");
        assertThat(details("我父亲住在竹根镇康宁老年公寓").names()).contains("3|康宁");
        assertThat(details("竹根镇福寿苑养老院的饭菜太差了").names()).contains("3|福寿苑");
        assertThat(details("我叫张有福，想进敬老院，镇上说莫得床位了").names()).isEmpty();
        assertThat(details("其与工友在岳阳镇某住宅项目从事钢筋作业，承包方自2029年10月起拖欠劳务报酬").names()).isEmpty();
        assertThat(DifferentMatter.problemsIn("承包方自2029年10月起拖欠劳务报酬，合计约七十万元")).contains("欠薪");
        // the table maps nothing twice: "拖欠工资" stays itself, "偷排废气" is no sewage
        assertThat(TextNormal.normalize("四川鑫安建设从去年十月开始拖欠工资")).contains("开始拖欠工资").doesNotContain("拖拖");
        assertThat(DifferentMatter.problemsIn("鑫源化工有限公司近一周夜间疑似偷排废气，气味刺鼻")).containsExactly("异味");
        // an outage notified for a day to come is not one that has not ended ("还是不来水")
        assertThat(DifferentMatter.between("物业通知明天要停水8个小时，说是管网改造，想确认一下几点恢复供水？",
                "我昨天打过电话说舞凤那边的事，到现在还是不来水，家里老人做饭都要下楼去提桶装水")).hasValueSatisfying(r -> assertThat(r).startsWith("计划停供"));
        // a community's canteen for the old closed, called by two names
        assertThat(offered("我们锦屏社区那个老年食堂，一顿饭几块钱，这个星期突然关门了，门口也莫贴个通知，我们这些老头老太婆中午饭都没得着落了。",
                "我母亲八十多岁了，平时在社区的助餐点吃午饭，这周一开始就不开门了，问社区说在等新的承包方，想问什么时候能恢复？")).isTrue();
    }

    @Test
    void oneStemWithTwoEndingsIsTwoEstatesAndAShortNameThatPointsBackIsTheEstate() throws IOException {
        java.time.Duration days = java.time.Duration.ofDays(4);
        // 云栖台 and 云栖苑: one stem, two estates
        assertThat(DifferentMatter.between("喂，我是大面街道云栖台小区的，今天早上起来水龙头一滴水都莫得",
                "大面街道云栖苑小区2栋今天下午停水了，物业说是水泵烧了")).hasValueSatisfying(r -> assertThat(r).startsWith("不同地点"));
        assertThat(DifferentMatter.between("锦绣华庭3栋今天停水", "锦绣华庭小区停水一整天了")).isEmpty();
        // "和枫苑": 和 begins the name
        assertThat(details("喂，我们和枫苑从昨天晚上就停水了").names()).contains("0|和枫");
        // "部分村民" names no village
        assertThat(details("汉源县九襄镇部分村民3月初在镇上同一农资店购买复合肥").names()).isEmpty();
        // "悦府" for "金沙湾悦府", pointing back at the matter reported there, though it says nothing of the lift
        assertThat(offered("叙州区南岸金沙湾悦府2栋两部电梯都坏了五天了，物业一直说等配件，我们楼里住二十几层的老人根本下不了楼。",
                "上次反映悦府的那个事还没解决，都快十天了，还是说厂家没发货，我们这些住高层的天天爬楼，到底要等到啥时候？", days.negated())).isTrue();
        // a call that says "又坏" and names its own thing at the same building is its own matter
        assertThat(offered("锦悦湾7栋楼道的声控灯十几层都不亮，晚上爬楼梯黑漆漆的。",
                "锦悦湾7栋电梯这周又坏两回，物业说要用维修基金大修，业主意见不统一就一直拖。", days.negated())).isFalse();
    }

    @Test
    void twoCropsAreTwoLettingsAndToutsLastBusesAndWorkbooksAreNamedHoweverSaid() throws IOException {
        assertThat(DifferentMatter.between("我们红岩村的地租给丰源中药材种植合作社，去年的流转费只给了一半",
                "我上个礼拜打过电话，就是那个柑橘公司欠我们村土地租金的事，镇上说在协调")).hasValueSatisfying(r -> assertThat(r).startsWith("不同作物"));
        assertThat(DifferentMatter.between("我们青杠村的地流转给那个种柑橘的公司，说好一年一亩六百块，两年了一分钱都莫看到",
                "来电人反映：岳池县罗渡镇一村村民将土地流转给某农业公司种植果树，流转租金已拖欠两年")).isEmpty();
        assertThat(DifferentMatter.problemsIn("城西医院那些倒号的，天天在挂号窗口转来转去，问你要不要号")).contains("号贩子");
        assertThat(DifferentMatter.between("内江城西医院的专家号一放出来就没了，门诊大厅却有人公开叫卖，一个号加价两百",
                "城西医院那些倒号的，天天在挂号窗口转来转去，我妈排了一早上都莫挂到")).isEmpty();
        assertThat(DifferentMatter.between("8路公交站牌上写的末班车是九点半，我八点五十就到站了，打电话问说已经收车了",
                "我下晚班要坐8路回家，最近晚上最后那一两班老是等不到，好像提前收了")).isEmpty();
        assertThat(details("我们那个私立幼儿园说不办就不办了，钱也不退").names()).isEmpty();
        assertThat(DifferentMatter.problemsIn("学校开学又喊买资料，不买娃娃就遭老师点名")).contains("教辅");
    }

    @Test
    void aLandmarkWithItsTradeAndAnEstateOfOneCharacterAreRead() throws IOException {
        // the clinic is where the beauty parlour is, not what is complained about
        assertThat(offered("凯旋路康宁口腔诊所隔壁那家美容院在店里给人打玻尿酸、瘦脸针，它又不是医疗机构，请查一下有没有资质。",
                "来电人反映：船山区某口腔诊所（康宁）诊疗器械重复使用，未见消毒程序，且操作医生疑似无执业资格。")).isFalse();
        // "锦苑小区" and "锦华苑小区" are two estates
        assertThat(details("我们锦苑小区从昨天晚上开始就莫得水了").names()).contains("0|锦苑");
        assertThat(DifferentMatter.between("我们锦苑小区从昨天晚上开始就莫得水了，水龙头拧开一滴都不出",
                "锦华苑小区这边今天上午突然停水了，听说是小区门口挖路把水管挖爆了")).hasValueSatisfying(r -> assertThat(r).startsWith("不同地点"));
    }

    @Test
    void aTapWithoutADropAnEstateCalledMingduAndAFollowUpAskingWhenItWillBeMendedAreRead() throws IOException {
        assertThat(DifferentMatter.problemsIn("我们小区水龙头拧开一滴都莫得，屋头还有个瘫在床上的老人")).contains("停止");
        assertThat(details("喂，我们江岸名都从昨天晚上就莫得水了").names()).contains("0|江岸");
        // a follow-up that names the estate, points back at its matter and asks only when it will be mended
        assertThat(offered("喂，我们江岸名都从昨天晚上就莫得水了，水龙头拧开一滴都不出，娃娃早上脸都洗不成，物业说也不晓得咋个回事。",
                "我前天打过电话反映江岸名都的事，现在还是只有半夜来一点点，白天一开就是呼呼的空气声，到底好久能修好？",
                java.time.Duration.ofHours(-50))).isTrue();
        // a notice of tomorrow's works is not the tap that still gives nothing
        assertThat(DifferentMatter.between("锦华苑小区贴了通知，说明天上午8点到下午6点管网检修停水，想问下会不会延长",
                "我昨天早上打过电话的，犀浦那边那个小区水龙头还是不出水，都两天了")).hasValueSatisfying(r -> assertThat(r).startsWith("计划停供"));
    }

    @Test
    void aPlacePointedAtWithinDaysIsTheNamedPlaceOfTheSameProblemButAnotherFactoryTooIsNot() throws IOException {
        java.time.Duration hours = java.time.Duration.ofHours(-7);
        String named = "东兴区汉安大道的力美健身今天早上突然关门了，门上贴了个装修暂停营业，但里面人去楼空，我上个月才办的两千八的年卡，没用几次。";
        String pointed = "那个健身房门都锁起了，器材都搬空了，老板电话打不通，微信也把我们拉黑了，我们群里头好几十个人的卡咋个办嘛，钱就这样遭卷跑了哦？";
        assertThat(offered(named, pointed, hours)).isTrue();
        // a fortnight apart, the one pointed at may be another
        assertThat(offered(named, pointed, java.time.Duration.ofDays(-14))).isFalse();
        // "宏川塑胶厂也是…工资没发": another factory with the same trouble
        assertThat(offered("锐达那个厂老板怕是跑了哦，厂门都锁了，工资一分钱莫得，社保也断了好几个月，我们这些打工的晓得找哪个嘛？",
                "经开区宏川塑胶厂也是11月工资没发，说是资金周转不过来，让我们再等等", java.time.Duration.ofHours(-17))).isFalse();
    }

    @Test
    void aPlaceASummaryLeavesUnnamedIsTheNamedPlaceOfItsSortButNotAnotherSortNorAnEstateThatAlsoLostWater() throws IOException {
        String named = "我们锦绣华庭3栋从昨天下午起就莫得水了，水龙头拧开一滴都不出，屋头老的小的都等到用水，物业就说在修在修，到底好久修得好嘛？";
        String summary = "来电人反映：顺庆区舞凤街道某小区一栋楼自5月3日起高层住户无法正常用水，物业以设备待采购为由迟迟未修复，住户需到楼下接水。诉求：尽快恢复供水。";
        assertThat(offered(named, summary, java.time.Duration.ofHours(-49))).isTrue();
        // four days apart, the unnamed estate may be another
        assertThat(offered(named, summary, java.time.Duration.ofDays(-4))).isFalse();
        // "锦绣华府今天也停水了": a named estate that also lost its water is another
        assertThat(offered("锦绣华府今天也停水了，物业贴了通知说清洗二次供水水箱，通知上写停到中午，现在下午三点了水龙头还是不出水。", summary,
                java.time.Duration.ofHours(-41))).isFalse();
        // an unnamed firm of one sort and a report of another sort: "一家废旧塑料再生企业" is no pig farm
        String plastics = "来电人反映：安居区某镇一家废旧塑料再生企业夜间生产时排放废气，气味刺激，周边居民夜间无法入睡，怀疑其未开启废气处理设施。诉求：相关部门夜间突击检查。";
        assertThat(offered("来电人反映：安居区拦江镇双河村（与桂花村相邻）一生猪养殖场粪污未经处理直排，周边臭味大、蚊蝇多。诉求：督促养殖场整改。", plastics,
                java.time.Duration.ofHours(-19))).isFalse();
        // "大丰街道一塑胶生产企业" is the named plastics works, with no word of the matter in common
        assertThat(offered("新都区大丰街道鑫达塑胶制品厂这几天晚上十点过就开始排一股很冲的塑料烧焦味，窗户关着都闻得到，家里人喉咙发痒、头晕，白天反而没有，请环保部门晚上来查一下。",
                "来电人反映：新都区大丰街道一塑胶生产企业夜间排放刺激性气体，此前已有居民反映，近两晚异味仍然明显，影响周边居民休息和健康，诉求：请生态环境部门夜间突击检查并依法处理。",
                java.time.Duration.ofHours(-57))).isTrue();
    }

    @Test
    void aRoadNamedAsThePartOfTownOverByItAndAFixedLiftThankedForAreRead() throws IOException {
        // "春熙路那边那个健身房" is over by 春熙路: a gym on 红星路 is there
        assertThat(DifferentMatter.between("红星路那家力行健身突然关门了，门上贴了张纸说内部装修，我上个月才办了3980元的年卡，电话打不通，会员微信群也解散了，要求退款。",
                "我们在春熙路那边那个健身房办的卡，老板跑了嘛，喊起装修，结果器材都搬空了，几十个会员的钱咋个办嘛，我私教课还有二十节莫上。")).isEmpty();
        // on two roads both named as roads, two places
        assertThat(DifferentMatter.between("红星路那家力行健身突然关门了，我上个月才办的年卡，要求退款。",
                "春熙路上那家健身房突然关门了，我上个月才办的年卡，要求退款。")).hasValueSatisfying(r -> assertThat(r).startsWith("不同道路"));
        // "全小区" and "东坝读小学" name no estate and no school
        assertThat(details("来电人反映：所在小区自6月2日晚起全小区停水，物业称二次供水加压设备故障。").names()).isEmpty();
        assertThat(details("我娃娃在东坝读小学，学校又在喊交钱买资料，一百多块。").names()).isEmpty();
        // the lift put right and thanked for; what is asked now is the door
        assertThat(offered("我们7栋2单元的电梯三天两头停，昨天又把人关在里头半个钟头，我屋头老的住18楼，脚杆不好，电梯一坏就下不了楼，物业光说在修，就是修不好！",
                "我是金沙湾7栋2单元的，电梯上周已经换了主板，这几天都正常，谢谢你们。现在是单元门的门禁坏了，随便哪个都推得开，晚上不安全。",
                java.time.Duration.ofHours(-169))).isFalse();
        // "黑黢黢一个洞" is dark, not a light out: a cover gone is one matter however it is said
        assertThat(DifferentMatter.between("滨江中路桂园巷那个路口，有个井盖盖子莫得了，黑黢黢一个洞，刚才有个骑电瓶车的差点遭栽进去，你们赶紧喊人来弄一哈嘛。",
                "桂园巷口人行道上的检查井盖板丢失了，现在只放了个塑料桶挡着，早上上学的孩子多，请尽快补装井盖。")).isEmpty();
    }

    @Test
    void aStopGuessedAtIsAPensionNotPaidATapStillDryIsAnOutageAndASmellGoneAndThankedForIsPutRight() throws IOException {
        // "是不是停发了哦" is the caller's fear; what they know is the pension that has not come
        assertThat(DifferentMatter.between("我是球溪镇的，每个月十号养老金都打到卡上，这个月到今天都莫得，问了村上也不晓得，是不是停发了哦？",
                "资中县球溪镇好多老人这个月的城乡居民养老金都没到账，我妈和隔壁几个婆婆都没收到，社保所只说在查。")).isEmpty();
        // a pension stopped for want of certification is another matter than one not come
        assertThat(DifferentMatter.between("我父亲在龙马潭区领养老金，这个月被停发了，社保说是没做待遇资格认证，他八十多了不会用手机，怎么办？",
                "我是龙马潭区的退休职工，这个月养老金到今天还没到账，往常10号就发了，社保局电话打不通。")).isPresent();
        assertThat(DifferentMatter.problemsIn("我前天打过电话的，南岸那边那个小区水管还是干的，听说是主管爆了在挖，到底好久修得好？")).contains("停止");
        // the smell put right and thanked for; what is asked now is a fan's noise
        assertThat(offered("我们这儿一到晚上就闻到一股臭鸡蛋味，冲得很，窗子都不敢开，娃娃半夜咳嗽。就是园区头那个恒远化工，白天不排晚上偷偷排，你们到底管不管嘛？",
                "白马镇石桥村这边，化工厂那个臭味这几天确实没得了，谢谢你们。但是厂里新装了个大风机，晚上嗡嗡嗡一直响到天亮，吵得睡不着，麻烦再管一下。",
                java.time.Duration.ofHours(-239))).isFalse();
    }

    /** As intake reads two calls: the overlap of what was said, each read with the address recorded for it. */
    private static boolean offeredAt(String addressA, String a, String addressB, String b, java.time.Duration apart) throws IOException {
        double overlap = RepeatSimilarity.overlap(RepeatSimilarity.vector(a, RARITY), RepeatSimilarity.vector(b, RARITY));
        return RepeatSimilarity.offered(overlap, JudgementEvaluation.catalogueModel(), RepeatSimilarity.asRead(addressA, a),
                RepeatSimilarity.asRead(addressB, b), apart);
    }

    @Test
    void theAddressRecordedNamesTheEstateAndTheBuildingTheCallerLeftOut() throws IOException {
        String lift = "我屋头住十八楼，电梯坏起好多天了，每天爬楼梯爬得脚都打闪闪，物业就晓得喊我们等，是不是搞不赢修嘛？";
        String other = "电梯坏了好几天了，我们老人下不了楼，物业说在等配件，请督促尽快修好。";
        // what was said alone is one matter
        assertThat(offered(lift, other, java.time.Duration.ofHours(-20))).isTrue();
        // the addresses name two buildings of one estate: two lifts
        assertThat(offeredAt("成都市金牛区抚琴街道金桂苑小区7栋2单元", lift, "成都市金牛区抚琴街道金桂苑小区11栋1单元", other,
                java.time.Duration.ofHours(-20))).isFalse();
        // and one building: one lift, though neither caller named the estate
        assertThat(offeredAt("成都市金牛区抚琴街道金桂苑小区7栋2单元", lift, "金牛区金桂苑7栋", other, java.time.Duration.ofHours(-20))).isTrue();
        // no address recorded: the text alone, as before
        assertThat(RepeatSimilarity.asRead(null, lift)).isEqualTo(lift);
        assertThat(RepeatSimilarity.asRead("  ", lift)).isEqualTo(lift);
    }

    @Test
    void oneKindOfProblemWithOneThingTellsTheMatterAsANameDoes() throws IOException {
        String canal = "我们青杠村三组那条灌溉渠垮了一大截，水全部漫到路上去了，田里头莫得水，稻子正在灌浆，再不修今年收成就遭了。";
        String summary = "来电人反映：苍溪县一村灌溉渠道部分垮塌，导致农田无法灌溉，村民已自行用沙袋临时堵漏。诉求：相关部门尽快组织抢修。";
        assertThat(offered(canal, summary, java.time.Duration.ofHours(-40))).isTrue();
        // the summary names no village: after three days it may be another village's channel, as for a place pointed at
        assertThat(offered(canal, summary, java.time.Duration.ofHours(-94))).isFalse();
        // one kind of problem, another thing: a farm road fallen in is another matter
        assertThat(offered(canal, "来电人反映：苍溪县一村机耕道部分垮塌，车辆无法通行。诉求：相关部门尽快组织修复。", java.time.Duration.ofHours(-40))).isFalse();
        // fields dried and cracked ("田都干裂了") are no crack in the channel
        assertThat(DifferentMatter.problemsIn("几十亩稻田都干裂了")).doesNotContain("开裂");
        // a stop removed, however it is said
        assertThat(DifferentMatter.problemsIn("我天天在银杏北路那个站坐车上班，咋个说撤就撤了嘛？")).contains("取消");
        assertThat(DifferentMatter.problemsIn("来电人反映：银杏北路口公交站点被撤销，周边居民乘车需步行至下一站点")).contains("取消");
        // a tap that only hisses gives no water
        assertThat(DifferentMatter.problemsIn("我前天打过电话的，还是那个事，家里水管子拧开只有空气响")).contains("停止");
        assertThat(DifferentMatter.problemsIn("育英路口那个灯咋个回事哦，一早上都是黄灯在闪")).contains("故障");
        assertThat(DifferentMatter.problemsIn("今天去上课门都锁起了，还剩四十几节课，钱咋个退嘛？")).contains("停止", "退费", "预付卡");
        // a stop no bus calls at, asked whether it was removed, is one matter with a bus that skips it
        assertThat(DifferentMatter.between("我天天坐28路去上班，这几天车子都不进站，梭起就走了",
                "来电人反映：金龙小区公交站点近期无车停靠，沿线居民出行不便，询问是否已撤站。")).isEmpty();
    }

    @Test
    void aTeahouseLeftUnnamedAVillagesGroupsAndADialectBusThatWillNotStopAreRead() throws IOException {
        // "城西一茶楼" is the named teahouse, with no word of the matter in common
        assertThat(offered("我们楼下那个悠然茶楼，天天晚上打大牌，一把输赢几千上万，进进出出的人多得很，还看到有人在里头放高利贷，吵得很，你们派人来看一哈嘛。",
                "来电人举报：市中区城西一茶楼长期聚集人员以麻将、扑克进行大额赌博，疑有人放贷抽水。诉求：公安机关依法查处。", java.time.Duration.ofHours(-58)))
                .isTrue();
        // "经询问村社及银行" names no village "经询问"
        assertThat(DifferentMatter.between("我是驷马镇青岗村的，我们村好几个老年人这个月的养老金都莫得到账",
                "来电人反映：驷马镇部分城乡居民基本养老保险待遇领取人员9月份待遇未按时发放至社保卡，经询问村社及银行均未得到答复。")).isEmpty();
        // "开过切了" is "开过去了": a stop skipped
        assertThat(DifferentMatter.problemsIn("5路车又是这样！站台上站了十几个人，车子嗖一下就开过切了")).contains("甩站");
        assertThat(DifferentMatter.problemsIn("嘉州名苑那个电梯停起好多天了哦")).contains("停止");
        // another shop of the mall closed too, another building's lift broken too
        assertThat(offered("我在万和汇那个健身房冲了私教课的钱，还剩二十几节，昨天去看卷帘门都拉下来了，老板人都找不到，这个钱咋个退嘛？",
                "万和汇三楼的颜悦美容也突然关门了，门上贴了张装修通知，我充的三千块还没用完。", java.time.Duration.ofHours(-99))).isFalse();
        assertThat(offered("嘉州名苑那个电梯停起好多天了哦，我每天提菜爬十几层，脚杆都爬软了，物业费一分不少收，电梯就是不修。",
                "嘉州名苑2栋的电梯今天早上也坏了，显示屏黑起的，按了没反应。", java.time.Duration.ofHours(-60))).isFalse();
        // a span of months counts whole: "从六月份到现在" includes the September of "6至9月", not the March of another claim
        String sinceJune = "我们在邛海云庭工地做钢筋的，二十几个人，从六月份到现在的工资一分都没发，包工头说开发商没给钱。";
        assertThat(DifferentMatter.between(sinceJune, "来电人反映：西昌市航天大道某在建住宅项目钢筋班组二十余名农民工被拖欠6至9月工资约40万元。")).isEmpty();
        assertThat(DifferentMatter.between(sinceJune, "来电人反映：西昌市航天大道某在建住宅项目钢筋班组被拖欠2月至3月工资。")).isPresent();
        // crops rooted up by wild boar and the compensation asked for them are one matter
        assertThat(DifferentMatter.between("诺水河镇青龙村三组最近野猪经常下山毁坏农作物，几户人家的冬小麦都被拱了",
                "来电人反映：通江县诺水河镇青龙村近期野生动物频繁夜间出没，村民要求赔偿。")).isEmpty();
    }

    @Test
    void twoCrewsOfOneSiteASettledMatterAndAnotherLiftAreOtherMatters() throws IOException {
        // the carpenters' wages and the wall painters' at one site are owed by two crews; formwork is carpenters' work
        String carpenters = "我们在翠湖天地工地做木工，干了五个月工钱一分都莫得，包工头电话打起不接，二十几个人等到钱回家。";
        assertThat(DifferentMatter.between(carpenters, "翠湖天地工地上我们是做外墙涂料的，鼎新装饰公司欠了我们三个月工资，老板说等甲方结款。"))
                .hasValueSatisfying(r -> assertThat(r).startsWith("不同工种"));
        assertThat(DifferentMatter.between(carpenters, "来电人反映：其在翠湖天地项目从事模板施工，班组二十余人被拖欠5个月工资。")).isEmpty();
        // a site's wages paid, and the canteen cook's still owed: the call asks about another matter
        assertThat(offered("我们在临港安置房工地做钢筋的，劳务公司欠了四个月工钱，二十几个人，找他就说等拨款。",
                "临港安置房工地做钢筋的工资前两天已经发了。我是在工地食堂做饭的，食堂老板欠我两个月工资，这个能找劳动监察吗？",
                java.time.Duration.ofHours(-90))).isFalse();
        // "倒是不臭了，但是…响": the smell is over, the noise is the matter now
        assertThat(DifferentMatter.problemsIn("那个塑料厂现在晚上倒是不臭了，但是机器整夜轰隆隆地响")).doesNotContain("异味").contains("噪音");
        assertThat(offered("城北有家塑胶厂每天晚上往外排废气，一股刺鼻的焦糊味，附近几个村都闻得到。",
                "青林村那个塑料厂，现在晚上倒是不臭了，但是机器整夜整夜地响，吵得人睡不着。", java.time.Duration.ofHours(-100))).isFalse();
        // "3栋那个还没修好这边又坏一个": this building's lift is another
        assertThat(offered("锦苑3栋的电梯又遭停了，我住十八楼，天天爬楼，物业说等配件。",
                "锦苑5栋电梯昨晚突然停了，现在物业把它关了，3栋那个还没修好这边又坏一个。", java.time.Duration.ofHours(-20))).isFalse();
        // "一站多路" is a distance, not a road; "城头医院" is the town's hospital, not one named 城头
        assertThat(DifferentMatter.Details.of("我们要走一站多路才坐得到车").streets()).isEmpty();
        assertThat(DifferentMatter.Details.of("屋头老人要去城头医院看病").names()).isEmpty();
        // "车子过都过了" is a stop skipped; "下水道的盖盖" is a manhole cover
        assertThat(DifferentMatter.problemsIn("我在站台等了半个钟头，车子过都过了")).contains("甩站");
        assertThat(TextNormal.normalize("下水道的盖盖遭人偷了")).contains("井盖");
    }
}
