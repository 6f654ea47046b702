package org.shegong.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Words for a computed deadline, in Chinese and English, naming the holidays that shaped it. */
final class DeadlineExplanation {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<String, String> ENGLISH_NAMES = Map.of(
            "元旦", "New Year's Day",
            "春节", "Spring Festival",
            "清明节", "Qingming Festival",
            "劳动节", "Labour Day",
            "端午节", "Dragon Boat Festival",
            "中秋节", "Mid-Autumn Festival",
            "国庆节", "National Day",
            "国庆节、中秋节", "National Day and Mid-Autumn Festival");
    private static final String[] WEEKDAYS_ZH = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    /** Consecutive rest days of one holiday inside the counted span. */
    private record Block(String name, LocalDate first, LocalDate last) {
    }

    static String workingDaysZh(Schedule s, @Nullable String region, LocalDate from, int n, LocalDate due,
            List<Integer> provisionalYears) {
        DateTimeFormatter f = shortFormat(from, due);
        List<String> notes = new ArrayList<>();
        for (Block b : restBlocks(s, region, from.plusDays(1), due)) {
            notes.add(range(b, f, "–") + b.name() + "放假");
        }
        List<LocalDate> work = workDays(s, region, from.plusDays(1), due);
        if (!work.isEmpty()) {
            notes.add(work.stream().map(f::format).collect(Collectors.joining("、")) + "调休上班");
        }
        String detail = notes.isEmpty() ? "" : "；" + String.join("，", notes);
        return "自" + from + "起" + n + "个工作日（不含起算日" + detail + "），截止" + due + " 24:00" + provisionalZh(provisionalYears);
    }

    static String workingDaysEn(Schedule s, @Nullable String region, LocalDate from, int n, LocalDate due,
            List<Integer> provisionalYears) {
        DateTimeFormatter f = shortFormat(from, due);
        List<String> notes = new ArrayList<>();
        for (Block b : restBlocks(s, region, from.plusDays(1), due)) {
            notes.add(range(b, f, "–") + " " + english(b.name()) + " holiday skipped");
        }
        List<LocalDate> work = workDays(s, region, from.plusDays(1), due);
        if (!work.isEmpty()) {
            notes.add(work.stream().map(f::format).collect(Collectors.joining(", "))
                    + (work.size() == 1 ? " is a make-up working day" : " are make-up working days"));
        }
        String detail = notes.isEmpty() ? "" : "; " + String.join("; ", notes);
        return n + " working day" + (n == 1 ? "" : "s") + " from " + from + " (start day not counted" + detail
                + "), due " + due + " 24:00 (Asia/Shanghai)" + provisionalEn(provisionalYears);
    }

    static String calendarDaysZh(Schedule s, @Nullable String region, LocalDate from, int n, LocalDate last,
            LocalDate due, List<Integer> provisionalYears) {
        String head = "自" + from + "起" + n + "日（不含起算日）";
        if (last.equals(due)) {
            return head + "，截止" + due + " 24:00" + provisionalZh(provisionalYears);
        }
        ScheduledDay entry = s.entry(last, region);
        String why = entry != null && entry.kind() == DayKind.REST
                ? "为法定节假日（" + entry.name() + "）"
                : "为休息日（" + WEEKDAYS_ZH[last.getDayOfWeek().getValue() - 1] + "）";
        return head + "，第" + n + "日" + last + why + "，顺延至" + due + "，截止" + due + " 24:00" + provisionalZh(provisionalYears);
    }

    static String calendarDaysEn(Schedule s, @Nullable String region, LocalDate from, int n, LocalDate last,
            LocalDate due, List<Integer> provisionalYears) {
        String head = n + " calendar day" + (n == 1 ? "" : "s") + " from " + from + " (start day not counted)";
        if (last.equals(due)) {
            return head + ", due " + due + " 24:00 (Asia/Shanghai)" + provisionalEn(provisionalYears);
        }
        ScheduledDay entry = s.entry(last, region);
        String why = entry != null && entry.kind() == DayKind.REST
                ? " is a statutory holiday (" + english(entry.name()) + ")"
                : " is a rest day (" + last.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + ")";
        return head + "; day " + n + ", " + last + why + ", so the deadline moves to the next working day " + due
                + ", due " + due + " 24:00 (Asia/Shanghai)" + provisionalEn(provisionalYears);
    }

    static String hoursZh(Instant start, int hours, Instant due) {
        return "自" + MINUTE.format(start.atZone(Deadline.ZONE)) + "起" + hours + "小时（7×24小时连续计算，节假日不顺延），截止"
                + MINUTE.format(due.atZone(Deadline.ZONE));
    }

    static String hoursEn(Instant start, int hours, Instant due) {
        return hours + " clock hour" + (hours == 1 ? "" : "s") + " from " + MINUTE.format(start.atZone(Deadline.ZONE))
                + " (7×24, holidays not skipped), due " + MINUTE.format(due.atZone(Deadline.ZONE)) + " (Asia/Shanghai)";
    }

    private static String provisionalZh(List<Integer> years) {
        if (years.isEmpty()) {
            return "";
        }
        return "（" + years.stream().map(String::valueOf).collect(Collectors.joining("、")) + "年放假安排尚未公布，按法定节假日暂算）";
    }

    private static String provisionalEn(List<Integer> years) {
        if (years.isEmpty()) {
            return "";
        }
        return " (provisional: the official " + years.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " holiday schedule has not been published; counted on the statutory holidays)";
    }

    private static List<Block> restBlocks(Schedule s, @Nullable String region, LocalDate first, LocalDate last) {
        List<Block> blocks = new ArrayList<>();
        Block open = null;
        LocalDate lastWorking = null;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            ScheduledDay entry = s.entry(d, region);
            boolean working = s.isWorkingDay(d, region);
            if (entry != null && entry.kind() == DayKind.REST) {
                boolean continues = open != null && open.name().equals(entry.name())
                        && (lastWorking == null || lastWorking.isBefore(open.last()));
                if (continues) {
                    open = new Block(open.name(), open.first(), d);
                } else {
                    if (open != null) {
                        blocks.add(open);
                    }
                    open = new Block(entry.name(), d, d);
                }
            } else if (working) {
                lastWorking = d;
            }
        }
        if (open != null) {
            blocks.add(open);
        }
        return blocks;
    }

    private static List<LocalDate> workDays(Schedule s, @Nullable String region, LocalDate first, LocalDate last) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            ScheduledDay entry = s.entry(d, region);
            if (entry != null && entry.kind() == DayKind.WORK) {
                days.add(d);
            }
        }
        return days;
    }

    private static String range(Block b, DateTimeFormatter f, String dash) {
        return b.first().equals(b.last()) ? f.format(b.first()) : f.format(b.first()) + dash + f.format(b.last());
    }

    private static DateTimeFormatter shortFormat(LocalDate from, LocalDate due) {
        return from.getYear() == due.getYear() && from.plusDays(1).getYear() == due.getYear()
                ? DateTimeFormatter.ofPattern("M/d")
                : DateTimeFormatter.ofPattern("yyyy/M/d");
    }

    static String english(String name) {
        return ENGLISH_NAMES.getOrDefault(name, name);
    }

    private DeadlineExplanation() {
    }
}
