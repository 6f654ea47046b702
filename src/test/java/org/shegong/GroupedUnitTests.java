package org.shegong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupedUnitTests {

    private final ExecutorService pool = Executors.newFixedThreadPool(16);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** A clock of events: a caller's arrival and a group's start each take the next tick. */
    private final AtomicLong ticks = new AtomicLong();

    private record Served(int input, long arrived, long groupStarted, int groupSize) {
    }

    @Test
    void concurrentCallersEachGetTheirOwnOutputAndNoGroupStartsBeforeItsInputsArrived() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        ConcurrentHashMap<Integer, Long> arrivals = new ConcurrentHashMap<>();
        Grouped<Integer, Served> grouped = new Grouped<>(8, 2, inputs -> {
            long started = ticks.incrementAndGet();
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            sizes.add(inputs.size());
            Thread.onSpinWait();
            List<Served> out = inputs.stream().map(i -> new Served(i, arrivals.get(i), started, inputs.size())).toList();
            running.decrementAndGet();
            return out;
        });
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Served>>> callers = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            int thread = t;
            callers.add(pool.submit(() -> {
                start.await();
                List<Served> mine = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    int input = thread * 1000 + i;
                    arrivals.put(input, ticks.incrementAndGet());
                    mine.add(grouped.call(input));
                }
                return mine;
            }));
        }
        start.countDown();
        int served = 0;
        for (int t = 0; t < 16; t++) {
            List<Served> mine = callers.get(t).get();
            for (int i = 0; i < 200; i++) {
                Served s = mine.get(i);
                // each caller hears about its own input, and its group began after it arrived
                assertThat(s.input()).isEqualTo(t * 1000 + i);
                assertThat(s.groupStarted()).isGreaterThan(s.arrived());
                served++;
            }
        }
        assertThat(served).isEqualTo(3200);
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(3200);
        assertThat(sizes).allMatch(n -> n >= 1 && n <= 8);
        // how many were served together depends on the scheduler (a loaded machine may serve every call alone): see
        // callersQueuedBehindABusyServerAreServedAsOneGroup
        assertThat(mostAtOnce.get()).isLessThanOrEqualTo(2);
    }

    @Test
    void oneCallerAloneIsServedAtOnceOnItsOwnThread() {
        List<Thread> servedOn = new ArrayList<>();
        Grouped<String, String> grouped = new Grouped<>(32, 2, inputs -> {
            servedOn.add(Thread.currentThread());
            return inputs.stream().map(s -> s + "已办").toList();
        });
        assertThat(grouped.call("甲")).isEqualTo("甲已办");
        assertThat(grouped.call("乙")).isEqualTo("乙已办");
        assertThat(servedOn).containsExactly(Thread.currentThread(), Thread.currentThread());
    }

    @Test
    void aFailedGroupIsServedAgainOneByOneSoOnlyTheBadInputsCallerFails() throws Exception {
        CountDownLatch firstServed = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        List<List<String>> groups = Collections.synchronizedList(new ArrayList<>());
        Grouped<String, String> grouped = new Grouped<>(32, 1, inputs -> {
            groups.add(List.copyOf(inputs));
            if (inputs.equals(List.of("先"))) {
                firstServed.countDown();
                await(othersQueued);
            }
            if (inputs.contains("坏")) {
                throw new IllegalArgumentException("坏的输入");
            }
            return inputs.stream().map(s -> s + "好").toList();
        });
        // the first caller holds the only server while three more queue behind it: they become one group
        Future<String> first = pool.submit(() -> grouped.call("先"));
        firstServed.await();
        List<Thread> waiting = Collections.synchronizedList(new ArrayList<>());
        Future<String> a = pool.submit(() -> call(grouped, "甲", waiting));
        Future<String> bad = pool.submit(() -> call(grouped, "坏", waiting));
        Future<String> b = pool.submit(() -> call(grouped, "乙", waiting));
        // a caller parked on the grouping has its input queued
        while (waiting.size() < 3 || !waiting.stream().allMatch(t -> LockSupport.getBlocker(t) == grouped)) {
            Thread.onSpinWait();
        }
        othersQueued.countDown();
        assertThat(first.get()).isEqualTo("先好");
        assertThat(a.get()).isEqualTo("甲好");
        assertThat(b.get()).isEqualTo("乙好");
        assertThatThrownBy(bad::get).hasCauseInstanceOf(IllegalArgumentException.class).hasMessageContaining("坏的输入");
        // the three queued together were one group; it failed, and each was then served alone
        assertThat(groups).anySatisfy(g -> assertThat(g).containsExactlyInAnyOrder("甲", "坏", "乙"));
        assertThat(groups).contains(List.of("甲"), List.of("坏"), List.of("乙"));
        assertThat(groups).contains(List.of("坏"));
    }

    @Test
    void callersQueuedBehindABusyServerAreServedAsOneGroup() throws Exception {
        CountDownLatch firstServed = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        List<List<String>> groups = Collections.synchronizedList(new ArrayList<>());
        Grouped<String, String> grouped = new Grouped<>(32, 1, inputs -> {
            groups.add(List.copyOf(inputs));
            if (inputs.equals(List.of("先"))) {
                firstServed.countDown();
                await(othersQueued);
            }
            return inputs.stream().map(s -> s + "办").toList();
        });
        Future<String> first = pool.submit(() -> grouped.call("先"));
        firstServed.await();
        List<Thread> waiting = Collections.synchronizedList(new ArrayList<>());
        List<Future<String>> queued = new ArrayList<>();
        for (String s : List.of("甲", "乙", "丙", "丁")) {
            queued.add(pool.submit(() -> call(grouped, s, waiting)));
        }
        while (waiting.size() < 4 || !waiting.stream().allMatch(t -> LockSupport.getBlocker(t) == grouped)) {
            Thread.onSpinWait();
        }
        othersQueued.countDown();
        assertThat(first.get()).isEqualTo("先办");
        assertThat(queued.stream().map(f -> {
            try {
                return f.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).containsExactly("甲办", "乙办", "丙办", "丁办");
        // two groups served four callers and one: the four who queued while the server was busy went together
        assertThat(groups).hasSize(2);
        assertThat(groups.get(1)).containsExactlyInAnyOrder("甲", "乙", "丙", "丁");
    }

    @Test
    void aGroupGivenTheWrongNumberOfOutputsFailsItsCallers() {
        Grouped<String, String> grouped = new Grouped<>(4, 1, inputs -> List.of());
        assertThatThrownBy(() -> grouped.call("甲")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("served 0 outputs");
    }

    private static String call(Grouped<String, String> grouped, String input, List<Thread> waiting) {
        waiting.add(Thread.currentThread());
        return grouped.call(input);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
