package org.shegong.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules added after the sixth labelled set (issue 11): each keeps a danger that is one and drops a look-alike that
 * is none. Where the drop is the learned likelihood's, the test first shows the likelihood alone would have warned.
 */
class EmergencyPolicyUnitTests {

    private static boolean likelihoodAloneWarns(String text) {
        return EmergencyLikelihood.shipped().danger(text);
    }

    @Test
    void aDangerThatBreaksIntoAnOrdinaryCallAfterAPauseIsADanger() {
        // the dog that barks every day is a lasting matter; the fire after the pause is not
        assertThat(EmergencyPolicy.assess("我要投诉楼下那家人养的狗天天叫……诶等一下，楼下好像起火了，窗户在冒黑烟")).contains(Emergency.FIRE);
        assertThat(EmergencyPolicy.assess("我要投诉楼下那家人养的狗天天叫，吵得睡不着")).isEmpty();
        assertThat(EmergencyPolicy.assess("小区垃圾天天堆在楼下……物业说下周清理")).isEmpty();
    }

    @Test
    void aPastBurstWithTheRepairStillToDoIsARepairButABurstAgainNowIsADanger() {
        assertThat(EmergencyPolicy.assess("三天前这里水管爆了，现在路面还没修好，坑坑洼洼的")).isEmpty();
        assertThat(EmergencyPolicy.assess("上周修过的水管又爆了，水正在往外喷，还没人来修")).contains(Emergency.BURST_MAIN);
    }

    @Test
    void anElderLostMoreThanAnHourAgoIsMissingButOneLostForDaysIsASearchNotice() {
        assertThat(EmergencyPolicy.cued("我爸有老年痴呆，一个多小时前在菜市场走丢了，我们到处找都没找到")).contains(Emergency.MISSING_PERSON);
        assertThat(EmergencyPolicy.cued("我奶奶两个多钟头前出门买菜不见了，电话也打不通")).contains(Emergency.MISSING_PERSON);
        assertThat(EmergencyPolicy.cued("想咨询一下，走失老人的寻人启事可以在社区公告栏张贴吗")).isEmpty();
    }

    @Test
    void aSewerOverflowingIsADrainToClearNotABurstMainOrAFlood() {
        assertThat(EmergencyPolicy.assess("路面突然在冒水，水柱冒起好高，把地砖都顶起来了")).contains(Emergency.BURST_MAIN);
        assertThat(EmergencyPolicy.assess("水已经漫进屋头了，淹到膝盖了，老人走不动")).contains(Emergency.FLOODING);
        assertThat(EmergencyPolicy.assess("人行道上那个污水井一直在冒水，黑水流了一地，臭得很")).isEmpty();
        assertThat(EmergencyPolicy.assess("下水道堵了，脏水漫到我们店门口了，喊市政来通一下")).isEmpty();
        // a burst main draining into a sewer, and a river rising in the street, are still dangers
        assertThat(EmergencyPolicy.assess("主管道爆了，水柱冒起好高，水都流进下水道了")).contains(Emergency.BURST_MAIN);
        assertThat(EmergencyPolicy.assess("河水漫到街上了，水还在涨")).contains(Emergency.FLOODING);
        // the likelihood takes these for dangers; their only danger words are a sewer's
        String manhole = "污水井在往外冒水，脏水漫到路上了，臭得很，快来处理";
        String cesspit = "化粪池满了在往外冒，粪水漫到路面上了";
        assertThat(likelihoodAloneWarns(manhole)).isTrue();
        assertThat(likelihoodAloneWarns(cesspit)).isTrue();
        assertThat(EmergencyPolicy.assess(manhole)).isEmpty();
        assertThat(EmergencyPolicy.assess(cesspit)).isEmpty();
    }

    @Test
    void aMainTheUtilityIsAlreadyRepairingIsAnOutageToFollowUp() {
        String repairing = "小区外面的自来水管爆了，自来水公司正在抢修，想问下好久来水";
        assertThat(likelihoodAloneWarns(repairing)).isTrue();
        assertThat(EmergencyPolicy.assess(repairing)).isEmpty();
        assertThat(EmergencyPolicy.assess("小区外面的自来水管爆了，水冲得到处都是，还没有人来")).contains(Emergency.BURST_MAIN);
    }

    @Test
    void aSunkenManholeCoverIsARoadDefectNotADrowning() {
        assertThat(EmergencyPolicy.assess("学校门口有个井盖沉下去了，车子过去哐当哐当响")).isEmpty();
        assertThat(EmergencyPolicy.assess("有个娃娃在河边耍，掉到河里头沉下去了")).contains(Emergency.DROWNING);
    }

    @Test
    void aRubbishHeapBurningAgainIsPollutionButARubbishStationAlightIsAFire() {
        assertThat(EmergencyPolicy.assess("村口那个垃圾堆又在烧了，浓烟滚滚的，请环保来管一下")).isEmpty();
        assertThat(EmergencyPolicy.assess("楼下垃圾站着火了，火苗蹿得好高，快点来")).contains(Emergency.FIRE);
    }

    @Test
    void rushingToSaveOrATheftThatIsOverIsNoCrimeInProgress() {
        assertThat(EmergencyPolicy.assess("医生正在抢救，医院要我们先交五万押金，有没有救助政策")).isEmpty();
        assertThat(EmergencyPolicy.assess("钱包刚才遭偷了，现在身上一分钱都没有，回不了家")).isEmpty();
        assertThat(EmergencyPolicy.assess("有人正在撬我家隔壁的门")).contains(Emergency.CRIME_IN_PROGRESS);
        assertThat(EmergencyPolicy.assess("小偷偷了东西现在还在楼道里头")).contains(Emergency.CRIME_IN_PROGRESS);
    }

    @Test
    void aMatterThatHasLastedOrIsFearedOrHasNotHappenedIsNoDangerNow() {
        String lasting = "路灯杆被车撞歪了好久了，看起要倒，就在人行道边上";
        String notYet = "路口配电箱门一直开起的，里头电线露起，还没冒火，就怕娃娃去摸";
        String feared = "河边栏杆断了，怕有人掉下去，喊人来修一下";
        String nobodyIn = "停车场车钥匙锁车里了，车上没人也没宠物";
        for (String text : new String[] { lasting, notYet, feared, nobodyIn }) {
            assertThat(likelihoodAloneWarns(text)).as(text).isTrue();
            assertThat(EmergencyPolicy.assess(text)).as(text).isEmpty();
        }
        assertThat(EmergencyPolicy.assess("有人从楼上拉电线下来给电瓶车充电，担心起火，要求物业管一下")).isEmpty();
        assertThat(EmergencyPolicy.assess("三天前这里水管爆了，现在路面还没修好，坑坑洼洼的")).isEmpty();
        // the same things happening now stay dangers
        assertThat(EmergencyPolicy.assess("路口配电箱在冒火花，电线烧起来了")).isPresent();
        assertThat(EmergencyPolicy.assess("停车场车里锁了个一岁的小娃娃，太阳正晒着")).contains(Emergency.CHILD_LOCKED_IN_CAR);
        // a past complaint does not hide a danger the caller says is happening now
        assertThat(EmergencyPolicy.assess("物业长期不管排水沟，今晚暴雨，水已经漫进一楼屋头，还在涨，有老人困在屋里出不来"))
                .isPresent();
    }

    @Test
    void aBeatingOrAnAttemptThatKeepsHappeningIsStillADangerToday() {
        assertThat(EmergencyPolicy.assess("老公天天打我，今天又拿刀要砍我，我躲在厕所里头")).contains(Emergency.VIOLENCE);
        assertThat(EmergencyPolicy.assess("他经常说不想活了，今天站到楼顶边边上去了")).contains(Emergency.SUICIDE_ATTEMPT);
        assertThat(EmergencyPolicy.assess("我爸天天喝酒，今天喝了农药，现在在吐")).contains(Emergency.POISONING);
        assertThat(EmergencyPolicy.assess("已经三天了，老人一个人在家，敲门没人应，喊不答应")).contains(Emergency.PERSON_COLLAPSED);
        assertThat(EmergencyPolicy.assess("楼道里煤气味道已经好几天了，一直没人来查")).contains(Emergency.GAS_LEAK);
        // a lift that traps people whenever it breaks is a maintenance complaint; a figure of speech stays one
        assertThat(EmergencyPolicy.assess("我们那栋电梯经常故障困人，每次坏了都要等好久才来修，请督促物业大修")).isEmpty();
        String fumes = "楼下饭馆的油烟天天往屋头灌，熏得我们快窒息了";
        assertThat(likelihoodAloneWarns(fumes)).isTrue();
        assertThat(EmergencyPolicy.assess(fumes)).isEmpty();
    }

    @Test
    void aQuarrelThatHasCalmedDownIsAMatterForMediation() {
        assertThat(EmergencyPolicy.assess("楼上两口子刚才打得好凶，现在已经平息了，想请社区调解一下")).isEmpty();
        assertThat(EmergencyPolicy.assess("小区有个人闹着要跳楼，已经被消防员劝下来了，想问后续有没有人管")).isEmpty();
        assertThat(EmergencyPolicy.assess("隔壁两口子在打架，女的一直在喊救命")).contains(Emergency.VIOLENCE);
    }

    @Test
    void watersBrokenAndAStrokesSignsAreCallsFor120() {
        assertThat(EmergencyPolicy.assess("我老婆怀孕九个月，刚刚破水了，120的车还要等")).contains(Emergency.PERSON_COLLAPSED);
        assertThat(EmergencyPolicy.assess("我爸吃饭的时候嘴巴是歪的，一边手拿不稳碗")).contains(Emergency.PERSON_COLLAPSED);
        assertThat(EmergencyPolicy.assess("我老公有糖尿病，刚才出了一身冷汗，现在眼睛往上翻，喊他不说话")).contains(Emergency.PERSON_COLLAPSED);
        assertThat(EmergencyPolicy.assess("我爸以前中过风，想问一下哪里有康复医院")).isEmpty();
        assertThat(EmergencyPolicy.assess("我老婆怀孕九个月了，想问一下产检在哪个医院建档")).isEmpty();
    }

    @Test
    void angerSaidOfOneselfIsNoDangerButAThreatToOthersIs() {
        assertThat(EmergencyPolicy.assess("老板说迟到一次罚两百，一个月扣了我八百多，真的气得冒烟，这种罚款合不合法？")).isEmpty();
        assertThat(EmergencyPolicy.assess("楼上天天半夜拖椅子，跟他说了好多回都不改，我都想上去杀人了，能不能管一下？")).isEmpty();
        assertThat(EmergencyPolicy.assess("隔壁那个男的喝醉了拿起菜刀在楼道里喊要杀人，我们都不敢出门")).contains(Emergency.VIOLENCE);
        assertThat(EmergencyPolicy.assess("厨房油锅冒烟起火了，火苗蹿得好高")).contains(Emergency.FIRE);
    }

    @Test
    void aWebFormsHeaderAnAvertedScareAndAFearAreNoDangerButAnElderLostForAnHourAndMoreIs() {
        // 【网上留言】 is the form's header: nothing is left (留) in a car at "夜猫子酒吧"
        assertThat(EmergencyPolicy.cued("【网上留言】春熙路“夜猫子”清吧唱到凌晨两点，请夜间来查")).isEmpty();
        assertThat(EmergencyPolicy.assess("超市停车场一辆车里关了个娃娃，一直在哭，车主找不到")).contains(Emergency.CHILD_LOCKED_IN_CAR);
        // caught in time: a product complaint, not a fire; afraid it will explode: not an explosion
        assertThat(EmergencyPolicy.cued("新买的取暖器用了两天就冒烟了，幸亏我在旁边，商家不给换")).isEmpty();
        assertThat(EmergencyPolicy.cued("充电宝鼓包了，怕爆炸不敢用，店里说不保修")).isEmpty();
        assertThat(EmergencyPolicy.assess("取暖器冒烟了，屋头全是烟，火苗出来了")).contains(Emergency.FIRE);
        // "一个多小时了" after the elder went out is a time as much as "一个小时前"
        assertThat(EmergencyPolicy.cued("我爸有点糊涂，吃了午饭出门就没回来，一个多小时了，电话也没带"))
                .contains(Emergency.MISSING_PERSON);
    }

    @Test
    void strawBurntInTheFieldsAndConcretePouredAtNightAreNoFireAndNoFight() {
        assertThat(EmergencyPolicy.cued("广汉连山那边田里烧谷草，烟子飘到城里来了，晚上窗子都不敢开")).isEmpty();
        assertThat(EmergencyPolicy.cued("镇上说要禁烧，村民还是天天晚上烧麦秆，烟子大得很")).isEmpty();
        assertThat(EmergencyPolicy.cued("工地每天晚上十二点过了还在打混凝土，泵车轰轰轰的，根本睡不着")).isEmpty();
        // a fire that spreads from the straw is a fire; a fight still going on is a fight
        assertThat(EmergencyPolicy.cued("田里烧谷草，火烧到山上去了，控制不住了")).contains(Emergency.FIRE);
        assertThat(EmergencyPolicy.cued("楼下两个人还在打，一个头上全是血")).contains(Emergency.VIOLENCE);
    }

    @Test
    void moneyToLiveOnASalesPriceAFarmsPigAButtonAndACharcoalStoveAreNoDanger() {
        assertThat(EmergencyPolicy.assess("我妈的养老金卡遭银行冻结了，说是长期没用，那是她的救命钱，看病等着用，要咋个解冻？")).isEmpty();
        assertThat(EmergencyPolicy.assess("大安区有家服装店天天喇叭喊最后三天跳楼价清仓，这个算不算虚假宣传？")).isEmpty();
        assertThat(EmergencyPolicy.assess("我们屋头喂了两头猪，过年要杀年猪，自己吃的需不需要去检疫？")).isEmpty();
        assertThat(EmergencyPolicy.cued("金港苑2栋电梯今天下午又坏了，按钮按了没反应，物业说维保的人明天才来")).isEmpty();
        assertThat(EmergencyPolicy.cued("冬天山上冷，屋头要烧炭火，想问一下咋个预防煤气中毒")).isEmpty();
        // the cries, jumps, killings, collapses and charcoal they resemble still warn
        assertThat(EmergencyPolicy.cued("救命啊，他拿起菜刀追到屋头来了")).contains(Emergency.VIOLENCE);
        assertThat(EmergencyPolicy.cued("有个小伙子站在楼顶边边上说要跳楼")).contains(Emergency.SUICIDE_ATTEMPT);
        assertThat(EmergencyPolicy.cued("他喝了酒说要杀了她，现在在砸门")).contains(Emergency.VIOLENCE);
        assertThat(EmergencyPolicy.cued("我爸倒在地上没反应了")).contains(Emergency.PERSON_COLLAPSED);
        assertThat(EmergencyPolicy.cued("隔壁门窗关死在烧炭，敲门没人应")).contains(Emergency.POISONING);
    }

    @Test
    void aFearGovernsItsOwnPartAndALookalikeItsWholeSentence() {
        // the caller's fear of a shock after the pipe burst does not make the water in the home hypothetical
        assertThat(EmergencyPolicy.cued("楼上的水管爆了，水哗哗地往我屋头流，顶上灯都在滴水，怕漏电，我把电闸拉了，物业电话打不通！"))
                .isPresent();
        assertThat(EmergencyPolicy.cued("楼道里停了五六辆电瓶车，有人拉线下来充电，这要是着火了整栋楼都跑不脱")).isEmpty();
        assertThat(EmergencyPolicy.assess("滨河苑3栋楼道里头停了五六辆电瓶车，有人从二楼窗子拉根线下来充电，晚上一充就是一夜，这要是着火了整栋楼都跑不脱。"))
                .isEmpty();
        assertThat(EmergencyPolicy.assess("威州镇旁边的山沟里有人倒建筑垃圾，一车一车地倒，都快把沟堵死了，涨水的时候怕出问题。")).isEmpty();
        // smoke from a row of barbecue stalls in the same sentence is their smoke
        assertThat(EmergencyPolicy.assess("工区这边长虹大道旁边一排烧烤摊，烟子飘到我们楼上，窗子关起都闻得到，晚上还吵。")).isEmpty();
        // a fire in the next part of the sentence is still a fire
        assertThat(EmergencyPolicy.cued("要是再不来人就来不及了，楼下着火了，黑烟往上冒")).contains(Emergency.FIRE);
    }

    @Test
    void aThreatOverPaperworkASparkThatCaughtNothingAndAnOverflowingSewerAreNoDanger() {
        assertThat(EmergencyPolicy.assess("我的房产证拖了两年还办不下来，开发商推住建，住建推开发商，再不给我办我真的要跳楼了！")).isEmpty();
        assertThat(EmergencyPolicy.assess("电热毯昨晚上开关那里冒了一下火花，我马上拔了，没有烧起来，想投诉这个产品质量。")).isEmpty();
        assertThat(EmergencyPolicy.assess("东门小区门口的下水道又漫出来了，人行道上全是粪水，路过的人都捂到鼻子走。")).isEmpty();
        assertThat(EmergencyPolicy.assess("那家火锅店后厨的排风扇正对我们卧室窗子，一开就是一股牛油味，晚上十一点还在排。")).isEmpty();
        // the threat said on the edge, the fire that did catch and the caller's own "马上" asking for help still warn
        assertThat(EmergencyPolicy.cued("工人站在塔吊上面，说再不给工资就跳楼")).contains(Emergency.SUICIDE_ATTEMPT);
        assertThat(EmergencyPolicy.cued("我爸坐在天台栏杆上，喊再不解决他就跳楼")).contains(Emergency.SUICIDE_ATTEMPT);
        assertThat(EmergencyPolicy.cued("电热毯冒火花，被子烧起来了")).contains(Emergency.FIRE);
        assertThat(EmergencyPolicy.cued("楼下着火了，你们马上来")).contains(Emergency.FIRE);
    }

    @Test
    void aDiagnosisAskedAboutADebtsWeightAFireWaitedForAndAPastCollapseSuggestedAboutAreNoDanger() {
        assertThat(EmergencyPolicy.assess("我在水泥厂干了八年，现在喘不上气，医院说可能是尘肺，职业病诊断要去哪里做")).isEmpty();
        assertThat(EmergencyPolicy.assess("房子到现在不交房，每个月房贷加房租压得喘不过气，气死人了")).isEmpty();
        assertThat(EmergencyPolicy.assess("楼道飞线充电严重得很，跟物业说了好多次，难道要等起火了才管？")).isEmpty();
        assertThat(EmergencyPolicy.assess("前天下午广场上有个婆婆晕倒，等了二十分钟救护车才到，建议广场配个AED除颤仪")).isEmpty();
        assertThat(EmergencyPolicy.assess("请问残疾证咋个办理？我爸中风后半边身子动不了，要去哪里做评定")).isEmpty();
        assertThat(EmergencyPolicy.assess("工业园那边一到晚上就有股刺鼻的化学味道，像烧塑料，窗户都不敢开")).isEmpty();
        assertThat(EmergencyPolicy.assess("办个社保转移跑了五趟，再这样下去我真的要跳楼了")).isEmpty();
        // breathless now, a fire now, a collapse now, a stroke's signs now still warn
        assertThat(EmergencyPolicy.cued("我爸突然喘不上气，嘴唇发紫，快叫120")).contains(Emergency.PERSON_COLLAPSED);
        assertThat(EmergencyPolicy.cued("楼道飞线充电的电瓶车起火了，烟好大")).contains(Emergency.FIRE);
        assertThat(EmergencyPolicy.cued("广场上有个婆婆晕倒了，喊不答应")).contains(Emergency.PERSON_COLLAPSED);
        assertThat(EmergencyPolicy.cued("我妈刚刚说话说不清楚，半边身子动不了")).contains(Emergency.PERSON_COLLAPSED);
    }

    @Test
    void aDanceTillTenAFeeToJumpOverAFireYearsAgoAHoleToCoverAndAStallWithoutAPermitAreNoDanger() {
        assertThat(EmergencyPolicy.assess("小广场每天晚上跳坝坝舞，音响开得震天响，要跳到十点过，我们老年人也要休息嘛。")).isEmpty();
        assertThat(EmergencyPolicy.assess("养老保险补缴又涨了，一年要一万多，我要跳楼了！有没有分期或者少交的办法？")).isEmpty();
        assertThat(EmergencyPolicy.assess("江边那个化工厂前几年爆炸过一回，现在说又要扩建了，想问环评公示在哪里看")).isEmpty();
        assertThat(EmergencyPolicy.assess("失火那栋楼的受灾户，房子烧得住不了了，民政有没有临时安置？")).isEmpty();
        assertThat(EmergencyPolicy.assess("院子外头在搞燃气管网改造，路挖开半个月没回填，进出很不方便，好久完工？")).isEmpty();
        assertThat(EmergencyPolicy.assess("人行道上有个井盖不见了，一个黑洞洞，旁边就是小学，麻烦赶紧派人来盖上。")).isEmpty();
        assertThat(EmergencyPolicy.assess("有个人在路边摆摊卖烟花爆竹，没得许可证，东西就堆在太阳底下。")).isEmpty();
        // someone about to jump, a fire now, a cut gas pipe, a child down a manhole still warn
        assertThat(EmergencyPolicy.cued("有个人要跳到河里去，站在桥边上了")).contains(Emergency.SUICIDE_ATTEMPT);
        assertThat(EmergencyPolicy.cued("那栋楼失火了，楼上还有人")).contains(Emergency.FIRE);
        assertThat(EmergencyPolicy.cued("挖掘机把燃气管子挖断了，呲呲地喷气")).contains(Emergency.GAS_LEAK);
        assertThat(EmergencyPolicy.assess("井盖不见了，有个娃娃掉进井里了，快来人")).contains(Emergency.TRAPPED);
        assertThat(EmergencyPolicy.assess("天哪对面楼有个人挂在窗子外面，手抓起空调外机的，要掉下来了")).isPresent();
    }

    @Test
    void aTicketHardToGetAFireAskedAboutAThreatWhenDrivenToItAndAFactorysNightSmellAreNoDanger() {
        assertThat(EmergencyPolicy.assess("建议巴中到成都的动车多开几班早上的车，现在早上那班根本抢不到票。")).isEmpty();
        assertThat(EmergencyPolicy.assess("有人从四楼窗户吊根插线板下来给电瓶车充电，晚上楼道全是电瓶车，着火了咋个跑？")).isEmpty();
        assertThat(EmergencyPolicy.assess("工资还是没给，我们十几个工人明天准备去住建局门口坐起，逼急了只有去跳楼了，你们管不管嘛！")).isEmpty();
        assertThat(EmergencyPolicy.assess("那个化工厂这几天晚上排气，一股刺鼻的臭鸡蛋味，窗子关起都闻得到，喉咙痛。")).isEmpty();
        // a robbery, a fire and a jump happening now still warn
        assertThat(EmergencyPolicy.cued("有人在抢我的包，现在还在追")).contains(Emergency.CRIME_IN_PROGRESS);
        assertThat(EmergencyPolicy.cued("楼道里电瓶车着火了，烟好大")).contains(Emergency.FIRE);
        assertThat(EmergencyPolicy.cued("工人站在塔吊上，说逼急了就跳下去")).contains(Emergency.SUICIDE_ATTEMPT);
        assertThat(EmergencyPolicy.assess("欠了我半年工资，再不给我都想去爬塔吊了，说起耍的哈，就是想问下咋个申请劳动仲裁")).as("said in jest").isEmpty();
    }

    @Test
    void aBanquetsPoisoningAndAnOldManWalkedOutInTheRainWarnAHeatersFearAndAFiresAftermathDoNot() {
        assertThat(EmergencyPolicy.assess("来电人反映：聚福楼酒楼午宴疑似集体食物中毒，目前已有二十余人呕吐腹泻，现场仍有人不适，请求120到场。"))
                .contains(Emergency.POISONING);
        assertThat(EmergencyPolicy.assess("养老院有个认知障碍的老人半个小时前自己走出去了，穿得单薄，外头在下雨，请帮忙报警找人！"))
                .contains(Emergency.MISSING_PERSON);
        assertThat(EmergencyPolicy.assess("买的燃气热水器打火的时候'嘭'一声，怕是要爆炸哦，商家不给换。")).isEmpty();
        assertThat(EmergencyPolicy.assess("5栋着火以后，楼道里那些电线还是乱搭乱接的，物业根本没整改，怕又出事。")).isEmpty();
        assertThat(EmergencyPolicy.assess("老板欠我工资半年了，逼得我跳楼的心都有了，你们到底管不管？")).isEmpty();
        assertThat(EmergencyPolicy.assess("污水井一直往外冒水，臭得很，流了一街，走路都要跳着走。")).isEmpty();
        // a poisoning asked about after it and a walk taken are none
        assertThat(EmergencyPolicy.assess("上个月单位食堂集体食物中毒，好多人呕吐，现在想问赔偿找哪个")).isEmpty();
        assertThat(EmergencyPolicy.assess("我爸每天早上自己走出去散步，想问社区有没有老年活动室")).isEmpty();
    }

    @Test
    void anOldManSearchedForWarnsAPipeIntoTheRiverACableRunOutAFearOfFireTheNewsAndABarbecuesCharcoalDoNot() {
        assertThat(EmergencyPolicy.assess("我外公有老年痴呆，四十分钟前自己出门了，到处找都没找到，快帮忙找下人！"))
                .contains(Emergency.MISSING_PERSON);
        assertThat(EmergencyPolicy.assess("河边有根管子一直往河里排黑水，泡沫好多，臭得很。")).isEmpty();
        assertThat(EmergencyPolicy.assess("3栋有人从窗子拉根电线下来给电瓶车充电，一排车充起，线就搭在地上。")).isEmpty();
        assertThat(EmergencyPolicy.assess("小区电瓶车天天在楼下充电，最近新闻好多电瓶车起火的，能不能管一下。")).isEmpty();
        assertThat(EmergencyPolicy.assess("安全出口被商铺堆了货锁起了，真着火了人都跑不出去，物业不管。")).isEmpty();
        assertThat(EmergencyPolicy.assess("夜市一家烧烤露天烧炭，烟雾很大，周边住户意见很大。")).isEmpty();
        assertThat(EmergencyPolicy.assess("村上那条斗渠垮了十来米，水全部漫到路上去了，请镇上派人来看下。")).isEmpty();
        assertThat(EmergencyPolicy.assess("菜市场外头阴沟又漫出来了，黑水流到人行道上，麻烦派人来疏通。")).isEmpty();
        assertThat(EmergencyPolicy.assess("桥下面那个流浪老人还在，今天下大雨，他缩在桥墩边上，请救助站来看下。")).isEmpty();
        assertThat(EmergencyPolicy.assess("楼下清吧低音炮震得我屋头杯子都在跳，我老汉心脏不好，遭不住。")).isEmpty();
        // charcoal in a closed room, a fire in a charging shed now, water into homes from a ditch still warn
        assertThat(EmergencyPolicy.assess("隔壁屋头关起门烧炭，人喊不应了")).isPresent();
        assertThat(EmergencyPolicy.cued("楼下电瓶车充电的棚子着火了，烟子冒起来了")).contains(Emergency.FIRE);
        assertThat(EmergencyPolicy.cued("渠垮了，水已经漫进屋头了，一楼全淹了")).contains(Emergency.FLOODING);
    }

    @Test
    void aConfusedGrandmotherLostWarnsANearMissGamblingAFirePutOutASmellTracedAndACampaignOfBurningDoNot() {
        assertThat(EmergencyPolicy.assess("我婆婆走丢了，脑壳不清醒，认不到路，就是火花那边的，能不能帮忙调下监控？"))
                .contains(Emergency.MISSING_PERSON);
        assertThat(EmergencyPolicy.assess("我妈有老年痴呆，前两年走丢过一回，想问下有没有便宜点的托养机构？")).isEmpty();
        assertThat(EmergencyPolicy.assess("我爸糊涂了，经常走丢，听说社区有防走失手环，在哪里领？")).isEmpty();
        assertThat(EmergencyPolicy.assess("嘉禾路那个十字路口红绿灯坏了，一直在闪黄灯，刚才差点撞起了。")).isEmpty();
        assertThat(EmergencyPolicy.assess("我们单元楼道的水管破了，一直在滴水，楼梯上滑得很，物业说明天才来修。")).isEmpty();
        assertThat(EmergencyPolicy.assess("有个茶楼聚众赌博，现在都还在打，门口有人望风。")).isEmpty();
        assertThat(EmergencyPolicy.assess("又在排了，现在就在排！那个厂后头的管子哗哗流，快点喊人来取样嘛。")).isEmpty();
        assertThat(EmergencyPolicy.assess("昨天晚上三楼有户人家里着火了，消防已经来灭了，现在楼道都熏黑了，物业也不来打扫。")).isEmpty();
        assertThat(EmergencyPolicy.assess("对面山坡上有人在烧田坎上的草，在冒烟，火不大，他们自己守起的，现在是防火期，管一下嘛。")).isEmpty();
        assertThat(EmergencyPolicy.assess("小区外头有股怪味，有点像燃气味，后来闻到是那边垃圾中转站飘过来的。")).isEmpty();
        assertThat(EmergencyPolicy.assess("桥洞下面又有人睡起了，是个四十来岁的男的。")).isEmpty();
        assertThat(EmergencyPolicy.assess("楼道里好多电瓶车在充电，楼道又窄，着火了都跑不脱，新闻上电瓶车着火的事那么多。")).isEmpty();
        // a fight in a gambling den, a brick on a head, a gas smell with no other source, a stream seen online still warn
        assertThat(EmergencyPolicy.cued("茶楼里头赌博的打起来了，有人拿刀砍人，满地是血")).contains(Emergency.VIOLENCE);
        assertThat(EmergencyPolicy.assess("单元门口有人喝醉了拿砖头砸人，已经有个人脑壳遭砸破了，还在闹")).contains(Emergency.VIOLENCE);
        assertThat(EmergencyPolicy.cued("楼道里一股燃气味，好像是三楼那家飘出来的")).contains(Emergency.GAS_LEAK);
        assertThat(EmergencyPolicy.assess("我在网上看到有人直播说要跳楼，定位就是我们小区，18栋楼顶，人现在还在上面")).isPresent();
        assertThat(EmergencyPolicy.cued("刚才过马路的时候一个老人被车撞倒了，躺在地上不动")).isPresent();
    }

    @Test
    void aHopOverSewageADrillALiftFailingOftenAnAnimalInADitchARepairAndAFallLastWeekAreNoDanger() {
        assertThat(EmergencyPolicy.assess("路边那个下水井盖往外头冒黑水，冒了两天了，臭得遭不住，走路都要跳起走。")).isEmpty();
        assertThat(EmergencyPolicy.assess("刚才路过学校看到操场上在冒烟，一群学生在跑，后来问保安说是消防演练。")).isEmpty();
        assertThat(EmergencyPolicy.assess("同康医院急诊科那个男医生凶得很，我老汉儿胸口痛喊他快点，他说急啥子急，排起。")).isEmpty();
        assertThat(EmergencyPolicy.assess("我屋头的牛掉到沟里头了，腿好像卡到了，爬不起来，能不能喊人来帮忙拉一下？")).isEmpty();
        assertThat(EmergencyPolicy.assess("河上那个人行小桥栏杆断了一大截，桥面板也翘起来了，赶紧找人来修嘛。")).isEmpty();
        assertThat(EmergencyPolicy.assess("天悦府3栋电梯近期频繁故障、多次困人，怀疑维保单位未按规定保养。")).isEmpty();
        assertThat(EmergencyPolicy.assess("天悦府3栋电梯又停了，三十几楼，腿都爬断了，咋个还没人管！")).isEmpty();
        assertThat(EmergencyPolicy.assess("上礼拜我们工地有个工人从架子上摔下来，现在在医院躺起，老板垫了两千医药费就不管了，后续咋个办？")).isEmpty();
        // someone on a ledge, a drill that turned into a fire, people trapped in a lift now, a dog drowning beside a child still warn
        assertThat(EmergencyPolicy.assess("有个女的站在楼顶边边上，说要跳下去，快来人！")).contains(Emergency.SUICIDE_ATTEMPT);
        assertThat(EmergencyPolicy.cued("电梯卡在十二楼了，里头关了两个老人，按铃没人应")).contains(Emergency.TRAPPED);
        assertThat(EmergencyPolicy.cued("一个娃儿掉到河里头了，在水里挣扎")).contains(Emergency.DROWNING);
    }

    @Test
    void praiseAStoneCrusherARuseAFigureOfSpeechASlopeDaysOldAndAHazardAreNoDanger() {
        assertThat(EmergencyPolicy.assess("表扬一下5路公交的师傅，前天车上有个大爷晕倒了，他直接开去医院，人救过来了。")).isEmpty();
        assertThat(EmergencyPolicy.assess("感谢物业的小李，我屋头水管爆了，他半夜来帮忙关阀门。")).isEmpty();
        assertThat(EmergencyPolicy.assess("河边那个石场半夜还在打石头，轰隆隆的，一晚上睡不着。")).isEmpty();
        assertThat(EmergencyPolicy.assess("那几个人上门换燃气软管，吓我妈说不换要爆炸，收了四百块。")).isEmpty();
        assertThat(EmergencyPolicy.assess("那个窗口的人态度差得很，急得我差点晕过去。")).isEmpty();
        assertThat(EmergencyPolicy.assess("上学期我娃娃在学校被同学拿小刀划了手，流了好多血，学校到现在都没处理。")).isEmpty();
        assertThat(EmergencyPolicy.assess("村道边坡垮了一块，泥巴堆在路上好几天了，只过得了一个车。")).isEmpty();
        assertThat(EmergencyPolicy.assess("我们村那个抽水站坏了没人修，几十亩田等水救命。")).isEmpty();
        assertThat(EmergencyPolicy.assess("地下车库有人囤了好多箱烟花，里头还有人抽烟，吓人得很。")).isEmpty();
        assertThat(EmergencyPolicy.assess("路口那个井盖子松了，车子压过去哐当响，骑摩托的怕要遭翻。")).isEmpty();
        assertThat(EmergencyPolicy.assess("楼梯间停满了电瓶车，插线板拖到地上，昨晚上闻到一股焦糊味，还好没出事。")).isEmpty();
        assertThat(EmergencyPolicy.assess("健身房老板跑了！卷帘门拉起的，会员都堵在门口，有充了两万的。")).isEmpty();
        assertThat(EmergencyPolicy.assess("刘大爷屋头墙壁又裂了几道缝，人还住在里头，帮他找个地方住嘛。")).isEmpty();
        // a slope sliding now, a fight with a knife in a stone yard, a real collapse still warn
        assertThat(EmergencyPolicy.cued("后山边坡在往下垮，石头滚下来了，快来人")).contains(Emergency.LANDSLIDE);
        assertThat(EmergencyPolicy.cued("石场两个工人打起来了，有个拿起刀在砍，地上都是血")).contains(Emergency.VIOLENCE);
        assertThat(EmergencyPolicy.cued("车库里头着火了，里面还有人出不来")).isPresent();
    }

    @Test
    void aRumourAParkingSpaceNotFoundAndWasteBurntAreNoDangerButTheThingsThemselvesAre() {
        assertThat(EmergencyPolicy.assess("娃儿回来说同学群里传学校门口有人拿刀砍学生，吓得不敢上学，我去问了没这回事，想问下是不是谣言")).isEmpty();
        assertThat(EmergencyPolicy.assess("学校门口有人拿刀砍学生，快来人！")).contains(Emergency.VIOLENCE);
        assertThat(EmergencyPolicy.assess("医院停车场太小了，开车来看病转半个钟头找不到车位，门口又不准停")).isEmpty();
        assertThat(EmergencyPolicy.assess("我娃娃在商场门口半个钟头前找不到了，到处都找了没找到")).contains(Emergency.MISSING_PERSON);
        assertThat(EmergencyPolicy.assess("石桥那边有个小作坊晚上在烧废塑料，黑烟子冒起好高，臭得很")).isEmpty();
        assertThat(EmergencyPolicy.assess("石桥那边有个小作坊着火了，黑烟子冒起好高，里头还有人")).contains(Emergency.FIRE);
    }

    @Test
    void anOutageAPraiseAskedForAndLearningFirstAidAreNoDanger() {
        assertThat(EmergencyPolicy.assess("喂，我们锦华苑从昨天晚上就莫得水了，水龙头一滴都不出，娃娃要洗澡饭也煮不成，问物业也说不晓得")).isEmpty();
        assertThat(EmergencyPolicy.assess("来电人反映：上周六晚其所在小区地下车库一辆汽车自燃，消防救援站几分钟内到场将火扑灭。诉求：对消防救援人员提出表扬。"))
                .isEmpty();
        assertThat(EmergencyPolicy.assess("想问一下哪里可以学心肺复苏和AED怎么用，万一家里老人突然倒了我也好会处理。")).isEmpty();
        assertThat(EmergencyPolicy.assess("我们在给他做心肺复苏，人没得反应了，快叫120！")).contains(Emergency.PERSON_COLLAPSED);
    }

    @Test
    void aFireOutOfHandBesideStrawIsAFireAndHazardsDinAndThanksAreNot() {
        assertThat(EmergencyPolicy.assess("我们蔬菜大棚烧起来了，火很大，风往村子那边吹，旁边还堆着好多秸秆，已经有两个棚子着了，请马上派消防车！"))
                .contains(Emergency.FIRE);
        assertThat(EmergencyPolicy.assess("村头有人在田里烧秸秆，烟子好大，熏得我们窗子都开不了")).isEmpty();
        assertThat(EmergencyPolicy.assess("我们那个楼道头电瓶车停得满起满起的，插板拖得到处都是，外地就是这样烧死过人的，吓人得很")).isEmpty();
        assertThat(EmergencyPolicy.assess("我住在工地对面，这个点了还在轰起搞，机器声音大得很，娃娃都吓醒了在哭")).isEmpty();
        assertThat(EmergencyPolicy.assess("商业广场四楼美食街有几家餐馆后厨在用液化气罐，商场里头不是不准用瓶装气吗？")).isEmpty();
        assertThat(EmergencyPolicy.assess("来电人表扬：昨晚桂香路电线断落冒火花，供电公司抢修人员半小时内到场断电处置，来电人对抢修人员表示感谢。")).isEmpty();
    }

    @Test
    void aKindergartenShutALiftThatTrappedSomeoneThisMorningAndASavedGrandfatherAreNoDangerButAChildInALiftIs() {
        assertThat(EmergencyPolicy.assess("东兴那个小太阳说关就关了，钱一分都不退，明天娃娃送到哪里去都不晓得，你们管一哈嘛。")).isEmpty();
        assertThat(EmergencyPolicy.assess("停车场那辆白色小车里锁了个娃娃，一直在哭，找不到车主")).contains(Emergency.CHILD_LOCKED_IN_CAR);
        assertThat(EmergencyPolicy.assess("我们那栋楼的电梯门一关就不动了，今天早上还关了个人在里头一二十分钟，吓死人了，物业说搞不赢修。")).isEmpty();
        assertThat(EmergencyPolicy.assess("电梯关了个娃娃在里头，卡在十二楼和十三楼中间，娃娃一直在哭，快点喊人来")).contains(Emergency.TRAPPED);
        assertThat(EmergencyPolicy.assess("上个礼拜四晚上我爷爷在屋头晕倒，打了120等了四十多分钟车才来，好在人抢救过来了。我就是想反映下出车太慢。"))
                .isEmpty();
        assertThat(EmergencyPolicy.assess("上周我们店隔壁起火，消防队几分钟就到了，很快把火扑灭，我想表扬一下消防救援站的同志们。")).isEmpty();
        assertThat(EmergencyPolicy.assess("上西坝那个桥洞下面，住了一家三口在那搭棚子，还有个小娃娃，能不能帮他们找个地方住？")).isEmpty();
    }

    @Test
    void aCarerWhoDoesNotAnswerIsNoCollapseButAPersonWhoDoesNotIs() {
        assertThat(EmergencyPolicy.assess("我妈住在康乐颐养院，尿不湿一天都莫人换，屁股都捂烂了，喊护工半天喊不应，一个月交三千多。")).isEmpty();
        assertThat(EmergencyPolicy.assess("开发商喊不应，物业也不管，我们这个房子到底好久交？")).isEmpty();
        assertThat(EmergencyPolicy.cued("春熙路这儿有个老大爷突然倒在地上，喊不应，嘴唇都乌了")).contains(Emergency.PERSON_COLLAPSED);
        assertThat(EmergencyPolicy.cued("隔壁床的老爷爷从床上摔下来，现在叫不应，好像没得呼吸了")).contains(Emergency.PERSON_COLLAPSED);
    }

    @Test
    void aLiftThatLetItsPassengerOutStairsClimbedAndWireBurntForCopperAreNoDangerButAManWhoDoesNotAnswerIs() {
        assertThat(EmergencyPolicy.assess("温江柳岸华庭5栋的电梯今天早上关人了，关了二十多分钟才放出来，现在门一直关不严实，物业说问题不大。")).isEmpty();
        assertThat(EmergencyPolicy.assess("悦府2栋那个电梯还是停起的，我婆婆脚杆不好，二十三楼咋个爬嘛，物业就晓得说等等等，搞得人冒火得很。")).isEmpty();
        assertThat(EmergencyPolicy.assess("唐昌镇白鹤村有个废品回收站，天黑了就在院子里烧电线皮，黑烟子大得很，晚上根本没法开窗。")).isEmpty();
        assertThat(EmergencyPolicy.assess("桥洞底下有个流浪的老头，穿得很少，今天早上好冷，我喊他好久都不答应，身上冰冷的，是不是要喊120？"))
                .contains(Emergency.PERSON_COLLAPSED);
        assertThat(EmergencyPolicy.assess("电梯关了个娃娃在里头，卡在十二楼和十三楼中间，娃娃一直在哭，快点喊人来")).contains(Emergency.TRAPPED);
    }

    @Test
    void aBurstHeardOfAndATapThatGivesNothingAreNoDangerButABurstSeenIs() {
        assertThat(EmergencyPolicy.assess("喂，我们北湖雅居这边从早上六点过就莫得水了，水龙头拧开一滴都不出来。听说是外头路上水管爆了，到底好久来水嘛？")).isEmpty();
        assertThat(EmergencyPolicy.assess("我们小区水龙头拧开一滴都莫得，屋头还有个瘫在床上的老人，物业说在修管子，啥子时候修得好也不晓得，急得很。")).isEmpty();
        assertThat(EmergencyPolicy.cued("小区门口的自来水管爆了，水柱冲起两三米高，路上全是水")).contains(Emergency.BURST_MAIN);
    }

    @Test
    void aGroupBeatingSomeoneNowIsViolenceButALeakDeniedCprLearntAndAFactorysSmellAreNot() {
        assertThat(EmergencyPolicy.assess("北城那条烧烤街上现在有几个人在打一个小伙子，拿板凳砸，地上都有血了，你们快点帮我转110！")).contains(Emergency.VIOLENCE);
        assertThat(EmergencyPolicy.assess("几个人在打牌，吵得很")).isEmpty();
        // a stool put over a missing cover is no weapon
        assertThat(EmergencyPolicy.assess("江东北路农贸市场对面人行道上有个井盖不见了，一个大洞，有人拿个烂凳子挡起的，晚上看不见要掉下去的。")).isEmpty();
        assertThat(EmergencyPolicy.assess("燃气公司的人上门说必须买他们的燃气报警器，398一个，不买就不给安检签字。我家现在没漏气，就是想问这个是不是强制的？")).isEmpty();
        assertThat(EmergencyPolicy.assess("有人漏气了，一股味道，快来人")).contains(Emergency.GAS_LEAK);
        assertThat(EmergencyPolicy.assess("我们小区老人多，我一直担心万一哪个突然心脏骤停、没呼吸了，等120来就来不及了。建议在小区门口和社区活动室装AED，再组织居民学一下心肺复苏。")).isEmpty();
        assertThat(EmergencyPolicy.assess("我爸倒在地上了，邻居正在给他做心肺复苏")).contains(Emergency.PERSON_COLLAPSED);
        assertThat(EmergencyPolicy.assess("上周六我父亲在家突发心梗晕倒，蓬安县120的急救人员十分钟就到了，现场抢救很专业，现在已经脱离危险，特地打电话表扬他们。")).isEmpty();
        assertThat(EmergencyPolicy.assess("罗汉街道这边一到晚上十点过就有一股烧塑料的臭味，窗子都不敢开，闻得喉咙痛，好像是那边新开的塑料厂。")).isEmpty();
        // a lift button that does not answer is no person who does not
        assertThat(EmergencyPolicy.assess("金沙湾9栋的电梯按钮坏了好几个，按12楼没反应，要按两三回，物业报了修也没人来，麻烦催一下。")).isEmpty();
    }

    @Test
    void aWorksSmokeCprTrainingALiftDoorThatWillNotCloseAndAPassengerFreedDoNotWarn() {
        assertThat(EmergencyPolicy.assess("我们三家镇金竹村旁边新开了个沥青搅拌站，一开工就冒黑烟，一股沥青味，晚上也在搞，想请环保的来看一下它有没有手续。")).isEmpty();
        assertThat(EmergencyPolicy.assess("楼下一户人家厨房起火了，窗子里头在往外冒黑烟，楼上还有人没下来")).contains(Emergency.FIRE);
        assertThat(EmergencyPolicy.assess("我家有高血压的老人，万一在家突然晕倒没呼吸了我都不晓得咋个救。社区有没有心肺复苏培训？小区能不能配个AED？")).isEmpty();
        assertThat(EmergencyPolicy.assess("御景湾小区2栋的电梯这两天老是关门关不拢，停在半层晃一下又走，吓死人了，请物业赶紧检修。")).isEmpty();
        assertThat(EmergencyPolicy.assess("2栋电梯停在半层，里面关了个老人出不来，快来人")).contains(Emergency.TRAPPED);
        assertThat(EmergencyPolicy.assess("来电人反映：金牛区抚琴街道金桂苑小区11栋1单元电梯今晨发生困人，人员已由维保人员救出，无人受伤；该电梯使用近二十年。诉求：物业尽快申请维修资金更换电梯。")).isEmpty();
        assertThat(EmergencyPolicy.assess("又来了，现在晚上快十一点，空气里一股焦胶皮味，头都闻昏了。我家在石桥社区，风一吹过来就是那个厂的方向。")).isEmpty();
    }

    @Test
    void aCallThatAsksInNoHurryForSomeoneToComeIsNoDangerButOneThatSaysHowFastIs() {
        assertThat(EmergencyPolicy.assess("我们家灶房里钻进来一条好大的蛇，有手腕粗，躲在柴堆里不出来，屋头有老人娃娃，能不能来个人捉一下？")).isEmpty();
        assertThat(EmergencyPolicy.assess("玉林南路一个公交站旁边的路灯杆子歪起了，底座都锈穿了，风一吹就晃，麻烦派人来看下")).isEmpty();
        assertThat(EmergencyPolicy.assess("宣汉汽车站门口有个老婆婆在那里坐了一下午了，问她屋在哪里说不清楚，好像是走丢了，能不能帮她找下家人。")).isEmpty();
        // the same asked with the hurry of a danger
        assertThat(EmergencyPolicy.assess("我爸有老年痴呆，一个钟头前在建设路菜市场跟我走散了，穿的蓝色夹克，手机也没带，到处找不到，求你们帮忙通知一下")).isPresent();
    }

    @Test
    void aValveShutAPassengerFreedAPastShortAndAStuffyBusAreNoDangerButALiveBurstAndAManNotBreathingAre() {
        assertThat(EmergencyPolicy.assess("桂香苑5栋2单元楼道里的水管爆了，我们这个单元只好关了总阀，家里没得水用，物业说要明天才有师傅来换管子。")).isEmpty();
        assertThat(EmergencyPolicy.assess("5栋楼道里的水管爆了，水一直往屋头灌，总阀关不到，快来人")).isPresent();
        // a valve shut and the smell still there: still a leak
        assertThat(EmergencyPolicy.assess("来电人称其家中燃气表后面的软管好像裂开了，闻到很大气味，已经关了总阀但还是有味道，家里有两个老人，问怎么办。"))
                .isPresent();
        assertThat(EmergencyPolicy.assess("来电人反映：锦悦华庭3栋1单元电梯今早发生困人，被困人员约十分钟后已救出，目前电梯停用，物业称系门机故障。诉求：督促物业尽快检修并全面排查。")).isEmpty();
        assertThat(EmergencyPolicy.assess("松鹤养老院前天晚上二楼有个插座短路冒烟，当时工作人员马上断电处理了，没人受伤。但我担心线路老化，希望有关部门去查一下消防安全。")).isEmpty();
        assertThat(EmergencyPolicy.assess("长湾村那个塑料厂晚上冒烟的事之前有人反映过，我说的是另一个问题：厂子后面有根管子直接往小河沟里排黑水，河沟里的鱼都死了。")).isEmpty();
        // breathless from a crowded bus is a figure of speech, whatever the learned likelihood says
        assertThat(EmergencyPolicy.assess("52路公交车上的空调一直不开，今天三十几度，车上挤满了人，闷得喘不过气，司机说空调坏了，坏了为啥子还要上路跑？")).isEmpty();
        assertThat(EmergencyPolicy.assess("上周三我爸在家里突然晕倒，打了120等了快四十分钟车才到，现在人已经出院了，我想反映一下急救车来得太慢的问题。")).isEmpty();
        assertThat(EmergencyPolicy.assess("歧坪那边修路的施工队把水沟埋了，到现在也没人挖开，我家三亩稻子叶子都开始卷了。")).isEmpty();
        assertThat(EmergencyPolicy.assess("工地上塌方了，有个工人被埋了，快来救人")).contains(Emergency.TRAPPED);
        // a man sleeping rough for days is the shelter's; one who does not answer or breathe is 120's
        assertThat(EmergencyPolicy.assess("廊桥底下那个老头儿在那儿睡了好几天了，身上脏得很，这几天下雨淋起，看起造孽得很，说话也说不清楚，你们看能不能帮一下。")).isEmpty();
        assertThat(EmergencyPolicy.assess("涪江边上那个桥洞下面，有个流浪的老头躺起不动，喊他也不应，好像没呼吸了，天又热，快点派人来看一下！"))
                .contains(Emergency.PERSON_COLLAPSED);
        assertThat(EmergencyPolicy.assess("我住临街那栋三楼，楼下那家店的排烟管正对着我们卧室窗户，一到晚上屋里全是烤肉味，窗户都不敢开，老人咳嗽一晚上。")).isEmpty();
    }

    @Test
    void aDrillToldOfLaterAScammersThreatAFallOnABusAndALiftLeftByItsPassengerDoNotWarn() {
        assertThat(EmergencyPolicy.assess("今天下午娃娃回来说学校里冒烟、警报一直响，全校都跑到操场上，吓得哭。后来才晓得是消防演练，放的是烟雾弹。演练是好事，但希望学校提前跟家长说一声。")).isEmpty();
        assertThat(EmergencyPolicy.assess("刚才有两个穿工作服的人来敲门，说是燃气公司的，说我家管子老化了随时可能爆炸，喊我必须买他们八百块的报警器。我没买，这个是不是骗人的？")).isEmpty();
        assertThat(EmergencyPolicy.assess("今天中午坐12路，司机一路上都在打电话，在炳草岗那段一个急刹车，我婆婆没站稳摔了一跤，手肘都擦破了，司机连问都没问一声。")).isEmpty();
        assertThat(EmergencyPolicy.assess("蜀锦华庭5栋的电梯今天中午卡在十一楼了，里面的人已经自己出来了，现在电梯停用，物业说要叫维保来看，想问一下多久能修好。")).isEmpty();
        assertThat(EmergencyPolicy.assess("上周六晚上我父亲在家突发脑梗，打了120，等了四十多分钟救护车才到，现在人还在ICU。我想反映一下，县城里头急救车为啥子这么慢？")).isEmpty();
        assertThat(EmergencyPolicy.assess("三里坪这边新开了个搅拌站，灰大得很，路上全是泥浆，车子开过去雾蒙蒙的，旁边就是幼儿园。")).isEmpty();
        // the same words of a danger, now
        assertThat(EmergencyPolicy.assess("学校实验楼着火了，浓烟往外冒，还有学生在里面，快来人")).contains(Emergency.FIRE);
        assertThat(EmergencyPolicy.assess("搞消防演练的时候实验楼真的着火了，浓烟往外冒，快点来人")).contains(Emergency.FIRE);
        assertThat(EmergencyPolicy.assess("电梯卡在十一楼了，里面关了个老人出不来，快来人")).contains(Emergency.TRAPPED);
    }

    @Test
    void aClimbOutOfBreathASmellNotSmeltAnEmptyLiftAndPityForASleeperDoNotWarn() {
        assertThat(EmergencyPolicy.assess("我们小区停水两天了，我住二十楼，老人家腿脚不好，天天提桶下楼打水，爬得喘不过气，物业电话打过去莫得人接。")).isEmpty();
        assertThat(EmergencyPolicy.assess("有人上门说是燃气公司的，说必须装燃气报警器，不装就停气，我家没有闻到漏气，就想问下这个是不是强制的？")).isEmpty();
        assertThat(EmergencyPolicy.assess("2栋的电梯今天下午又坏了，卡在9楼不动，还好里面没人，物业说是门机坏了，希望尽快修好。")).isEmpty();
        assertThat(EmergencyPolicy.assess("河坝边上桥底下那个老大爷还在那儿，问他屋在哪里也说不清楚，晚上冷得很，好造孽哦。")).isEmpty();
        // the same words of a danger, now
        assertThat(EmergencyPolicy.assess("我爸爬了两层楼梯突然喘不过气，脸都紫了，快来人")).contains(Emergency.PERSON_COLLAPSED);
        assertThat(EmergencyPolicy.assess("楼道里燃气味好大，像是哪家在漏气")).contains(Emergency.GAS_LEAK);
        assertThat(EmergencyPolicy.assess("电梯卡在9楼不动，里面还有人在拍门喊")).contains(Emergency.TRAPPED);
    }
}
