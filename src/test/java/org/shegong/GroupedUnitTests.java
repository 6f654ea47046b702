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
        Queued q = queueBehindABusyServer(s -> {
            if (s.equals("坏")) {
                throw new IllegalArgumentException("坏的输入");
            }
            return s + "好";
        }, "甲", "坏", "乙");
        assertThat(q.first().get()).isEqualTo("先好");
        assertThat(q.others().get(0).get()).isEqualTo("甲好");
        assertThat(q.others().get(2).get()).isEqualTo("乙好");
        assertThatThrownBy(q.others().get(1)::get).hasCauseInstanceOf(IllegalArgumentException.class).hasMessageContaining("坏的输入");
        // the three queued together were one group; it failed, and each was then served alone
        assertThat(q.groups()).anySatisfy(g -> assertThat(g).containsExactlyInAnyOrder("甲", "坏", "乙"));
        assertThat(q.groups()).contains(List.of("甲"), List.of("坏"), List.of("乙"));
    }

    @Test
    void callersQueuedBehindABusyServerAreServedAsOneGroup() throws Exception {
        Queued q = queueBehindABusyServer(s -> s + "办", "甲", "乙", "丙", "丁");
        assertThat(q.first().get()).isEqualTo("先办");
        List<String> answers = new ArrayList<>();
        for (Future<String> f : q.others()) {
            answers.add(f.get());
        }
        assertThat(answers).containsExactly("甲办", "乙办", "丙办", "丁办");
        // two groups served one caller and four: the four who queued while the server was busy went together
        assertThat(q.groups()).hasSize(2);
        assertThat(q.groups().get(1)).containsExactlyInAnyOrder("甲", "乙", "丙", "丁");
    }

    private record Queued(Future<String> first, List<Future<String>> others, List<List<String>> groups) {
    }

    /**
     * One server (group size 32) held busy serving "先" while {@code others} call; released once each of them is parked
     * on the grouping with its input queued. Each group's inputs are recorded; {@code serve} answers one input (a throw
     * fails its whole group).
     */
    private Queued queueBehindABusyServer(java.util.function.UnaryOperator<String> serve, String... others) throws InterruptedException {
        CountDownLatch firstServed = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        List<List<String>> groups = Collections.synchronizedList(new ArrayList<>());
        Grouped<String, String> grouped = new Grouped<>(32, 1, inputs -> {
            groups.add(List.copyOf(inputs));
            if (inputs.equals(List.of("先"))) {
                firstServed.countDown();
                await(othersQueued);
            }
            return inputs.stream().map(serve).toList();
        });
        Future<String> first = pool.submit(() -> grouped.call("先"));
        firstServed.await();
        List<Thread> waiting = Collections.synchronizedList(new ArrayList<>());
        List<Future<String>> queued = new ArrayList<>();
        for (String s : others) {
            queued.add(pool.submit(() -> call(grouped, s, waiting)));
        }
        // a caller parked on the grouping has its input queued
        while (waiting.size() < others.length || !waiting.stream().allMatch(t -> LockSupport.getBlocker(t) == grouped)) {
            Thread.onSpinWait();
        }
        othersQueued.countDown();
        return new Queued(first, queued, groups);
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
