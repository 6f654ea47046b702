package org.shegong.calendar;

import java.time.LocalDate;

/**
 * Throughput of working-day arithmetic on the seeded calendar (not a test). Single thread; start days
 * cycle through 2025–2027 so official and provisional years are both hit.
 * <p>
 * Run: {@code mvn -q -B -o test-compile exec:java -Dexec.mainClass=org.shegong.calendar.CalendarBenchmark
 * -Dexec.classpathScope=test} (or any {@code java -cp target/test-classes:target/classes:<deps>}).
 */
public final class CalendarBenchmark {

    public static void main(String[] args) {
        WorkingCalendar calendar = CalendarFixtures.seededCalendar();
        LocalDate first = LocalDate.of(2025, 1, 1);
        int span = 3 * 365;
        long sink = 0;
        // warm-up, also fills the provisional-year memo
        for (int i = 0; i < 200_000; i++) {
            sink += calendar.addWorkingDays(first.plusDays(i % span), 15).date().getDayOfMonth();
            sink += calendar.isWorkingDay(first.plusDays(i % span)) ? 1 : 0;
        }
        for (int round = 1; round <= 3; round++) {
            int n = 500_000;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += calendar.addWorkingDays(first.plusDays(i % span), 15).date().getDayOfMonth();
            }
            double perSecond = n / ((System.nanoTime() - start) / 1e9);

            start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += calendar.addCalendarDays(first.plusDays(i % span), 60).date().getDayOfMonth();
            }
            double calendarPerSecond = n / ((System.nanoTime() - start) / 1e9);

            int m = 5_000_000;
            start = System.nanoTime();
            for (int i = 0; i < m; i++) {
                sink += calendar.isWorkingDay(first.plusDays(i % span)) ? 1 : 0;
            }
            double lookupsPerSecond = m / ((System.nanoTime() - start) / 1e9);
            System.out.printf("round %d: addWorkingDays(…, 15) %,.0f/s; addCalendarDays(…, 60) %,.0f/s; isWorkingDay %,.0f/s%n",
                    round, perSecond, calendarPerSecond, lookupsPerSecond);
        }
        System.out.println("(checksum " + sink + ")");
    }

    private CalendarBenchmark() {
    }
}
