package org.shegong.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What tells a person that two calls about the same place and the same kind of matter are two matters, not one: a
 * detail both give and give differently. Each text naming a different building (7栋 / 3栋, 12号院 / 14号院), the two
 * ends of one road (玉林北路 / 玉林南路), a different kind of problem with nothing in common (a shop's prices / its
 * expired goods, a hall's system failure / its clerk's manner, extra classes / overdue flats and false advertising),
 * or a different public service or insurance (停水 / 停电, 养老保险 / 医保); a different thing complained about (an
 * estate's lift / its garage lights / its service charge, a school's canteen / its extra classes), school fee, vaccine
 * or source of noise; a different estate, school, shop or care home by name (翠竹苑 / 锦江花园, 小太阳 / 金苹果幼儿园 —
 * a name misspelled the way it sounds, 锦绣 / 锦秀, 云锦 / 云景, is one name), a different road (滨河北路 / 利州东路, a
 * landmark "春熙路附近" aside) or bus route (3路 / 6路); or one asks after a past event for damages or a fix while the
 * other reports the event itself. A detail only one text gives is no conflict: a repeat often says less than the
 * first report. The tables are general hotline knowledge (the kinds of problem a 12345 complaint is filed under), not
 * words of any labelled set, though which kinds were added was led by the wrong pairs of the tuning sets
 * (docs/benchmarks.md, issue 11).
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
    /**
     * Families of kinds of which one matter names one: a public service or an insurance (a water outage is not a power
     * cut even in one estate on one day), a form of social assistance, the thing complained about (an estate's lift is
     * not its garage lights nor its service charge), a school's fee, a vaccine, a source of noise.
     */
    private static final List<Map<String, List<String>>> SERVICES = List.of(
            kinds("供水", "水龙头 来水 停水 供水 自来水 水压 水管 爆管", "供电", "停电 供电 电压 变压器", "燃气", "燃气 天然气 停气 煤气"),
            kinds("养老保险", "养老保险 养老金", "医疗保险", "医保 医疗保险", "失业保险", "失业保险 失业金", "工伤保险", "工伤",
                    "生育保险", "生育保险 生育津贴"),
            kinds("低保", "低保 最低生活保障", "临时救助", "临时救助", "特困", "特困 五保 孤寡", "流浪救助", "流浪 桥洞", "返乡救助", "回不了家 买张车票 路费", "残疾补贴", "残疾人补贴 残疾补贴 两项补贴 护理补贴", "无障碍改造", "无障碍改造 无障碍设施改造",
                    "高龄津贴", "高龄津贴 高龄补贴"),
            kinds("电梯", "电梯 扶梯", "照明", "路灯 的灯 灯坏 灯全 盏 声控灯 感应灯 楼道灯", "信号灯", "红绿灯 信号灯 绿灯 黄闪 黄灯", "井盖", "井盖 窨井",
                    "食堂", "食堂 营养餐 助餐点 老年餐桌", "校服", "校服", "校车", "校车 接送车", "农业补贴", "地力保护 地力补贴 种粮补贴 农机补贴", "补课", "补课 补习", "水渠", "灌溉渠 水渠 堰渠 堰塘 沟渠 支渠 斗渠 毛渠 堵渠", "机耕道", "机耕道 机耕路 生产路", "路面", "路压 压烂 路面 全是坑 烂路 大坑 坑洞 水坑 凼 地砖 坑坑洼洼 坑洼 路烂 烂路 人行道砖 砖翘", "车库", "车库 地下停车场 地下室", "小卖部", "小卖部", "停车费", "停车费 停车收费 停车场收费 停车场太贵", "医疗费", "费用清单 CT 检查费 住院费 收费处 片子", "绿化", "绿化带 绿地 砍树 树都砍了 毁绿", "物业费", "物业费", "消防通道", "消防车道 消防通道 消防车通道 地锁 地桩锁",
                    "飞线充电", "飞线 拉电线 充电", "高空抛物", "往下丢 往下扔 高空抛物 丢东西 扔东西", "公厕", "厕所 公厕",
                    "快递", "快递 包裹 驿站", "流浪动物", "流浪狗 野狗 流浪犬 流浪猫", "搅拌站", "搅拌站 商砼 混凝土搅拌", "野猪", "野猪 野生动物"),
            kinds("教辅", "教辅 买资料 资料费 练习册", "课后服务", "延时服务 课后服务 课后托管", "校服", "校服", "伙食费", "伙食费 餐费", "保育费", "保育费 保教费", "住宿费", "住宿费"),
            kinds("HPV疫苗", "HPV hpv 九价 四价 宫颈", "狂犬疫苗", "狂犬", "流感疫苗", "流感", "新冠疫苗", "新冠",
                    "百白破疫苗", "百白破 白百破", "水痘疫苗", "水痘", "麻腮风疫苗", "麻疹 麻腮风", "脊灰疫苗", "脊灰"),
            kinds("KTV", "KTV ktv K歌 k歌 歌厅", "酒吧", "清吧 酒吧 驻唱", "广场舞", "广场舞", "施工", "施工 打桩 渣土车 挖机",
                    "装修", "装修 电钻", "烧烤", "烧烤", "火锅店", "火锅店", "空调", "空调外机 外机"),
            kinds("种苗", "种苗 谷种 树苗 果苗 柑橘苗 秧苗 苗子 种子 玉米种 稻种 出苗", "化肥", "化肥 复合肥 肥料", "农药", "农药 除草剂"),
            // land let for one crop and for another are two lettings ("种柑橘的公司" / "丰源中药材种植合作社")
            kinds("果树", "柑橘 橘子 脐橙 柑子 果树 果园 水果 猕猴桃", "药材", "中药材 药材", "蔬菜", "蔬菜 菜地", "茶叶", "茶叶 茶园", "花卉苗木", "花卉 苗木"));
    /** The indexes, in {@link Details#kinds}, of the insurance and the assistance families of {@link #SERVICES}. */
    private static final int PERSONAL_INSURANCE = 2;
    private static final int PERSONAL_ASSISTANCE = 3;
    /** The index, in {@link Details#kinds}, of the things complained about (a lift, lights, a garage, a canteen). */
    private static final int THINGS = 4;
    /** What a conflict in each family of {@link #SERVICES} is called. */
    private static final List<String> SERVICE_CONFLICTS = List.of("不同业务", "不同保险", "不同救助", "不同对象", "不同收费", "不同疫苗", "不同噪声源", "不同农资", "不同作物");

    static {
        // on normalized text: 没水/断水 are 停水, 欠薪/工钱 are 拖欠工资/工资 (TextNormal)
        String[][] problems = {
                { "停止", "门关了 门关起 停起 不开了 门锁起 门都锁起了 锁起了 只有空气响 空气响 空响 又是干的 还是干的 一直是干的 水管是干的 无法正常用水 用不上水 供应中断 一点点水 点点水 接不到水 水压极低 还是不出水 一滴都没 一滴都不出 不来水 没来水 没有来水 不开门 无水 停水 停电 停气 停运 停课 停办 停业 停工 关门 倒闭 跑路 失联 没开门 停用 歇业 一滴水都没 水龙头干 不办了 停止供 停止营业 没暖气 没有暖气 停起的 闭店 不营业 关了 停发 锁门 门锁了 搬空 人去楼空 卷款 好久恢复 啥时候恢复 什么时候恢复" },
                { "故障", "坏起 黄灯在闪 一直在闪 一直闪 乱闪 破了 坏了 坏的 故障 不亮 不工作 损坏 破损 崩 异响 失灵 熄灭 松动 是松的 松了 坏掉 在修 修好 又停了" },
                { "价格", "管理费 涨价 要涨 又涨 还贵 贵得 更贵 价格 乱收费 多收 票价 标价 价签 上涨 每月涨 每个月涨 不说价 检查项目 加价 宰客 收费 涨到 上调 涨了 重复收费 重复开单 保管费 过度医疗 过度检查 诱导 骗保 乱开 公摊 多了一项 不打表 一口价 被宰 宰了 水费 电费 燃气费" },
                { "检疫", "检疫章 没检疫 未检疫 没有检疫 检疫证" },
                { "质量", "生产日期 过期 变质 发霉 假货 以次充好 不新鲜 异物 假冒 三无 水质 发黄 黄得 浑浊 馊 吃出 喝出 长虫 有虫 红虫 浑的 黄的 渣渣 假种子 假肥 不出苗 没出苗 出苗率低" },
                { "态度", "态度 骂人 不耐烦 推诿 刁难" },
                { "缺货", "没货 没有货 无库存 没有库存 没库存 断货 缺货 买不到 到货 缺药 苗没有了 没有疫苗 没疫苗" },
                { "值班", "没人值班 没有医生 没得医生 找不到医生 没医生 无人值班 看不到儿科 没有儿科 值班医生 没人值守 一个医生" },
                { "脱落", "往下掉 脱落 掉下来 掉落 砸坏 砸到" },
                { "强制消费", "强制消费 强制购物 购物店 不买东西" },
                { "预约", "预约 放号 挂号 抢号" },
                { "号贩子", "号贩子 倒号 炒号 黄牛号 叫卖" },
                { "欠薪", "劳务报酬 劳务费 拖欠工资 工资 讨要工资 结钱 不给结 农民工的钱 工人的钱 血汗钱 没拿到钱 拿不到钱" },
                // a subcontractor's payment for the work is a contract dispute, not workers' wages
                { "工程款", "分包 材料款" },
                { "退费", "退回来 咋个退 怎么退 退不退 退费 退钱 不退 没退 退款 押金 预付 退卡 不给退" },
                { "预付卡", "私教费 会员费 卡里 年卡 会员卡 预付卡 储值卡 私教课 课时 节课" },
                { "逾期", "逾期 延期 交房 烂尾 复工" },
                { "虚假宣传", "虚假宣传" },
                { "噪音", "炸街 噪音 扰民 吵 睡不着 没睡好 睡不好 声音 震天响 分贝 半夜施工 夜间施工 半夜又开工 半夜开工 嗡嗡 轰隆隆 让不让人睡觉 睡不了觉" },
                { "扬尘", "扬尘 灰尘 全是灰 灰大 漫天灰 尘土 一层灰 泥巴灰 篷布 不冲洗 冲洗轮子" },
                { "劳动合同", "劳动合同 不签合同 没签合同 不买社保 没买社保 不交社保 没交社保 未缴纳社会保险 未缴纳社保 未为员工缴纳 断缴 扣了社保 扣了养老保险" },
                { "异味", "排气 闻得到 刺激性 烧塑料 股味 臭 异味 气味 怪味 刺鼻 难闻 废气 胶水味 油漆味 喷漆 喷油漆 喷涂" },
                { "赌博", "赌博 赌钱 聚赌 炸金花 大麻将 高利贷 打大牌 一把几千 一把好几百 一把几百 输了几万 输了好几万" },
                { "补课", "补课 补习 学科类培训 学科培训 周末上课 周六上课 周末到校 自主学习 托管班" },
                { "热水", "没热水 没有热水" },
                { "教辅", "买资料 订资料 暑假资料 暑假作业 寒假作业 资料费 练习册 教辅 作业本 指定书店" },
                { "赔偿", "赔偿 损失" },
                { "漏水", "漏水 漏雨 渗水 在滴水 滴水了 往下滴 就漏 在漏 还漏 又漏 都漏 楼顶漏 屋顶漏 房顶漏" },
                { "污水", "化粪池 污水 下水道 反水 排污 黑水 发黑 水黑 黑褐色 又是黑的" },
                { "公共收益", "公共收益 账目 收支" },
                { "未到账", "没打到卡 没有打到卡 没打了 没有打了 未按时到账 没按时到账 没打过来 没有打过来 还没打 没到账 未到账 不到账 都没到 还没到 没到卡 未收到 未发放 没发放" },
                { "审批", "没批 还没批 批下来 没审批 审到 没消息" },
                { "复核", "重新审核 复核" },
                { "认证", "资格认证 刷脸 认证" },
                { "配时", "绿灯只有 时间太短 时间短 延长绿灯 变红了 绿灯时间" },
                { "倾斜", "撞歪 歪了 歪起 歪得 倾斜" },
                { "乘车卡", "老年卡 乘车卡 公交卡 刷不出来 投币" },
                { "甩站", "过都过了 无车停靠 硬是不停 都不停 就是不停 不停车 不停了 不停靠 未停靠 没停靠 未在 甩站 不靠站 不进站 不停站 过站不停 直接开过去 开过去了" },
                { "绕路", "绕路 绕了一大圈 绕一大圈 绕远" },
                { "拒载", "拒载 不拉" },
                { "推销", "推销 发传单 保健品" },
                { "油烟", "油烟 排烟" },
                { "丢失", "弄丢 丢失 遗失 搞丢 不见了 没盖 缺失 井盖没有 井盖还是没有 没有井盖 井盖没了" },
                { "驾驶", "一只手开车 拿手机打电话 拿着手机 急刹 开车太猛 开得太猛 开得猛 一边开车 开车打电话 开车玩手机 看手机 单手 转弯好急" },
                { "表扬", "表扬 感谢信 锦旗 打电话来感谢 专门感谢 特地感谢 特意感谢" },
                { "护理", "护理不 护理差 护理到 护工 翻身 褥疮 护理太差 护理一点" },
                { "工伤", "工伤 职业伤害" },
                { "办证", "不动产证 房产证 办证 出生医学证明 出生证" },
                { "卫生", "脏得 很脏 太脏 没人打扫 卫生差" },
                { "排队", "排队 排了半天 排了好久 排了几 排了一 排了两 排了三 排了个 只开一个窗口 窗口少 只有一个窗口 一个窗口" },
                { "缴费标准", "缴费基数 缴费标准 交多少" },
                { "被盗", "被偷 被盗 偷了 扒手 被撬 撬了 撬走" },
                { "飞线充电", "飞线 拉电线 楼道充电 楼道里充电 楼道里充 充电瓶车 电瓶车充电 电动车充电 楼梯间电动车充电 插起线 插起电 插线充 一充就是" },
                { "取消", "被取消 取消了 突然取消 给取消 撤站 说撤就撤 被撤销 站点被撤 撤掉了" },
                { "乞讨", "乞讨 要饭" },
                { "焚烧", "烧秸秆 焚烧 烧垃圾 烧荒 烧树叶" },
                { "垮塌", "垮 塌" },
                { "租金", "流转给 租金 地租 流转费 流转金 土地款" },
                { "班次", "没看到车 等不到车 没等到车 分钟一班 好久才来 半天才来 才来一趟 班次 发车 增开 加密班次 太挤 挤不上 坐不上 加车 加几趟 减车 发车间隔" },
                { "收车", "提前收 最后那 末班 最后一班 收车 首班 运营时间 晚班" },
                { "计量", "少加 缺斤少两 短斤少两 计量 加油机 有鬼 做了手脚 加油不足 少秤 缺秤 鬼秤 八两秤 不够秤 加不满" },
                { "拥堵", "堵车 拥堵 塞车 疏导 乱停 违停" },
                { "乱扔", "乱扔 乱丢 乱倒 倾倒 倒生活垃圾 倒垃圾" },
                { "无证", "没有挂牌子 没有牌子的 没有医师证 没得医师证 没有行医资格 无证 没有执照 没得执照 医生执照 没有资质 无资质 黑诊所 非法行医 没有牌子 没挂牌子 没挂任何牌子 没有挂任何 没有挂牌 不是医生 没有证的 非执业" },
                { "作息", "作息 晚自习 放学时间 到校时间 午休" },
                { "开裂", "裂缝 开裂 裂了 裂开" },
                { "毁坏", "拱了 拱烂 拱得 糟蹋 毁坏 祸害" },
                { "露宿", "露宿 桥洞 桥底下 桥下面 桥下那 桥脚 桥墩" },
                { "淤塞", "淤泥 淤积 清淤 淤堵 堵死 填埋 倒土 弃土" },
                { "占道", "占道 摆摊 摊摊 摊位摆 占用人行道 占了人行道 出店经营" },
                { "开挖", "挖了条沟 挖开 开挖 挖起 沟槽 未回填 没填 不填 回填 挖管子 烂沟 没填平 未恢复路面 开膛破肚" },
                { "堆放", "堆满 堆放 乱堆 堆起 堆物 堆着" },
                { "发票", "开发票 开票 不给发票" },
                { "体罚", "体罚 打手心 打手板心 罚站 用尺子打 戒尺 打孩子 打学生 扇耳光" },
                { "作业", "罚抄 作业太多 作业量 作业多 抄一百遍" },
                { "更正", "打错 写错 更正" },
                { "液化气", "液化气罐 瓶装气 液化气瓶" },
                { "停车难", "找不到车位 车位太少 停车难 没有车位 停车场太小 停车位太少" },
                { "加班", "加班费 加班钱 强制加班 加班加到 工作12小时 干12个小时 超时工作" },
                { "伙食", "荤菜 没有肉 餐食质量 膳食 吃不饱 饭菜差 饭菜很差 饭菜越来越差 伙食标准 伙食差 伙食太差 伙食也差 油水 稀饭咸菜 见不到肉 没什么肉" },
                { "超载", "超载 塞了十几 坐都坐不下 挤在过道" },
                { "优亲厚友", "优亲厚友 评得不公平 评定不公 人情保 关系保 干部亲属 干部的亲戚 主任的亲戚 书记的亲戚 干部家里的人" } };
        for (String[] p : problems) {
            PROBLEMS.put(p[0], List.of(p[1].split(" ")));
        }
        String[][] together = { { "停止", "故障" }, { "停止", "退费" }, { "停止", "欠薪" }, { "退费", "欠薪" }, { "退费", "质量" },
                { "质量", "赔偿" }, { "退费", "赔偿" }, { "停止", "逾期" }, { "污水", "漏水" }, { "异味", "污水" },
                { "停止", "缺货" }, { "故障", "漏水" }, { "故障", "质量" },
                // extra classes are charged for; a stopped project costs the people it stopped
                { "补课", "价格" }, { "停止", "赔偿" },
                // a kitchen's dirt and its food's quality; a service stopped and its timetable
                { "质量", "卫生" }, { "停止", "班次" }, { "停止", "收车" }, { "淤塞", "污水" },
                // a thing stolen is a thing gone; forced spending is about what things cost
                { "丢失", "被盗" }, { "强制消费", "价格" },
                // a prepaid card is refunded when the shop closes
                { "预付卡", "停止" }, { "预付卡", "退费" }, { "预付卡", "欠薪" },
                // an allowance cancelled or stopped waits on a decision
                { "取消", "停止" }, { "取消", "甩站" }, { "毁坏", "赔偿" }, { "停止", "审批" },
                // a pension stopped for want of its yearly certification
                { "认证", "停止" },
                // a pipe broken smells of gas; what is dumped rots
                { "乱扔", "异味" },
                // the allowance given to the cadres' kin is refused to the needy
                { "优亲厚友", "审批" },
                // a kitchen's food, its dirt and the care of a home's residents are often one complaint
                { "伙食", "卫生" }, { "伙食", "护理" },
                // overtime unpaid is wages owed
                { "加班", "欠薪" },
                // workbooks sold are paid for and refunded
                { "教辅", "价格" }, { "教辅", "退费" },
                // a road dug up sends traffic round it
                { "开挖", "绕路" } };
        for (String[] t : together) {
            TOGETHER.add(t[0] + "|" + t[1]);
            TOGETHER.add(t[1] + "|" + t[0]);
        }
    }

    /**
     * The kinds of problem a text names, a prepaid card aside when it names what went wrong besides: a card is what was
     * bought, not what is wrong with it ("推私教课…强制消费" and "关门了…年卡" are two matters at one gym).
     */
    private static Set<String> beyondTheCard(Set<String> kinds) {
        if (kinds.size() < 2 || !kinds.contains("预付卡")) {
            return kinds;
        }
        Set<String> out = new java.util.LinkedHashSet<>(kinds);
        out.remove("预付卡");
        return out;
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
     * microseconds for a call of 100 characters): building and courtyard numbers, roads by stem and direction, the
     * kinds of problem and of service it names (family 0 is {@link #PROBLEMS}, then each of {@link #SERVICES}), the
     * places it names by a proper name ("group|name", {@link #NAMED}), the roads it names (the last two characters of
     * the name, direction aside) and the bus routes ("3路").
     */
    record Details(String text, Set<Integer> buildings, Set<Integer> yards, Map<String, Set<Character>> roads, List<Set<String>> kinds,
            Set<String> names, Set<String> streets, Set<Integer> routes, Set<String> schools, Set<Character> persons, Set<String> roles,
            Set<Integer> units, Set<Integer> phases, Set<String> between) {

        static Details of(String t) {
            Set<String> names = new java.util.LinkedHashSet<>();
            Set<String> schools = new java.util.LinkedHashSet<>();
            Set<String> streets = new java.util.LinkedHashSet<>();
            Set<Integer> routes = new java.util.TreeSet<>();
            Set<Integer> buildings = new java.util.TreeSet<>();
            Set<Integer> yards = new java.util.TreeSet<>();
            Set<Integer> units = new java.util.TreeSet<>();
            Set<Integer> phases = new java.util.TreeSet<>();
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
                        if (t.startsWith(w[2], i) && !placeNamed(t, i, w[2]) && !near(t, i + w[2].length()) && !(w[1].equals("停止") && guessed(t, i))
                                && !over(t, i, w[2].length())) {
                            kinds.get(Integer.parseInt(w[0])).add(w[1]);
                        }
                    }
                }
                if (c == '栋' || c == '幢' || t.startsWith("号楼", i)) {
                    int n = numberBefore(t, i, true);
                    if (n > 0 && !aCount(t, i)) {
                        buildings.add(n);
                    }
                } else if (t.startsWith("单元", i)) {
                    int n = numberBefore(t, i, true);
                    if (n > 0) {
                        units.add(n);
                    }
                } else if (c == '期' && (i + 1 == t.length() || "间限待望末中满货款".indexOf(t.charAt(i + 1)) < 0)) {
                    // "天悦府一期" / "二期": two phases of one estate are two places
                    int n = numberBefore(t, i, true);
                    if (n > 0 && !aCount(t, i)) {
                        phases.add(n);
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
                if (NAMED_FIRST.indexOf(c) >= 0) {
                    for (int g = 0; g < NAMED.size(); g++) {
                        for (String suffix : NAMED.get(g)) {
                            if (t.startsWith(suffix, i) && !notASuffix(t, i, suffix)) {
                                String stem = stemBefore(t, i, 4, true);
                                if (stem == null && g >= 1 && g <= 3) {
                                    // "福寿苑养老院", "阳光苑幼儿园": a home, a school or a shop may take an estate's name
                                    String named = stemBefore(t, i, 4, false);
                                    stem = named != null && NAMED.get(0).stream().anyMatch(named::endsWith) ? named : null;
                                }
                                if (stem == null && suffix.length() == 1 && i >= 1 && isHan(t.charAt(i - 1))
                                        && NOT_IN_A_NAME.indexOf(t.charAt(i - 1)) < 0 && (i == 1 || "·•・“\"「『 ".indexOf(t.charAt(i - 2)) >= 0)) {
                                    // "蜀丰·云庭", "“锦苑”", "云庭那个工地…": a name of one character and its suffix, set off by a mark
                                    stem = t.substring(i - 1, i + 1);
                                } else if (stem == null && suffix.length() == 1 && i >= 1 && isHan(t.charAt(i - 1))
                                        && NOT_IN_A_NAME.indexOf(t.charAt(i - 1)) < 0 && t.startsWith("小区", i + 1)) {
                                    // "我们锦苑小区": a name of one character and its suffix, called an estate
                                    stem = t.substring(i - 1, i + 1);
                                }
                                if (stem != null && !NO_NAME.contains(stem.charAt(stem.length() - 1) + suffix)
                                        && !near(t, i + suffix.length())) {
                                    names.add(g + "|" + stem);
                                    String level = SCHOOL_LEVELS.get(suffix);
                                    if (level != null) {
                                        schools.add(stem.substring(stem.length() - 2) + "|" + level);
                                    }
                                }
                            }
                        }
                    }
                }
                boolean road = (c == '路' || (c == '街' && !t.startsWith("街道", i)) || t.startsWith("大道", i))
                        && (i + 1 >= t.length() || NOT_A_ROAD_AFTER.indexOf(t.charAt(i + 1)) < 0 || t.startsWith("人行", i + 1))
                        && i > 0 && NOT_A_ROAD_BEFORE.indexOf(t.charAt(i - 1)) < 0 && !near(t, i + (c == '大' ? 2 : 1));
                if (road) {
                    String stem = stemBefore(t, i, 3, false);
                    if (stem != null) {
                        // "二仙桥东路" is named by "二仙桥那边": the direction aside
                        if ("东南西北中".indexOf(stem.charAt(stem.length() - 1)) >= 0 && stem.length() == 3) {
                            stem = stem.substring(0, 2);
                        }
                        streets.add(stem.substring(stem.length() - 2));
                    }
                }
                if (c == '路' && i > 0) {
                    int n = Character.isDigit(t.charAt(i - 1)) ? numberBefore(t, i, false) : spokenRoute(t, i);
                    if (n > 0 && n < 1000) {
                        routes.add(n);
                    }
                }
            }
            java.util.regex.Matcher own = OWN_PHASE.matcher(t);
            if (own.find()) {
                // "我是江景雅苑二期的…现在看一期都交不了": the caller's own phase, the other named only beside it
                phases = new java.util.TreeSet<>(Set.of(number(own.group(1))));
            }
            return new Details(t, buildings, yards, roads, kinds, names, streets, routes, schools, Persons.surnames(t), Persons.roles(t), units, phases,
                    betweenPlaces(t));
        }

        /**
         * Whether this text is about a person's own case: an insurance, a form of assistance, a payment not arrived, an
         * application not approved, or wages owed to the caller alone ("欠我一个人六千二") — two people's are two matters.
         */
        private boolean personal() {
            return !kinds.get(PERSONAL_INSURANCE).isEmpty() || !kinds.get(PERSONAL_ASSISTANCE).isEmpty() || kinds.get(0).contains("未到账")
                    || kinds.get(0).contains("审批") || Persons.own(text);
        }

        /** Whether this text names water or gas (not power, which stops lifts and lights) and no thing of an estate or a street. */
        private boolean waterOrGasOnly() {
            return !kinds.get(1).isEmpty() && !kinds.get(1).contains("供电") && kinds.get(THINGS).isEmpty();
        }

        /** Whether this text names a thing of an estate or a street (a lift, a light, a garage) and no public service. */
        private boolean thingsOnly() {
            return !kinds.get(THINGS).isEmpty() && kinds.get(1).isEmpty();
        }

        /**
         * Whether both are a person's own case and the two persons differ: each names a surname and they differ (何文 /
         * 蒲志强), or one is an individual's claim and each names a trade and they differ (a waiter's wages / a cook's).
         */
        Optional<String> otherPerson(Details o) {
            if (!personal() || !o.personal()) {
                return Optional.empty();
            }
            if (!persons.isEmpty() && !o.persons.isEmpty() && disjoint(persons, o.persons)) {
                return Optional.of("不同当事人：" + joined(persons) + "/" + joined(o.persons));
            }
            if ((Persons.own(text) || Persons.own(o.text)) && !roles.isEmpty() && !o.roles.isEmpty() && disjoint(roles, o.roles)) {
                return Optional.of("不同当事人：" + String.join("、", roles) + "/" + String.join("、", o.roles));
            }
            return Optional.empty();
        }

        /**
         * Whether both name one place by its proper name (an estate, a school, a shop, a site; a misspelling sounding
         * alike) or one bus route.
         */
        boolean sameName(Details o) {
            return namesOneOf(o) || o.namesOneOf(this);
        }

        /** Whether the other text names a place this one names by its proper name, or both one bus route. */
        private boolean namesOneOf(Details o) {
            if (routes.stream().anyMatch(o.routes::contains)) {
                return true;
            }
            if (!between.isEmpty() && o.between.stream().anyMatch(between::contains)) {
                return true;
            }
            for (String n : names) {
                String stem = n.substring(n.indexOf('|') + 1);
                if (named(o.text, stem) || o.names.stream().anyMatch(m -> m.startsWith(n.substring(0, n.indexOf('|') + 1))
                        && soundAlike(stem, m.substring(m.indexOf('|') + 1)))
                        || (n.startsWith("0|") && namedShort(o.text, shortName(text, stem)))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether this text reports an outage of a public service (water, power, gas stopped). */
        private boolean outage() {
            return kinds.get(0).contains("停止") && !kinds.get(1).isEmpty();
        }

        /**
         * Whether both name one thing complained about, public service, fee, vaccine or source of noise ({@link #SERVICES};
         * not an insurance or a form of assistance, which are a person's: two old men of one village asking about 特困 are
         * two matters).
         */
        boolean sameThing(Details o) {
            for (int f = 1; f < kinds.size(); f++) {
                if (f == PERSONAL_INSURANCE || f == PERSONAL_ASSISTANCE) {
                    continue;
                }
                if (kinds.get(f).stream().anyMatch(o.kinds.get(f)::contains)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether this text names no kind of problem, besides that something is broken, and no thing complained about
         * ("上次反映悦府的那个事还没解决", "…到底好久能修好").
         */
        boolean namesNoProblem() {
            // "好久能修好": that something is broken says no more than that the matter stands
            return kinds.get(0).stream().allMatch("故障"::equals) && kinds.get(THINGS).isEmpty();
        }

        /** Whether both name one kind of problem (see {@link DifferentMatter#sameProblem}). */
        boolean sameProblem(Details o) {
            return kinds.get(0).stream().anyMatch(o.kinds.get(0)::contains);
        }

        Optional<String> conflictWith(Details o) {
            if (!buildings.isEmpty() && !o.buildings.isEmpty() && disjoint(buildings, o.buildings)) {
                return Optional.of("不同楼栋：" + joined(buildings) + "/" + joined(o.buildings));
            }
            // two units of one building, or of buildings not both named ("3栋2单元" / "1单元")
            if (!units.isEmpty() && !o.units.isEmpty() && disjoint(units, o.units)
                    && (buildings.isEmpty() || o.buildings.isEmpty() || !disjoint(buildings, o.buildings))) {
                return Optional.of("不同单元：" + joined(units) + "/" + joined(o.units));
            }
            if (!phases.isEmpty() && !o.phases.isEmpty() && disjoint(phases, o.phases)) {
                return Optional.of("不同分期：" + joined(phases) + "/" + joined(o.phases));
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
            if (!routes.isEmpty() && !o.routes.isEmpty() && disjoint(routes, o.routes)) {
                return Optional.of("不同线路：" + joined(routes) + "/" + joined(o.routes));
            }
            for (int g = 0; g < NAMED.size(); g++) {
                String group = g + "|";
                List<String> mine = names.stream().filter(n -> n.startsWith(group)).map(n -> n.substring(group.length())).toList();
                List<String> theirs = o.names.stream().filter(n -> n.startsWith(group)).map(n -> n.substring(group.length())).toList();
                if (!mine.isEmpty() && !theirs.isEmpty() && mine.stream().noneMatch(n -> named(o.text, n))
                        && theirs.stream().noneMatch(n -> named(text, n))
                        && mine.stream().noneMatch(n -> theirs.stream().anyMatch(m -> soundAlike(n, m)))) {
                    return Optional.of("不同地点：" + String.join("、", mine) + "/" + String.join("、", theirs));
                }
            }
            for (String n : names) {
                if (n.startsWith("0|")) {
                    String stem = n.substring(2);
                    String key = stem.length() > 2 && ENDINGS.stream().anyMatch(stem::endsWith) ? stem.substring(0, stem.length() - 1) : stem;
                    Set<String> mine = endings(text, key);
                    Set<String> theirs = endings(o.text, key);
                    if (!mine.isEmpty() && !theirs.isEmpty() && disjoint(mine, theirs)) {
                        // "云栖台" and "云栖苑", "锦江苑" and "锦江花园": one name, two estates
                        return Optional.of("不同地点：" + key + joined(mine) + "/" + key + joined(theirs));
                    }
                }
            }
            if (!streets.isEmpty() && !o.streets.isEmpty() && streets.stream().anyMatch(n -> !namesRoad(o.text, n))
                    && o.streets.stream().anyMatch(n -> !namesRoad(text, n)) && !overThere(text, streets) && !overThere(o.text, o.streets)) {
                return Optional.of("不同道路：" + String.join("、", streets) + "/" + String.join("、", o.streets));
            }
            if (outage() && o.outage() && PLANNED.matcher(text).find() != PLANNED.matcher(o.text).find()) {
                return Optional.of("计划停供：一为通知的计划停水停电，一为已经发生的");
            }
            for (String school : schools) {
                String stem = school.substring(0, school.indexOf('|'));
                if (o.schools.stream().anyMatch(x -> x.startsWith(stem + "|")) && o.schools.stream().noneMatch(school::equals)
                        && schools.stream().filter(x -> x.startsWith(stem + "|")).noneMatch(o.schools::contains)) {
                    return Optional.of("不同学校：" + stem + "的" + school.substring(stem.length() + 1) + "/" + String.join("、", o.schools.stream()
                            .filter(x -> x.startsWith(stem + "|")).map(x -> x.substring(stem.length() + 1)).toList()));
                }
            }
            // the wages of two months ("二月份的工资" / "去年十二月…那个月工资") are two claims
            if (kinds.get(0).contains("欠薪") && o.kinds.get(0).contains("欠薪")) {
                Set<Integer> ma = months(text);
                Set<Integer> mb = months(o.text);
                if (!ma.isEmpty() && !mb.isEmpty() && disjoint(ma, mb)) {
                    return Optional.of("不同月份：" + joined(ma) + "/" + joined(mb));
                }
                // the carpenters' wages and the painters' at one site ("做木工" / "做外墙涂料的") are owed by two crews
                Set<String> ca = Persons.crews(text);
                Set<String> cb = Persons.crews(o.text);
                if (!ca.isEmpty() && !cb.isEmpty() && disjoint(ca, cb)) {
                    return Optional.of("不同工种：" + String.join("、", ca) + "/" + String.join("、", cb));
                }
            }
            // a place at primary school and one at junior secondary ("今年读一年级，对口的学校说学位满了" / "我娃娃明年小升初，
            // 对口哪个初中") are two stages' admissions
            boolean primaryA = PRIMARY.matcher(text).find() && !JUNIOR.matcher(text).find();
            boolean juniorA = JUNIOR.matcher(text).find() && !PRIMARY.matcher(text).find();
            boolean primaryB = PRIMARY.matcher(o.text).find() && !JUNIOR.matcher(o.text).find();
            boolean juniorB = JUNIOR.matcher(o.text).find() && !PRIMARY.matcher(o.text).find();
            if ((primaryA && juniorB) || (juniorA && primaryB)) {
                return Optional.of("不同学段：" + (primaryA ? "小学/初中" : "初中/小学"));
            }
            // two years of a secondary school ("初二每个学生收资料费" / "初三周末补课收费") are two classes' matters
            Set<Integer> ga = numbered(GRADE, text);
            Set<Integer> gb = numbered(GRADE, o.text);
            if (!ga.isEmpty() && !gb.isEmpty() && disjoint(ga, gb)) {
                return Optional.of("不同年级：" + joined(ga) + "/" + joined(gb));
            }
            if (aftermathOf(o) || o.aftermathOf(this)) {
                return Optional.of("事后诉求：一为事件本身，一为事后的赔偿或整改");
            }
            Set<String> pa = beyondTheCard(kinds.get(0));
            Set<String> pb = beyondTheCard(o.kinds.get(0));
            if (!pa.isEmpty() && !pb.isEmpty()
                    && pa.stream().noneMatch(x -> pb.stream().anyMatch(y -> x.equals(y) || TOGETHER.contains(x + "|" + y)))) {
                return Optional.of("不同问题：" + String.join("、", pa) + "/" + String.join("、", pb));
            }
            for (int f = 1; f < kinds.size(); f++) {
                Set<String> sa = kinds.get(f);
                Set<String> sb = o.kinds.get(f);
                if (!sa.isEmpty() && !sb.isEmpty() && disjoint(sa, sb)) {
                    return Optional.of(SERVICE_CONFLICTS.get(f - 1) + "：" + String.join("、", sa) + "/" + String.join("、", sb));
                }
            }
            if (waterOrGasOnly() && o.thingsOnly()) {
                return Optional.of("不同对象：" + String.join("、", kinds.get(1)) + "/" + String.join("、", o.kinds.get(THINGS)));
            }
            if (o.waterOrGasOnly() && thingsOnly()) {
                return Optional.of("不同对象：" + String.join("、", kinds.get(THINGS)) + "/" + String.join("、", o.kinds.get(1)));
            }
            return otherPerson(o);
        }

        /**
         * Whether this text asks, after a past event, for damages or a fix (and does not say the matter is still not dealt
         * with), while {@code event} reports the event itself, naming no past and asking for neither: "上礼拜水管爆裂把我
         * 门面淹了…找哪个赔偿" against "水管爆了，快来关阀门"; "前天茶店子那个老小区火灾…消防栓没水，要求整改" against
         * "茶店子着火了"; "昨天早上公园门口有个大爷晕倒…建议公园配个AED" against the collapse reported as it happened. A
         * second matter, for another department.
         */
        boolean aftermathOf(Details event) {
            boolean asks = AFTER.matcher(text).find();
            if (!asks && !SUGGESTED.matcher(text).find()) {
                return false;
            }
            return PAST.matcher(text).find() && !FOLLOW_UP.matcher(text).find() && !AFTER.matcher(event.text).find()
                    && !PAST.matcher(event.text).find() && EmergencyPolicy.cued(text).isEmpty()
                    && (asks || EmergencyPolicy.cued(event.text).isPresent());
        }
    }

    /**
     * Where a suffix of {@link #NAMED} ends no place's name: 居 where a word goes on or began before it (居民, 邻居, 安居苑 —
     * whose name ends in 苑), 府 in 天府 (the region's name in 天府大道, 天府三街, 天府新区), 庭 in 家庭, 法庭, 开庭.
     */
    private static boolean notASuffix(String t, int at, String suffix) {
        char before = at > 0 ? t.charAt(at - 1) : ' ';
        char after = at + 1 < t.length() ? t.charAt(at + 1) : ' ';
        return switch (suffix) {
            case "居" -> "民住委然家室所苑园府庭多士中高心".indexOf(after) >= 0 || "邻独同定移聚寡起蜗旧故新安".indexOf(before) >= 0;
            case "府" -> before == '天';
            // "部分村民", "全村村民": the villagers, not a village's name
            case "村" -> after == '民' || after == '社' || after == '委';
            // 劳务费, 劳务报酬, 劳务派遣: what is paid or how, not a firm
            case "劳务" -> "费报派".indexOf(at + 2 < t.length() ? t.charAt(at + 2) : ' ') >= 0;
            case "庭" -> "家法开出".indexOf(before) >= 0;
            // 教育局, 教育部门, 教育厅: the office, not a school called so
            case "教育" -> "局部厅系机收费".indexOf(at + 2 < t.length() ? t.charAt(at + 2) : ' ') >= 0;
            default -> false;
        };
    }

    /** "东津社区一栋高层", "有一栋老楼": one building of some, counted, not building number 1. */
    private static boolean aCount(String t, int at) {
        return at > 0 && t.charAt(at - 1) == '一' && (at < 2 || "0123456789一二三四五六七八九十第".indexOf(t.charAt(at - 2)) < 0)
                && java.util.regex.Pattern.compile("^(高层|楼|房|老|居民|住宅|商品|自建|烂尾|新)").matcher(t.substring(at + 1)).find();
    }

    /**
     * Where a word of the tables is not that word: "龙泉驿站" is the station of 龙泉驿 (a district), not a parcel station
     * (驿站); "我关了火", "关了阀门" shut off a danger, closing nothing down.
     */
    private static boolean placeNamed(String t, int at, String word) {
        return (word.equals("驿站") && at > 0 && t.charAt(at - 1) == '泉')
                || (word.equals("关了") && at + 2 < t.length() && "火阀气闸总".indexOf(t.charAt(at + 2)) >= 0)
                // "去年就交房了", "已经交房": the flats were handed over, nothing is late
                || (word.equals("交房") && at > 0 && "就已经".indexOf(t.charAt(at - 1)) >= 0)
                // an old person's bus pass (老年卡) is no gym's year card
                || (word.equals("年卡") && at > 0 && t.charAt(at - 1) == '老')
                // a pipe dug or run through ("挖破了", "撞破了") is an accident where it happened, not a thing worn out
                || (word.equals("破了") && at > 0 && "挖撞割戳扎".indexOf(t.charAt(at - 1)) >= 0)
                // a quarrel ("跟他吵", "吵架") is no noise; sleep lost to worry ("气得觉都睡不着") is no noise either
                || (word.equals("吵") && ((at + 1 < t.length() && t.charAt(at + 1) == '架')
                        || t.substring(Math.max(0, at - 3), at).matches(".*(跟|和|同).*")))
                || (word.equals("睡不着") && t.substring(Math.max(0, at - 5), at).matches(".*(气|急|愁|担心)得.*"))
                // coming home from evening study is no complaint about school hours
                || (word.equals("晚自习") && t.startsWith("回", at + 3))
                // "这个不是工资": what is claimed is said not to be wages
                || (word.equals("工资") && t.substring(Math.max(0, at - 2), at).equals("不是"))
                // a bus's evening runs, not the caller's evening shift ("下晚班的")
                || (word.equals("晚班") && at > 0 && "上下".indexOf(t.charAt(at - 1)) >= 0)
                // "至今未收到回复": no answer, not a payment
                || (word.equals("未收到") && t.startsWith("回复", at + 3)) || (word.equals("未收到") && t.startsWith("答复", at + 3))
                // food that smells odd ("肉有股怪味道") is food gone off, not a smell in the air
                || (word.equals("怪味") && t.substring(Math.max(0, at - 5), at).matches(".*(肉|菜|饭|吃|奶).*"))
                // going to the toilet ("上厕所冲不了") names no public toilet
                || (word.equals("厕所") && at > 0 && "上跑去".indexOf(t.charAt(at - 1)) >= 0)
                // flies buzzing ("苍蝇嗡嗡的") are no noise complained of
                || (word.equals("嗡嗡") && t.substring(Math.max(0, at - 2), at).matches(".*(苍蝇|蚊子|蜂)"))
                // "天不亮就在跑": before dawn, no light out; "水黑黢黢的" is dirty water
                || (word.equals("不亮") && at > 0 && "天水".indexOf(t.charAt(at - 1)) >= 0)
                // "零件还没到": a part awaited, not a payment
                || ((word.equals("还没到") || word.equals("都没到")) && at > 0 && "件货".indexOf(t.charAt(at - 1)) >= 0)
                // a power bank stolen is no charging in the stairwell
                || (word.equals("充电") && t.startsWith("宝", at + 2));
    }

    /** Whether a normalized text follows a matter up ("到现在还没", "又", "反映过"). */
    static boolean followsUp(String normalized) {
        return FOLLOW_UP.matcher(normalized).find();
    }

    /** A caller who says the matter is still not dealt with is following it up, not asking for something else. */
    private static final java.util.regex.Pattern FOLLOW_UP = java.util.regex.Pattern.compile("到现在|至今|还是(没|不|莫|一样|老样子|在|那样)|还没|仍然|仍未|现仍|依然|又|再次|上次反映|反映过|曾反映");
    private static final java.util.regex.Pattern AFTER = java.util.regex.Pattern.compile("赔|损失|整改|医药费|垫付|减免");
    /** A suggestion, after a danger, of how to meet the next one ("昨天有个大爷晕倒…建议公园配个AED"). */
    private static final java.util.regex.Pattern SUGGESTED = java.util.regex.Pattern.compile("建议");
    private static final java.util.regex.Pattern PAST = java.util.regex.Pattern.compile(
            "上周|上礼拜|上星期|前天|前几天|前段时间|前阵子|昨天|上个月|[0-9一二三四五六七八九十]+月[0-9一二三四五六七八九十]+(号|日)|那次|那场");

    /** A month named by its number ("二月份的工资", "去年十二月"), not a count of months ("三个月"). */
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("(?<![0-9一二三四五六七八九十])([0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?!底|初|中旬)");
    /** "元山到县城", "福宝镇至先滩镇", "福宝往先滩方向": a line or a road between two places. */
    private static final java.util.regex.Pattern BETWEEN = java.util.regex.Pattern.compile(
            "(\\p{IsHan}{2})(?:镇|乡|县城|县|城区|场镇)?(?:到|至|往)(\\p{IsHan}{2})");

    /** The pairs of places a text names a line or a road between, each as "甲|乙" in the order of the alphabet. */
    static Set<String> betweenPlaces(String text) {
        Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = BETWEEN.matcher(text);
        while (m.find()) {
            String a = m.group(1);
            String b = m.group(2);
            out.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
        }
        return out;
    }

    /** Admission to primary school, and to junior secondary: two stages of schooling. */
    private static final java.util.regex.Pattern PRIMARY = java.util.regex.Pattern.compile("幼升小|一年级|对口(的)?小学|小学学位|读小学|上小学|入读[^。，,]{0,4}小学");
    private static final java.util.regex.Pattern JUNIOR = java.util.regex.Pattern.compile("小升初|读初中|上初中|对口(的)?初中|初中学位|初中是|初中对口");
    /**
     * A year of school: 初二, 高三 (a junior year counts 7–9, a senior 10–12), or a primary year named with 年级 ("四年级3班"
     * / "六年级数学老师", 1–6), not a place asked for ("今年读一年级", "上一年级").
     */
    private static final java.util.regex.Pattern GRADE = java.util.regex.Pattern.compile("(初|高)([一二三])|(?<![读上到])([一二三四五六])年级");

    /** The months or school years a text names, as numbers. */
    /**
     * The months a text names, a span counted whole: "6至9月" and "4月至7月" are four months, "从六月份到现在" every month
     * from June (the year's end standing for now).
     */
    private static Set<Integer> months(String text) {
        Set<Integer> out = numbered(MONTH, text);
        java.util.regex.Matcher m = MONTH_SPAN.matcher(text);
        while (m.find()) {
            int from = number(m.group(1));
            int to = m.group(2) != null ? number(m.group(2)) : 12;
            if (from >= 1 && from <= 12 && to >= from && to <= 12) {
                for (int n = from; n <= to; n++) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern MONTH_SPAN = java.util.regex.Pattern.compile(
            "(?<![0-9一二三四五六七八九十])([0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:月)?(?:份)?(?:至|到|—|-|~)(?:(?:[0-9]{4}年)?([0-9]{1,2}|[一二三四五六七八九十]{1,3})月|现在|今|目前)");

    private static Set<Integer> numbered(java.util.regex.Pattern p, String text) {
        Set<Integer> out = new java.util.TreeSet<>();
        java.util.regex.Matcher m = p.matcher(text);
        while (m.find()) {
            if (p == GRADE && m.group(3) != null) {
                // "四年级3班" / "六年级数学老师": two years of a primary school (not "今年读一年级", a place asked for)
                out.add(number(m.group(3)));
            } else if (p == GRADE) {
                out.add(number(m.group(2)) + (m.group(1).equals("初") ? 6 : 9));
            } else {
                int n = number(m.group(1));
                if (n >= 1 && n <= 12) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    /**
     * Kinds of named place a caller names by a proper name before them, in groups compared with each other: estates and
     * building sites, schools, shops and restaurants, care homes and hospitals, villages and communities (石桥村 / 金桥村),
     * airports and stations (双流机场 / 天府国际机场), factories (a company's name and its site's are not compared).
     */
    private static final List<List<String>> NAMED = List.of(
            List.of("花园", "小区", "华庭", "家园", "公寓", "新村", "名都", "名城", "公馆", "花城", "苑", "府", "庭", "居", "工地"),
            List.of("小学", "中学", "初中", "幼儿园", "学校", "学堂", "教育", "培训", "驾校"),
            List.of("超市", "加油站", "健身", "游泳馆", "农资", "大酒店", "酒店", "酒楼", "人家", "宾馆", "茶楼", "茶馆", "麻将馆", "火锅", "餐馆", "饭店", "餐厅", "药店", "药房", "诊所", "便利店", "美容", "理发"),
            List.of("养老院", "颐养院", "敬老院", "老年公寓", "医院"),
            List.of("村", "社区"),
            List.of("机场", "火车站", "高铁站", "汽车站", "客运站"),
            // factories and companies by their trade ("林森家具", "安宏食品", "顺通物流")
            List.of("厂", "电子", "家具", "食品", "物流", "科技", "劳务", "装饰", "建工", "人力资源", "鞋业", "服装", "制衣", "纺织", "建材", "机械", "安装", "快运"));
    /**
     * A school's level by the word after its name: "翠屏中学" and "翠屏小学" are two schools, "翠屏中学" and "翠屏初中" one
     * (学校, 培训 and 驾校 name no level).
     */
    private static final Map<String, String> SCHOOL_LEVELS = Map.of("小学", "小学", "中学", "中学", "初中", "中学", "幼儿园", "幼儿园");
    /** The phase of an estate a caller says is theirs ("我是江景雅苑二期的", "我们住三期"). */
    private static final java.util.regex.Pattern OWN_PHASE = java.util.regex.Pattern.compile(
            "(?:我|我们)(?:是|家是|住|住在|买的)[^，,。！？!?]{0,8}?([一二三四五六七八九1-9])期");
    /** A notice of an outage still to come ("通知下周二要停水检修"), against one that happened. */
    private static final java.util.regex.Pattern PLANNED = java.util.regex.Pattern.compile(
            "(通知|计划|检修|公告).{0,12}(下周|明天|后天|下个月|下星期|下礼拜|将|要停)|(下周|明天|后天|下个月|下星期|下礼拜).{0,10}(停水|停电|停气)");
    private static final List<String> ALL_NAMED = NAMED.stream().flatMap(List::stream).toList();
    /** The first characters of {@link #NAMED}'s suffixes, so most characters of a text are passed over at once. */
    private static final String NAMED_FIRST = ALL_NAMED.stream().map(w -> w.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining());
    /** A character that cannot end a proper name before a named place ("这个小区", "我们小区", "找政府"). */
    private static final String NOT_IN_A_NAME = "全读的了是个家那这所我们你他她某叫一本该此区县镇市省乡村道街里住买说有没都也还就找让请向给要去到被和与跟及从对在过走绕修沿顺靠往条段边旁上下大小老新座位称年月日远近外内前后房映诉送面性进开";
    /** Words before a named place that are no name ("隔壁小区", "私人停车场", "装修工地"). */
    private static final Set<String> NO_NAME = Set.of("隔壁", "附近", "旁边", "对面", "周边", "整个", "这边", "那边", "老旧", "新建", "高档",
            "安置", "拆迁", "商品", "私人", "私立", "公立", "公办", "民办", "普惠", "附属", "民营", "快递", "装修", "施工", "建筑", "在建", "工程", "项目",
            "政府", "农村", "城市", "社区", "街道", "物业", "开发", "住宅", "楼盘", "培训", "机构", "学生", "孩子", "娃娃", "人民", "中心",
            "卫生", "服务", "一家", "那家", "这家", "各个", "好多", "几个", "多个", "哪个", "哪家", "什么", "啥子", "长租",
            "希望", "所在", "请问", "过期", "变质", "三无", "进口", "冷冻", "散装", "保健", "问题", "有限", "劳务", "皮包", "空壳", "外卖", "网约", "电商", "联系", "咨询", "通知", "反映", "要求", "建议", "麻烦", "帮忙", "告诉", "字楼", "加工",
            "结果", "昨天", "今天", "前天", "明天", "每天", "天天", "当天", "那天", "早上", "晚上", "上午", "下午", "半夜",
            "至今", "老年", "时候", "督促", "协调", "核实", "核查", "如果", "假如", "要是", "义务", "学前", "职业", "高等", "素质", "继续", "成人", "特殊",
            // "城头医院": the town (dialect), not a hospital's name
            "城头", "城里", "县城", "镇上", "乡下");
    /** A character before 路 that makes it no road's name (跑路, 走路, 马路, 公路, 一条路 …). */
    private static final String NOT_A_ROAD_BEFORE = "跑走出绕问带修让马公道铁水网思条段上下小大夜后前迷赶线多远";
    /** A character after 路/街 that makes it no road's name (路灯, 路费, 路况, 路线, 路人 …). */
    private static final String NOT_A_ROAD_AFTER = "灯费况线人由途过径子面";

    /** The proper name just before position {@code end}, two to {@code max} characters of Chinese, or null. */
    private static String stemBefore(String t, int end, int max, boolean notAnotherPlace) {
        int start = end;
        while (start > 0 && end - start < max && isHan(t.charAt(start - 1)) && NOT_IN_A_NAME.indexOf(t.charAt(start - 1)) < 0) {
            start--;
        }
        // "船山区顺通驾校", "武侯区新世纪花园": a name may begin with 顺, 新, 老, 大 or 小 right after a division or a stop
        if (start > 0 && end - start < max && "顺新老大小".indexOf(t.charAt(start - 1)) >= 0
                && (start == 1 || "区县镇市乡，,。：:".indexOf(t.charAt(start - 2)) >= 0)) {
            start--;
        }
        if (end - start == 1 && start > 0 && t.charAt(start - 1) == '和') {
            // "和枫苑": 和 begins a name of one character and its suffix as well as joining two
            start--;
        }
        if (end - start < 2) {
            return null;
        }
        String stem = t.substring(start, end);
        if (stem.length() == 4 && stem.matches("..(建筑|装饰|机电|实验)")) {
            // "川鑫建筑劳务", "华彩装饰公司": the firm's name before its trade; "春晖实验小学" is called "春晖"
            stem = stem.substring(0, 2);
        }
        if (notAnotherPlace && stem.endsWith("路")) {
            // "泰山南路工地" names a road's site: the road is compared as a road
            return null;
        }
        for (String suffix : ALL_NAMED) {
            if (notAnotherPlace && stem.endsWith(suffix) && !suffix.equals("居")) {
                return null;
            }
        }
        return NO_NAME.contains(stem.substring(stem.length() - 2)) ? null : stem;
    }

    /**
     * Whether two proper names may be one name misspelled: a character of one sounds like the other's at the same place
     * (锦绣/锦秀, 云锦/云景, 锦兰/锦澜), read in pinyin with Sichuan's mergers (n/l, in/ing, zh/z). A name of two
     * characters must sound alike in both (石桥/金桥 are two villages); a longer one may differ in one.
     */
    static boolean soundAlike(String a, String b) {
        String x = a.length() > b.length() ? a.substring(a.length() - b.length()) : a;
        String y = b.length() > a.length() ? b.substring(b.length() - a.length()) : b;
        int same = 0;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) == y.charAt(i) || sound(x.charAt(i)).equals(sound(y.charAt(i)))) {
                same++;
            } else if ("东南西北中上下前后新老".indexOf(x.charAt(i)) >= 0 && "东南西北中上下前后新老".indexOf(y.charAt(i)) >= 0) {
                // 锦绣北苑 and 锦绣南苑 are two estates, not one misspelt
                return false;
            }
        }
        return x.length() >= 2 && same >= (x.length() == 2 ? 2 : x.length() - 1);
    }

    private static final Map<Character, String> SOUNDS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final com.ibm.icu.text.Transliterator PINYIN = com.ibm.icu.text.Transliterator.getInstance("Han-Latin; Latin-ASCII");

    /** A character's pinyin without tone, with the initials and finals Sichuan speech merges made one. */
    private static String sound(char c) {
        return SOUNDS.computeIfAbsent(c, k -> {
            String p;
            synchronized (PINYIN) {
                p = PINYIN.transliterate(String.valueOf(k));
            }
            p = p.replace("zh", "z").replace("ch", "c").replace("sh", "s").replace("ng", "n");
            return p.startsWith("n") ? "l" + p.substring(1) : p;
        });
    }

    /** An estate's name cut to its last character and an ending of one ("金沙湾悦府" is called "悦府"), or null. */
    private static @Nullable String shortName(String text, String stem) {
        int at = text.indexOf(stem);
        int after = at + stem.length();
        if (at < 0 || after >= text.length() || "苑府庭居园台湾城邸轩阁郡汇".indexOf(text.charAt(after)) < 0) {
            return null;
        }
        return "" + stem.charAt(stem.length() - 1) + text.charAt(after);
    }

    /**
     * Whether a text names an estate by its short name alone, set off before by what cannot end a name ("上次反映悦府的那个事",
     * "，悦府2栋"): "湾悦府" or "桂悦府" is another estate.
     */
    private static boolean namedShort(String text, @Nullable String shortName) {
        if (shortName == null) {
            return false;
        }
        for (int at = text.indexOf(shortName); at >= 0; at = text.indexOf(shortName, at + 1)) {
            char before = at > 0 ? text.charAt(at - 1) : ' ';
            if (!isHan(before) || NOT_IN_A_NAME.indexOf(before) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** What may end an estate's name after its stem: "云栖台" and "云栖苑" are two estates. */
    private static final List<String> ENDINGS = List.of("花园", "家园", "华庭", "华府", "新城", "新村", "公馆", "名都", "苑", "府", "庭", "居",
            "园", "台", "湾", "城", "邸", "轩", "阁", "郡", "汇", "墅", "庄");

    /** The endings ({@link #ENDINGS}) a text gives right after a name's stem. */
    private static Set<String> endings(String text, String stem) {
        Set<String> out = new java.util.TreeSet<>();
        for (int at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
            int after = at + stem.length();
            for (String e : ENDINGS) {
                if (text.startsWith(e, after)) {
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }

    /** Whether a place named before {@code at} is only a landmark nearby ("春熙路附近一家健身房", "金江华府隔壁的江山御苑"). */
    private static boolean near(String t, int at) {
        return t.startsWith("附近", at) || t.startsWith("旁边", at) || t.startsWith("周边", at) || t.startsWith("一带", at)
                || t.startsWith("边上", at) || t.startsWith("对面", at) || t.startsWith("隔壁", at);
    }

    /** Whether a word of a kind of problem is said to be over ("现在晚上倒是不臭了，但是机器整夜响"): what no longer happens is not the matter. */
    private static boolean over(String t, int at, int length) {
        return at > 0 && t.charAt(at - 1) == '不' && t.startsWith("了", at + length);
    }

    /**
     * Whether a word of a kind of problem is a caller's guess ("养老金…这个月到今天都莫得…是不是停发了哦"): a stop guessed at is
     * what the caller fears of the pension that has not come, not what they know.
     */
    private static boolean guessed(String t, int at) {
        return t.startsWith("是不是", Math.max(0, at - 3)) || t.startsWith("会不会", Math.max(0, at - 3)) || t.startsWith("是否", Math.max(0, at - 2));
    }

    /**
     * Whether a text names its roads only as the part of town over by them ("春熙路那边那个健身房"): a shop on 红星路 is
     * over by 春熙路.
     */
    private static boolean overThere(String text, Set<String> streets) {
        return streets.stream().allMatch(n -> java.util.regex.Pattern.compile(n + "(路|街|大道)(那边|那一片|那一带)").matcher(text).find());
    }

    /** Whether a text names the road whose name ends in {@code key}, other than as a division ("利州区" is no 利州东路). */
    private static boolean namesRoad(String text, String key) {
        for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
            int after = at + key.length();
            if (after >= text.length() || "区县市镇乡州".indexOf(text.charAt(after)) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a text names a place called {@code stem}: its last two characters, the name's own (a caller may leave
     * out what comes before: "绵阳锦江花园" is "锦江花园", and 绵阳 in the other text names no estate), not as the name of
     * a road or a division.
     */
    private static boolean named(String text, String stem) {
        String key = stem.substring(stem.length() - 2);
        for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
            int after = at + key.length();
            // "江东路附近" names a road, "锦江区" a district: neither is the estate 江东华庭 or 锦江花园
            if ((after >= text.length() || "路街区县镇乡".indexOf(text.charAt(after)) < 0 || text.startsWith("大道", after))
                    && !landmark(text, after)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name ending at {@code at}, with its kind of place after it, is a landmark ("锦绣天宸旁边那个云栖府工地"). */
    private static boolean landmark(String text, int at) {
        // "康宁口腔诊所隔壁": a trade of up to two characters may come between the name and its kind of place
        for (int skip = 0; skip <= 2 && at + skip <= text.length(); skip++) {
            for (String suffix : ALL_NAMED) {
                if (text.startsWith(suffix, at + skip)) {
                    return near(text, at + skip + suffix.length());
                }
            }
        }
        return near(text, at);
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

    /**
     * A bus route said digit by digit before {@code end} ("二幺六路" is 216, "七洞二路" 702): two or three digits with 幺 or
     * 洞 among them, or three ("五一路" is a street's name), else 0.
     */
    static int spokenRoute(String t, int end) {
        int start = end;
        while (start > 0 && end - start < 3 && "零一二三四五六七八九幺洞两".indexOf(t.charAt(start - 1)) >= 0) {
            start--;
        }
        String said = t.substring(start, end);
        if (said.length() < 2 || (said.length() == 2 && said.indexOf('幺') < 0 && said.indexOf('洞') < 0)) {
            return 0;
        }
        int n = 0;
        for (char d : said.toCharArray()) {
            n = n * 10 + switch (d) {
                case '幺' -> 1;
                case '洞' -> 0;
                case '两' -> 2;
                default -> DIGITS.indexOf(d);
            };
        }
        return n;
    }

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
