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

        /**
         * A danger to a person's body or life that often recurs (a beating at home, a suicide attempt, poison, a sick
         * person's collapse) and a gas smell, however long it has lasted: that it keeps happening ("天天打我", "经常说不想活了",
         * "煤气味好几天了") makes it no less urgent today. A lift that traps people every week is a maintenance complaint.
         */
        boolean toAPerson() {
            return TO_A_PERSON.contains(kind);
        }
    }

    private static final java.util.Set<Emergency> TO_A_PERSON = java.util.EnumSet.of(Emergency.VIOLENCE, Emergency.SUICIDE_ATTEMPT,
            Emergency.PERSON_COLLAPSED, Emergency.POISONING, Emergency.GAS_LEAK, Emergency.MISSING_PERSON);

    private static Cue cue(Emergency kind, String regex) {
        return new Cue(kind, Pattern.compile(regex), switch (kind) {
            case FIRE -> NOT_A_FIRE_UNLESS_SPREADING;
            case BURST_MAIN -> NOT_A_BURST_MAIN;
            case FLOODING -> NOT_A_FLOOD;
            case DROWNING -> NOT_DROWNING;
            case SUICIDE_ATTEMPT -> A_THREAT_TO_BE_HEARD;
            case GAS_LEAK -> NOT_GAS;
            case PERSON_COLLAPSED -> LIVING_ROUGH;
            case MISSING_PERSON -> NOT_MISSING;
            case VIOLENCE -> GAMBLING;
            case CHILD_LOCKED_IN_CAR -> NO_CAR;
            default -> NEVER;
        });
    }

    // one clause of what a caller says: no sentence end inside
    private static final String C = "[^。！？!?；;]";

    // a cry for help, not the money or medicine one lives on (救命钱, 救命药) nor a last hope (救命稻草)
    private static final String RESCUE = "(?<![水钱粮雨])救命(?!钱|药|稻草|的钱|水)";

    // 抢 as robbing, not as rushing to save, repair or take a lane (抢救, 抢修, 抢道, 抢险, 抢购, 抢票, 抢先)
    private static final String GRAB = "抢(?!救|修|道|险|购|票|先|占|单|红包|不到|不赢|不过)";

    /**
     * Smoke from burning rubbish, straw (秸秆, 谷草, 稻草, a ban on burning it) or firewood, or a chimney, is pollution or a
     * welfare matter, not a fire.
     */
    private static final Pattern NOT_A_FIRE = Pattern.compile("焚烧|禁烧|秸秆|烧(谷|稻|麦)?草|烧[^。！？!?；;，,]{0,4}(田坎|荒|杂草)|火不大|(自己|有人)守(起|着)|烧麦秆|烧(生活)?垃圾|垃圾(堆|场|池|山)?(又|一直|天天|经常)?(在)?(烧|燃)|烧秸秆|烧塑料|烧废|烧轮胎|烧电缆|烧电线|烧柴|烧纸|烧落叶|烟囱|排放|偷排|(?<!抽)油烟(?!机)|烧烤|沥青|搅拌站|一开工");

    /** A clause with no car in it: a kindergarten shut ("说关就关了…明天娃娃送到哪里") locks no child in a car. */
    private static final Pattern NO_CAR = Pattern.compile("^[^车]*$");

    /**
     * A fire out of hand ("大棚烧起来了，火很大…已经有两个棚子着了，请马上派消防车"): straw or rubbish beside it makes it no
     * less a fire.
     */
    private static final Pattern SPREADING = Pattern.compile(
            "火(很|好|太|越来越|特别)?大|火势|消防车|蔓延|(两|几|好几|三)个[^，,。]{0,3}(着|烧)了|烧到[^，,。]{0,4}(房子|村子|屋|林|山)|窜到|往[^，,。]{0,4}(村子|房子)(那边)?(吹|烧)");

    private static final Pattern NOT_A_FIRE_UNLESS_SPREADING = Pattern.compile(
            "^(?![\\s\\S]*(?:" + SPREADING.pattern() + "))[\\s\\S]*?(?:" + NOT_A_FIRE.pattern() + ")");

    /**
     * A sewer or a sewage manhole overflowing ("污水井在冒水") is a blocked drain for the drainage office, not a burst
     * main to transfer.
     */
    private static final Pattern NOT_A_BURST_MAIN = Pattern.compile("(污水|下水道|化粪池|窨井|检查井|粪)" + "[^，,。！？!?；;]{0,6}(冒|漫|溢|涌|反)"
            // "听说是外头路上水管爆了": the caller has no water and heard why, and is not at the burst
            + "|听说[^，,。！？!?]{0,10}(爆|破)");

    /** Sewage up to a shop door or over the pavement, not into a home and not rising, is a drain to clear ("污水漫到店门口"). */
    private static final Pattern NOT_A_FLOOD = Pattern.compile("(污水|脏水|粪水|黑水|下水道|阴沟|排水沟)" + "[^。！？!?；;]{0,8}(漫|淹|流|冒)到"
            + "[^。！？!?；;，,]{0,4}(门口|人行道|路上|路面|路边|街上|马路)(?![^。！？!?；;]{0,12}(进屋|屋头|家里|一楼|涨))"
            // a field ditch broken, its water over the track: a repair for the township, not a flood ("斗渠垮了…水漫到路上")
            + "|(渠|堰|沟)[^。！？!?；;]{0,16}(漫|流|冒)到[^。！？!?；;，,]{0,6}(路上|路面|田里|地里|田坎)(?![^。！？!?；;]{0,12}(进屋|屋头|家里|一楼|涨))");

    /**
     * A smell like gas the caller has traced to something else ("后来闻到是那边垃圾中转站飘过来的"): a nuisance at its source,
     * not a leak.
     */
    private static final Pattern NOT_GAS = Pattern.compile("(原来是|是)[^。！？!?；;]{0,12}(垃圾|中转站|化粪池|下水道|阴沟|臭水沟|厕所|养殖场|猪圈)[^。！？!?；;]{0,4}(飘|传|散|冒)");

    /** Gambling still going on ("聚众赌博，现在都还在打") with no weapon, blood or cry for help: a report for the police, not a fight. */
    private static final Pattern GAMBLING = Pattern.compile("^(?=.*(赌博|赌钱|聚赌|打麻将|打牌))(?!.*(刀|棍|血|救命|砍|捅|伤|惨叫))");

    /** A tag, a watch or a habit asked about ("防走失手环", "经常走丢"): prevention, not a search under way. */
    /** Someone who has slept rough in one place for days ("老头儿在那儿睡了好几天了…说话也说不清楚"): the shelter's, not 120's. */
    private static final Pattern LIVING_ROUGH = Pattern.compile("(睡|住|待|呆|躺)(了)?(在)?(那儿|那里|这儿|这里|那|这)?(已经)?(好|十)(几|多)(天|个星期|个礼拜|个月)");
    private static final Pattern NOT_MISSING = Pattern.compile("防走失|手环|定位器|(经常|容易|老是)(走丢|走失|找不到路)|找不到(停)?(车位|位置|地方停)");

    /** A manhole cover or a road surface that has sunk is a road defect, not a person going under ("井盖沉下去了"). */
    private static final Pattern NOT_DROWNING = Pattern.compile("(井盖|路面|地面|路基|地砖)" + "[^。！？!?；;]{0,3}沉");

    private static final Pattern NEVER = Pattern.compile("(?!)");

    /**
     * "再不给我办我真的要跳楼了": a jump threatened to be heard over paperwork or money, with no edge anyone stands on in
     * the sentence, is a complaint said in anger; one said on a roof, a rail or a bridge is not.
     */
    private static final Pattern A_THREAT_TO_BE_HEARD = Pattern.compile(
            "^(?!.*(楼顶|天台|栏杆|窗台|窗子外|窗户外|桥上|桥边|楼边|外机|塔吊|站在|爬上|爬到|坐在|翻出|刀|药))"
                    + ".*((再不|不给|不解决|不处理|再这样|逼急了|逼到)[^。！？!?]{0,24}(我)?(真的|就|只有|只能)?(要)?(去)?跳楼"
                    // a fee said to drive one to it: "补缴又涨了，一年要一万多，我要跳楼了！有没有分期的办法"
                    + "|(涨|补缴|交不起|缴不起|贵)[^。！？!?]{0,30}(我)?(真的)?(要)?跳楼)");

    private static final List<Cue> CUES = List.of(
            cue(Emergency.GAS_LEAK, "(煤气|媒气|天然气|燃气|液化气|然气|燃汽|天然汽|瓦斯)" + C + "{0,8}(味|泄漏|泄露|外泄|漏|往外冒|在冒)|(?<!没|没有|不|莫得|没得|不会|没闻到|没有闻到|莫得闻到|没得闻到)漏气|气体" + C + "{0,4}(往外)?冒"
                    + "|(味道|气味|臭味|味)" + C + "{0,6}(像|是|好像)" + C + "{0,3}(煤气|天然气|燃气|液化气)|(燃气|天然气|煤气)(管|管道|管子)[^。！？!?；;，,]{0,6}(断|破|裂|挖断|挖破|挖爆)|(挖|挖断|挖破|撞断)" + C + "{0,4}(燃气|天然气|煤气)|嗤嗤|嘶嘶|(阀门|阀)" + C + "{0,6}(开起|开着|没关)" + C + "{0,12}(熄|昏|味)"),
            cue(Emergency.EXPLOSION, "爆炸(了|声)?|(煤气罐|液化气罐|气罐|锅炉|锅炉房|罐子|反应釜)" + C + "{0,4}(爆|炸)|轰(的|隆)一声|一声巨响|巨响|一直在炸|(仓库|厂|车间)" + C + "{0,6}炸(了|起来)"),
            cue(Emergency.FIRE, "着火|着伙|起火|着起(了|来)|燃起了|黑烟|烟" + C + "{0,8}冒(出来|起来|进来)|(楼道|屋头|家里|走廊|楼梯)" + C + "{0,4}(有|全是|都是)烟|失火|火苗|火光|火势|(?<!没|没有|没得|莫得|未|并没)烧起来|(?<!没|没有|没得|莫得|未|并没)燃起来|火灾|冒(大|黑|浓|白)?烟|浓烟|烟子|往下烧|越烧越|被烟(堵|呛|困)|火烧"),
            // a fire spreading is a fire even where it began as burning paper or straw
            new Cue(Emergency.FIRE, Pattern.compile("火" + C + "{0,8}(蔓延|烧过来|烧到|控制不住|越烧越)|山火|(林子|山上|后山)" + C + "{0,6}(着火|冒烟|烧起来)"), NEVER),
            cue(Emergency.VIOLENCE, "(拿|持|提|举|抄)(起|着|了)?" + C + "{0,3}(刀|棍|钢管|棒|酒瓶|瓶子|斧头|铁锹)|(砖头|石头)" + C + "{0,3}(砸|打)(人|他|她|我)|(头|脑壳)(遭|被)?(砸|打)(破|伤)|砍(死|人|伤|他|她)|在砍|行凶|" + RESCUE + "|捅(了|人|伤)|抢劫"
                    + "|打(我|老婆|我妈|人|起来|架|孩子|娃娃)" + C + "{0,24}(血|" + RESCUE + "|喊|惨叫|按在地上|怕|躲)|(围|按)(起来|着|住)" + C + "{0,3}打|打得(好凶|很凶|头破血流)|(正在|还在|一直在)打(?!电话|针|疫苗|卡|扫|工|麻将|牌|游戏|球|听|桩|孔|洞|井|地基|字|印|包|呼噜|雷|混凝土|砼|灰|地坪|夯|石)|(踹|砸|撞)门|要杀(?!年猪|猪|鸡|鸭|鱼|牛|羊)|杀人|杀了(你|她|他|我)|殴打|惨叫|满(脸|头|身)(都)?是血|见血|砸脑壳|(正在|现在)" + C + "{0,4}家暴"
                    // "现在有几个人在打一个小伙子": a beating by a group, under way
                    + "|(几个|一群|一伙|一帮|好几个)(人|男的|小伙子|年轻人)" + C + "{0,3}(正在|在)(打|围殴|砸)(一个|个|他|她|人|那个)"),
            cue(Emergency.SUICIDE_ATTEMPT, "跳楼(?!价|甩卖|大甩卖)|(要|就|想)跳下(去|来)|要跳(?!槽|舞|绳|远|高|广场|着|起|到[0-9一二两三四五六七八九十几晚半凌天])|往下跳|轻生|自杀|割腕|不想活|(翻|爬|站|坐)(到|出|在)?" + C + "{0,8}(栏杆|窗|楼顶|天台|外机|桥边|楼边|塔吊)|药" + C + "{0,4}吃了一(大)?把"),
            cue(Emergency.PERSON_COLLAPSED, "触电|窒息|噎住|呼吸困难|大出血|血流不止|止不住|心脏病(犯|发)|车祸" + C + "{0,12}(受伤|流血|被压|卡在)|被(车)?压(住|在)"
                    + "|倒(在)?地|倒在(地上|里面|路边|那里)|(有人|老人|人)倒了|晕倒|晕过去|昏迷|昏过去|不省人事|叫不醒|喊不醒|(?<!半天|商|护工|物业|医生|老板|保安|领导|干部|他们|门卫|前台|客服)(喊|叫)(他|她)?(也)?不(答)?应|(喊|叫)(他|她)(好久|半天|几声|了几声|好几声)(也|都)?不(答)?应|叫不太应|(?<!按了|点了|按钮|打了|刷了|按[^，,。]{0,4})(没|莫得|没得)(了)?(反应|反映|呼吸)|心跳(停|没)"
                    + "|(摔|掉|坠|跌)(了)?下来" + C + "{0,12}(血|不动|昏|晕|起不来)|坠楼|流了(好|很)多血|(人|他|她|老人|工人)(都|已经)?不动了|一动不动|(撞|撞倒)" + C + "{0,8}(躺|倒)|喘不(过|上)气|憋(红|紫)|卡(到|住)(了)?" + C + "{0,6}(喘|憋|脸)|(?<!学|学习|培训|学一下|学下|学会|会)心肺复苏(?!培训|课|知识)|(?<!装|配|安装|配备|放|设|增设|买|配个|装个|买个|放个|配台|装台)AED|抽搐|抽起了|口吐白沫|(胸口|心口)(痛|疼)|说不出话|话都说不出|口角歪斜|嘴(巴)?(也)?歪|半边身子|一侧手脚|躺在地上(不动)?|头(部)?(在)?(流血|出血)|嘴唇发紫|吐血"
                    // waters broken: a birth under way needs 120
                    + "|破水|羊水(破|流)"
                    // a stroke's signs (face, arm, speech: 中风识别 FAST / BE FAST) and a collapse's (eyes rolling up, no answer)
                    + "|嘴(巴)?[也是都有点]{0,3}歪|说话(就|都|也)?(不清楚|说不清|含糊|大舌头)|(一边|半边|一只)(手|脚)" + C + "{0,4}(拿不稳|没力|抬不起|动不了|不听使唤)"
                    + "|眼睛(往上)?翻|翻白眼|(喊|叫)(他|她)?(也)?(不说话|没反应|不答应)"),
            cue(Emergency.POISONING, "(?<!露天)烧炭(?!火|盆|取暖|烤)|一氧化碳|中毒" + C + "{0,6}(昏|吐|倒|晕)|(集体|食物)中毒" + C + "{0,24}(呕吐|腹泻|不适|送医|120)|头昏想吐|(喝|吃)(了)?" + C + "{0,4}(农药|老鼠药|鼠药|敌敌畏|百草枯)|(农药|老鼠药|鼠药|敌敌畏|百草枯)" + C + "{0,3}(吃|喝)了|(菌子|野生菌|蘑菇)" + C + "{0,16}(吐|晕|昏|胡话|不醒)"),
            cue(Emergency.DROWNING, "(掉|栽|跳)(到|进)?" + C + "{0,4}(水|河|江|塘|池|水库|湖)(里|头)|(车|轿车|汽车)" + C + "{0,4}(冲|掉|开)(到|进)" + C + "{0,2}(河|江|水|塘|水库)|落水|溺水|被(水|河水|洪水)?冲走|往下游(冲|漂)|沉下去|没(有)?浮上来|(水里|河里)(在)?(挣扎|扑腾)|下水在找|脸朝下"),
            cue(Emergency.CHILD_LOCKED_IN_CAR, "(锁|关|留(?!守|言))(在)?" + C + "{0,12}(娃娃|小孩|孩子|女儿|儿子|婴儿|宝宝|狗|猫)|(娃娃|小孩|孩子|女儿|儿子|婴儿|宝宝)" + C + "{0,10}(锁|关|留)在车"
                    + "|(狗|猫|宠物)" + C + "{0,6}(锁|关|留)在车|(车|SUV|轿车)(上|里|内)(头)?" + C + "{0,12}(娃娃|小孩|孩子|婴儿|宝宝|狗)" + C + "{0,20}(晒|热|不动|哭|喘|没下来)"),
            cue(Emergency.TRAPPED, "掉(进|到)" + C + "{0,3}(井|坑|化粪池|窨井)|被困|困在|卡在" + C + "{0,8}出不来|卡在(驾驶室|车里|里面|里头)|(?<![沟渠管坑井路田])埋了|被埋|压在(下面|底下)|(电梯)" + C + "{0,10}(卡|困|关(?!门|不拢|不上|不严))" + C + "{0,20}(?<!吓死)(人|孕妇|老人|小孩|娃娃|孩子|娃)|堵在" + C + "{0,4}楼|(老人|人|孩子|娃娃|小孩)" + C + "{0,4}出不来|(里头|里面|车里)(好像)?还有人(?!抽烟|在抽烟|打牌|在打牌|耍|住)|还有人在(拍|喊|呼救)"),
            cue(Emergency.FLOODING, "(水|河水|洪水)(已经|已)?" + C + "{0,6}(漫进|进屋|淹到|灌进|漫到)|(水|河水|洪水)" + C + "{0,6}进(了)?" + C + "{0,6}(屋|家里|一楼|房子|门面)|水" + C + "{0,6}(往|向)(我|我们|我家)?(屋|屋头|家里|房间)" + C + "{0,2}(灌|流|涌|冒)|淹过|漫上来|(淹|到)(了)?(膝盖|腰)|齐(膝盖|腰|胸)|涨水|水(还)?在涨|(水|水位)" + C + "{0,4}(上涨|还在涨|往上涨)|暴涨|撤离|转移" + C + "{0,4}(老人|群众|村民)?" + C + "{0,4}(快|马上|紧急)|(一楼|屋头|家里)" + C + "{0,4}(被淹|进水)|熄火在|站在车顶|河堤" + C + "{0,4}(冒水|垮|决)"),
            cue(Emergency.BURST_MAIN, "(水管|管道|自来水管|主管|总管|水管子)" + C + "{0,4}(爆|破裂|爆裂)|爆管|(突然|往上|大量|在)冒水|冒起一米|水柱|喷起|消防栓" + C + "{0,8}(断|喷)"),
            cue(Emergency.LIVE_WIRE, "电线(?!盒|杆|箱)" + C + "{0,12}(掉|断|落|搭在|泡|火花|火星|滋滋)|泡(了)?(根|着)?电线|冒火花|闪火星|高压线" + C + "{0,6}(断|掉|落|刮)|漏电" + C + "{0,8}(倒|电到)"),
            cue(Emergency.LANDSLIDE, "滑坡|泥石流|垮泥巴|(掉|滚|落|垮)(下来)?石头|石头" + C + "{0,4}(滚|掉)下来|山体" + C + "{0,6}(垮|塌|裂|滑)|裂缝越来越大|(边坡|堡坎|挡墙|后山)" + C + "{0,12}(垮|塌|滑|动)"),
            cue(Emergency.ROAD_COLLAPSE, "(路面|地面|马路|人行道|路)" + C + "{0,6}(突然|刚刚|刚才)?" + C + "{0,2}(塌|陷|垮)" + C + "{0,16}(突然|刚刚|刚才|还在|往下掉|掉下去|冒水|封路|快)"
                    + "|(突然|刚刚|刚才)" + C + "{0,6}(塌|陷|垮)|开裂下沉"),
            // lost within the hour: a child, or an old person who cannot find the way home (dementia)
            cue(Emergency.MISSING_PERSON, "(娃娃|小孩|孩子|女儿|儿子|宝宝|奶奶|爷爷|外婆|外公|婆婆|公公|老人|老汉|我妈|我爸|老母亲|老父亲)" + C + "{0,16}(走丢|走失|不见了|找不到|没回来|走出去|跑出去|(到处|都)找(了)?(都|也)?没找到)"
                    + "(?=" + C + "{0,24}(刚|分钟|半个(多)?(小时|钟头)|[一两]个(多)?(小时|钟头)|个把(小时|钟头)|到处|都找))"
                    + "|(刚刚|刚才|[0-9一二两三四五六七八九十几半]+(个)?多?(个)?(分钟|小时|钟头)(前|以前|之前)?)" + C + "{0,20}(走丢|走失|不见了|找不到|走出去|跑出去|(到处|都)找(了)?(都|也)?没找到)"),
            // lost, and confused: an old person who cannot find the way home, however long ago ("我婆婆走丢了，脑壳不清醒，认不到路")
            cue(Emergency.MISSING_PERSON, "(走丢|走失|不见了|找不到)(?!过)" + C + "{0,12}(痴呆|糊涂|不清醒|认不到路|认不得路|记不到路|不记得路)"
                    + "|(痴呆|糊涂|不清醒)" + C + "{0,16}(走丢|走失|不见了|找不到(人|了))(?!过)"),
            // a vehicle into people, with the injured on the ground
            cue(Emergency.PERSON_COLLAPSED, "(车|货车|轿车|小车|面包车)" + C + "{0,6}(冲上|冲进|撞)" + C + "{0,16}(撞|伤|倒)" + C + "{0,12}(血|不动|起不来|躺|哭)"),
            // a child gone under: one of the children playing in the water is missing
            cue(Emergency.DROWNING, "(水库|河|塘|江|湖|水)" + C + "{0,12}(耍水|游泳|洗澡|玩水)" + C + "{0,12}(不见了|沉下去|没上来|冒不出来)"),
            cue(Emergency.CRIME_IN_PROGRESS, "(?<![遭被])(偷|砸|" + GRAB + "|撬)" + C + "{0,8}(就现在|正在|现在|还在)|(正在|就现在|现在)(还)?" + C + "{0,8}(偷|砸|" + GRAB + "|撬)|抢(我|了我)|爬进来|有人(在)?撬"));

    /**
     * A matter that has lasted days or keeps coming back, or that the caller calls a hazard ("已经两天了", "好久了",
     * "一下雨就", "天天", "经常", "隐患"): a nuisance to put right, not a danger to transfer — unless the caller says it
     * is happening now ({@link #NOW}) or it is a danger to a person ("天天打我，今天又拿刀", {@link Cue#toAPerson()}).
     */
    private static final String LASTING = "(已经|已|都|快)(连续|持续)?[0-9一二两三四五六七八九十几好半]+(个)?(多)?(天|星期|礼拜|周|月|年)(了|多了|以上)"
            + "|(超过|持续|连续)[0-9一二两三四五六七八九十几好半]+(个)?(多)?(天|星期|礼拜|周|月|年)|好久了|很久|好(几|多)(天|个星期|个礼拜|个月)了|一下雨就|一到(晚上|夜里|半夜|早上|周末)就|这(几|两)天(晚上|夜里|半夜)|每次|经常|天天|每天|总是|隐患|频繁|多次|屡次";
    private static final Pattern LASTING_MATTER = Pattern.compile(LASTING);

    /**
     * What is left of a past event is a repair not yet done ("三天前水管爆了，现在路面还没修好"): with a past marker, a
     * matter to put right — for the learned likelihood only, since a cue in a clause about now still warns.
     */
    /**
     * A suggestion, an enquiry or a procedure asked for ("建议公园配个AED", "职业病诊断要去哪里做", "残疾证咋个办理"): with a
     * past marker or a lasting condition, what is asked is a service, not a rescue — for the learned likelihood only.
     */
    private static final Pattern ASKS_A_PROCEDURE = Pattern.compile("想反映|反映一下|请问|咨询|建议|医药费|后续|去哪里|哪里(可以|能)?(办|做)|咋个办理|怎么办理|如何办理|要哪些|需要什么|办理");

    private static final Pattern REPAIR_OUTSTANDING = Pattern.compile("(还|都|一直|仍然)(没|没有|莫得|没得|未)(人)?(来)?(修|补|填|处理|整改|恢复|清理)"
            + "|(好久|啥时候|什么时候|哪天)(来)?(修|补|填)|来(修|补|填)(一下|一哈|下)");

    /**
     * A danger the caller fears or says has not happened, or a place nobody is in ("怕娃娃去摸", "担心起火", "没冒火",
     * "暂时没倒", "车上没人也没宠物"): what is asked is prevention or a service, not a rescue.
     */
    private static final Pattern NOT_YET = Pattern.compile("(暂时|还|并|也)?(没|没有|莫得|没得|未)(倒|冒火|冒烟|着火|起火|燃起来|烧起来|漏气|塌|垮|得烟|得火|有烟|有火)"
            + "|(怕|担心|担忧)(有人|娃娃|小孩|孩子|哪天|以后|出事|起火|着火|引起|爆炸|漏电|触电)|(车上|车里|屋头|屋里|家里|里面|里头)(也)?(没人|莫得人|没得人|没有人)");

    /** A clause about the past, a hypothetical, prevention or an enquiry: its danger words describe no danger now. */
    private static final Pattern NOT_NOW = Pattern.compile(
            "上(个|一)?(月|周|礼拜|星期|次|回|学期)|之前有人反映|反映过|另(一|外一)(个|件)(问题|事)|前(年|几天|两天|段时间|几年)|几年前|去年|(爆炸|着火|起火|失火|垮|塌|淹)过|受灾|临时安置|(着火|起火|失火|火灾)(以|之)后|以前|曾经|当时|灾后|事后|怕(哪天|以后|出事|引起)|天天说|(还|并)?没(有)?(燃|烧|着)起来|"
                    + "想学|学习|培训|(会|可能)(爆炸|着火|起火|漏气|塌|垮)|处理完毕|已(经)?(处理|修好|恢复)|演练|隐患|不敢想|过期|扬言|预防|防止|检查|安检|准备明天|补植|后来|哪天|昨晚|昨天|前天|一下雨|一涨水|下点雨|每年|会不会|容易|听说|网上|新闻|报道|"
                    + "警示|报警器|护栏|年前|康复|身亡|职业病|尘肺|诊断|确诊|(中风|脑梗|脑溢血|手术|车祸|工伤|瘫痪)(以)?后|今年" + "[0-9一二三四五六七八九十]{1,2}月|[0-9一二三四五六七八九十]{1,2}月份|有没有(规定|必要|人管)|是不是真的|"
                    + "担心(哪天|以后|出事|引起)|[0-9一二两三四五六七八九十几]+(个)?(天|星期|礼拜|周|月)(以)?前");

    /**
     * An enquiry or a suggestion ("请问…", "咨询…", "建议…") speaks for its own part of a sentence only: a caller who rang
     * about a pension and says mid-sentence that a colleague has collapsed is reporting a danger.
     */
    private static final Pattern ENQUIRY = Pattern.compile("请问|咨询|正确做法|建议");

    /** A conditional or the fear of a particular danger, for its own part of a clause ({@link #onlyFeared}). */
    private static final Pattern FEARED = Pattern.compile("万一|一旦|如果|要是|假如|假设|(着火|起火|失火)了?都(跑不|出不|逃不)|真(的)?(着火|起火|失火|出事)了?[^。！？!?；;，,]{0,6}(跑不|出不|逃不|咋个|怎么)|(怕|担心)(起火|着火|爆炸|炸|漏电|触电|出问题|出事|出大事|危险)|(要|非要|难道要)等[^，,]{0,8}才|(着火|起火|失火)了?(咋个|怎么|往哪)(跑|逃|办)|怕是要(爆炸|炸|着火|起火)|吓(唬)?[^，,。]{0,4}说[^，,。]{0,6}(要|会)(爆炸|炸|着火|起火)|(随时)?可能(会)?(爆炸|炸|着火|起火)");

    /** What might happen, not what is happening: "这要是着火了", "万一", "涨水的时候怕出问题" (怕是, "probably", is no fear). */
    private static final Pattern HYPOTHETICAL = Pattern.compile("万一|一旦|如果|要是|假如|假设|(着火|起火|失火)了?都(跑不|出不|逃不)|真(的)?(着火|起火|失火|出事)了?[^。！？!?；;，,]{0,6}(跑不|出不|逃不|咋个|怎么)|(?<!好|很|哪)(怕|担心)(?!是|得)|(要|非要|难道要)等[^，,]{0,8}才|(着火|起火|失火)了?(咋个|怎么|往哪)(跑|逃|办)|怕是要(爆炸|炸|着火|起火)|吓(唬)?[^，,。]{0,4}说[^，,。]{0,6}(要|会)(爆炸|炸|着火|起火)");

    /**
     * What the news reported ("新闻上电瓶车着火的事那么多") or a rumour passed round ("同学群里传学校门口有人拿刀砍学生…是不是谣言"):
     * its danger words name no danger here (a live stream seen online may).
     */
    private static final Pattern HEARSAY = Pattern.compile("新闻|报道|电视上|(群|网上|朋友圈)[^，,。]{0,3}(里|上)?(在)?传|谣言|传言");

    /** Learning first aid ("哪里可以学心肺复苏和AED怎么用"): no one is being revived. */
    private static final Pattern LEARNING = Pattern.compile("学(习|会)?(心肺复苏|急救|AED|海姆立克)|(心肺复苏|急救|AED)[^，,。]{0,6}(培训|课|怎么用|咋个用)");

    /** A call whose request is praise ("诉求：对消防救援人员提出表扬"): the danger it tells of was met. */
    private static final Pattern PRAISE_ASKED = Pattern.compile("诉求[:：][^。]{0,12}表扬|提出表扬|予以表扬|送(来)?锦旗|来电人(表扬|感谢)|表示感谢|(想|要)表扬|表扬一下|(特地|特意|专门|专程)(打电话)?(来)?(表扬|感谢)");

    /** A rumour passed round, for a whole sentence ("同学群里传…有人拿刀砍学生，我去问了没这回事"). */
    private static final Pattern RUMOUR = Pattern.compile("(群|网上|朋友圈)[^，,。]{0,3}(里|上)?(在)?传|谣言|传言|没(有)?这回事");

    /** Words that put a clause back into the present even after a past or hypothetical marker. */
    private static final Pattern NOW = Pattern.compile("正在|刚才|刚刚|快点|快来|快叫|(?<!我|我们)马上|就现在|越来越|" + RESCUE + "|(?<!处理|清理|勘查)现场");

    /** Danger words used as a figure of speech ("气得我要爆炸", "吵得我要跳楼", "简直是抢劫"): no danger at all. */
    private static final Pattern FIGURE_OF_SPEECH = Pattern.compile("(气|吵|饿|累|热|冷|烦|急|熏)得" + "[^。！？!?]{0,6}(要|快|差点)|火烧眉毛|简直|火烧火燎|心头火|火冒三丈|特效|拍电影|演习|演练"
            // anger said of oneself: "气得冒烟", "我都想上去杀人了"
            + "|(气|急|恼)得(直)?冒(烟|火)|(都|真|真的)想(上去|过去|下去|冲上去)?杀人"
            // said in jest: "再不给我都想去爬塔吊了，说起耍的哈"
            + "|说起耍的|说着耍的|说来耍的|开玩笑的|开个玩笑|说笑的|的心都有了"
            // a burden said as breathlessness: "房贷加房租压得喘不过气"
            + "|(压|逼|累|忙|愁|闷|挤|热|爬|走|跑)得[^。！？!?，,]{0,4}喘不(过|上)气");

    /** The danger is over ("火已经扑灭了", "人已经出来了") and nobody is said to be still in it: a report, not a transfer. */
    private static final Pattern OVER = Pattern.compile("(已经|已)(来|把火)?(扑灭|灭了|灭掉|被救出|救出来|脱险|没事)|已由[^，,。；;]{0,8}(救出|放出)|已(经)?(被)?救出|(已经|已)出院|关(了|掉)(总阀|总闸|阀门|水阀|总水阀|闸)|断电处理|没(有)?人受伤|无人(员)?(受伤|伤亡)|(幸好|幸亏|好在)|还好(里面|里头|车上|车里)?(没|莫|人)|(人)?现在好好的|(人|大家|都)(都)?(已经|已)(自己)?(出来|撤出来|救出来|走出来|爬出来)了"
            // shut in a lift for a while this morning, and out: "今天早上还关了个人在里头一二十分钟"
            + "|关(了|倒|起)?(个人|人)?在里(头|面)[^，,。]{0,3}(一二十|十几|几|二十|半个|一个)(分钟|钟头)"
            // "关了二十多分钟才放出来", "人已经被物业放出来了": out of the lift
            + "|才(被)?放出来|(已经|已)(被)?[^，,。]{0,4}放出来|放出来了"
            // calmed down, come round, taken to hospital, talked down, the utility already repairing it: what is left
            // to ask is the aftermath or when the service comes back
            + "|急诊科|(已经|已)?(在|正在)抢修|(已经|已)(平息|安静|缓过来|缓过气)|(已经|已)(把人|把他|把她)?(拉走|送(到|去)?医院|送医)|(被|已经|已)[^，,。]{0,4}(救下来|劝下来)");
    private static final Pattern STILL_IN_IT = Pattern.compile("还有人|还在里|出不来|还困|(还是|仍然|仍|还)(有|很)?(味|气味|臭味|在冒|在漏|在喷|在往外)");

    /**
     * A drill told of anywhere in the call ("学校里冒烟、警报一直响…后来才晓得是消防演练，放的是烟雾弹"): no fire — unless the call
     * says something is happening now ("演练的时候真的着火了，快来人").
     */
    private static final Pattern DRILL = Pattern.compile("演练|演习|烟雾弹");

    /** A call that opens with praise ("表扬一下我们小区的物业小王，我屋头水管爆了，他半夜过来帮忙") tells of a danger already met. */
    private static final Pattern PRAISE = Pattern.compile("(我想|想|我要|要)?(表扬|感谢|点赞|夸一下|夸下|送锦旗)");

    /**
     * A nuisance the learned likelihood may take for a danger when no cue names one: a sewer overflowing onto the
     * pavement ("下水道又漫出来了，人行道上全是粪水"), a kitchen's fumes or extractor fan ("排风扇正对我们卧室窗子…一股牛油味"), a
     * manhole cover gone, an outdoor unit humming, fireworks sold or a shed built without a permit.
     */
    private static final Pattern NUISANCE = Pattern.compile("(污水|下水道|化粪池|窨井|粪)" + "[^。！？!?；;]{0,6}(冒|漫|溢|涌|反)|粪水|造孽|排风扇|排风口|油烟|牛油味|烧烤"
            // a hole to cover, an outdoor unit, a stall or a shed without a permit: a hazard for the city, not a rescue
            + "|井盖(子)?[^。！？!?；;，,]{0,3}(不见|没了|莫得|没得|没有|被偷|遭偷|丢了|被盗|松|翘|响|坏|烂|破)|外机[^。！？!?；;]{0,20}(响|吵|吹|噪|滴水)|违章|违建|没得许可证|没有许可证|无证|无照"
            // a lift out of order and the stairs climbed instead ("二十三楼咋个爬嘛", "天天爬楼"): a repair to chase
            + "|天天爬楼|爬楼梯|(咋个|怎么)爬|爬[0-9一二三四五六七八九十几]+(楼|层)"
            // a tap that gives nothing: an outage to chase, however urgent the household's need
            + "|一滴都(莫得|没有|没得|不出)"
            // a drain or a pipe into a river, a charging cable run out of a window, a homeless man to shelter, a bar's bass:
            // a matter for the environment office, the estate, the shelter or the noise inspectors
            + "|(阴沟|排水沟)[^。！？!?；;]{0,6}(冒|漫|溢)|往[^。！？!?；;]{0,3}(江|河|沟|渠)里排|排(黑|污|废)水|飞线|拉(了)?(根|条)?电线|(电瓶车|电动车)[^。！？!?；;]{0,6}充电"
            + "|流浪|救助站|低音炮|噪音|噪声|音响"
            // a factory's smell or its waste water in a ditch ("一股烧塑料的臭味", "脏水直接排到水沟里"): the environment office's
            + "|臭味|臭气|异味|废气|排到[^。！？!?；;]{0,6}(江|河|沟|渠)|脏水|胶皮味|橡胶|塑料袋|沥青"
            // a water outage ("莫得水了，水龙头一滴都不出"): the water company's, not a rescue
            + "|停水|没水|莫得水|断水|一滴都不出"
            // a power strip in a stairwell, a machine's din at night, gas bottles in a mall, a man asleep under a bridge
            + "|插板|擦破|擦伤|急刹|流进(河|江|沟)|死鱼|搅拌站|灰大|扬尘|泥浆|压垮|压坏|压烂|排烟|烤肉味|焦糊味|糊味|自言自语|精神不太正常|声音大|声音好大|液化气罐|瓶装气|液化气瓶|睡起的|桥洞|搭棚子"
            // a near miss, a signal out, a pipe dripping, a discharge to sample, someone asleep under a bridge
            + "|差点|红绿灯|信号灯|滴水|渗水|取样|偷排|在排|睡起了"
            // an animal stuck, a repair asked for, a lift stopped, a charger, an unlicensed drip, a spoil truck
            + "|(牛|猪|羊|狗|猫|鸡)[^，,。]{0,3}(掉|卡|困)|(找人|喊人|派人)来修|跑路|会员|卷帘门|囤|烟花|爆竹|讨口|乞讨|讨饭|笑气|洗牌|麻将|赌博|大坑|坑洼|插线板|停满|安全出口|消防通道|裂(了)?[^，,。]{0,4}缝|裂缝|危房|电梯(又)?(停|坏)|充电|输液|吊了|渣土|车牌");

    /** A request made in no hurry: "能不能来个人", "麻烦派人来看下", "希望物业赶紧排查". */
    private static final Pattern UNHURRIED_ASK = Pattern.compile("能不能|麻烦|希望|建议|请问");
    /** How a caller in danger speaks: "快来人", "救命", "还在涨", "现在", "！". */
    private static final Pattern HURRY = Pattern.compile("快|救命|马上|赶快|立刻|！|!|还在|现在|正在|刚刚|刚才|在哭|在喊|在冒|在涨|求你们|要不要(疏散|跑)");

    /** The parts of a call a caller says in one breath: between commas and sentence ends. */
    private static final Pattern PARTS = Pattern.compile("[，,。！？!?；;\\n]+");

    private EmergencyPolicy() {
    }

    /**
     * The most likely danger happening now, if any: a cue in a clause about now, or else a call the learned
     * likelihood takes for a danger ({@link EmergencyLikelihood}), named by any cue in it, past or not, or else as
     * {@link Emergency#DANGER_NOW} — unless the call says the danger is over, has lasted days or recurs (for dangers to
     * things), is feared or has not happened, or its only danger words are a known look-alike's.
     */
    public static Optional<Emergency> assess(String text) {
        return assess(text, EmergencyLikelihood.shipped());
    }

    /** As {@link #assess(String)}, with the likelihood learned from other calls (the evaluation leaves a set out). */
    public static Optional<Emergency> assess(String text, EmergencyLikelihood likelihood) {
        Optional<Emergency> cued = cued(text);
        String t = Simplified.of(text);
        if (PRAISE.matcher(t).lookingAt() || PRAISE_ASKED.matcher(t).find() || (DRILL.matcher(t).find() && !STILL_IN_IT.matcher(t).find() && !NOW.matcher(t).find())) {
            return Optional.empty();
        }
        if (cued.isPresent() || !likelihood.danger(text) || (OVER.matcher(t).find() && !STILL_IN_IT.matcher(t).find())
                || (NOT_NOW.matcher(t).find() && ASKS_A_PROCEDURE.matcher(t).find() && !NOW.matcher(t).find() && !STILL_IN_IT.matcher(t).find())
                || ((LASTING_MATTER.matcher(t).find() || NOT_YET.matcher(t).find() || (NOT_NOW.matcher(t).find() && REPAIR_OUTSTANDING.matcher(t).find()))
                        && !NOW.matcher(t).find() && !STILL_IN_IT.matcher(t).find()
                        && !namesADangerToAPerson(t))) {
            return cued;
        }
        boolean lookalike = false;
        for (Cue c : CUES) {
            for (String clause : clauses(t)) {
                for (String part : PARTS.split(clause)) {
                    // a look-alike anywhere in the sentence, as for a cue ("一排烧烤摊，烟子飘到我们楼上")
                    if (c.pattern().matcher(part).find()) {
                        if (!c.unless().matcher(clause).find() && !(HYPOTHETICAL.matcher(part).find() && !NOW.matcher(part).find())
                                && !HEARSAY.matcher(part).find() && !FIGURE_OF_SPEECH.matcher(part).find()) {
                            return Optional.of(c.kind());
                        }
                        lookalike = true;
                    }
                }
            }
        }
        // the only danger words of the call are those of a known look-alike in the same breath (rubbish burning, a
        // sewer overflowing at a shop door, a sunken manhole cover) or of what might happen ("这要是着火了"), or it
        // names no danger and a nuisance (a sewer overflowing, a kitchen's fumes): the likelihood took a nuisance or a
        // hazard for a danger
        // ... or it asks, in no hurry, for someone to come and see ("能不能来个人捉一下", "麻烦派人来看下"): a caller in danger says
        // how fast ("快来人", "还在涨", "救命")
        return lookalike || NUISANCE.matcher(t).find() || (UNHURRIED_ASK.matcher(t).find() && !HURRY.matcher(t).find())
                ? Optional.empty() : Optional.of(Emergency.DANGER_NOW);
    }

    /** Whether a clause that is no figure of speech names a recurring danger to a person ("天天打我，今天又拿刀"). */
    private static boolean namesADangerToAPerson(String text) {
        for (String clause : clauses(text)) {
            if (FIGURE_OF_SPEECH.matcher(clause).find()) {
                continue;
            }
            for (Cue c : CUES) {
                if (c.toAPerson() && c.pattern().matcher(clause).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The danger a cue names in a clause about now, if any (the rules alone, without the learned likelihood). */
    public static Optional<Emergency> cued(String text) {
        String simplified = Simplified.of(text);
        if (PRAISE.matcher(simplified).lookingAt()) {
            return Optional.empty();
        }
        for (String clause : clauses(simplified)) {
            // the cue first: most clauses name no danger, and then whether they are about now does not matter
            Optional<Emergency> named = named(clause);
            if (named.isEmpty()) {
                continue;
            }
            if (!((NOT_NOW.matcher(clause).find() && !NOW.matcher(clause).find()) || onlyFeared(clause)
                    || FIGURE_OF_SPEECH.matcher(clause).find() || (OVER.matcher(clause).find() && !STILL_IN_IT.matcher(clause).find())
                    || (RUMOUR.matcher(clause).find() && !NOW.matcher(clause).find()) || LEARNING.matcher(clause).find()
                    // a danger to a thing that has lasted days ("边坡垮了一块，泥巴堆在路上好几天了"): a repair, not a rescue
                    || (!TO_A_PERSON.contains(named.get()) && LASTING_MATTER.matcher(clause).find() && !NOW.matcher(clause).find()))) {
                return named;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether every part of a clause that names a danger says it might happen ("万一着火", "怕漏电"): a conditional or
     * a fear governs its own part, not the danger the caller reported before it ("水管爆了，水往我屋头流，怕漏电").
     */
    private static boolean onlyFeared(String clause) {
        boolean named = false;
        for (String part : PARTS.split(clause)) {
            if (named(part).isPresent()) {
                if (!FEARED.matcher(part).find() || NOW.matcher(part).find()) {
                    return false;
                }
                named = true;
            }
        }
        return named;
    }

    /** Whether any clause names a danger, now or not ("昨天傍晚6栋漏气，…想问管道啥时候改造" does; "燃气费涨了" does not). */
    static boolean mentionsADanger(String text) {
        for (String clause : clauses(Simplified.of(text))) {
            // a figure of speech or a jest names none ("都想去爬塔吊了，说起耍的")
            if (named(clause).isPresent() && !FIGURE_OF_SPEECH.matcher(clause).find()) {
                return true;
            }
        }
        return false;
    }

    /** The first danger a cue names in a clause, whether or not the clause is about now (an enquiry's part aside). */
    private static Optional<Emergency> named(String clause) {
        for (String part : ENQUIRY.matcher(clause).find() ? List.of(clause.split("[，,、：:]")) : List.of(clause)) {
            if (ENQUIRY.matcher(part).find()) {
                continue;
            }
            for (Cue c : CUES) {
                if (c.pattern().matcher(part).find() && !c.unless().matcher(part).find()
                        && (c.toAPerson() || !LASTING_MATTER.matcher(part).find() || NOW.matcher(part).find())) {
                    return Optional.of(c.kind());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Sentences, cut where a caller's account turns: a past marker ahead of a comma governs the rest of its sentence;
     * an ellipsis is a turn too ("狗天天叫……诶等一下，楼下好像起火了": what was lasting ends there).
     */
    static List<String> clauses(String text) {
        return List.of(text.split("[。！？!?；;\\n…]+"));
    }
}
