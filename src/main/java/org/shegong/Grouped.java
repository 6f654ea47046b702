package org.shegong;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * Calls that arrive while others are being served are served together, in one call of the work: group commit for
 * writes (registrations, audit entries), one statement for many concurrent lookups (API tokens). A caller queues its
 * input; whichever caller finds a server's place free takes everything queued (up to {@code size}) and serves it; every
 * caller returns its own output only after its group has been served. With one caller at a time a group is that caller
 * alone, served at once on its own thread. At most {@code servers} groups are served at once, so one group is being
 * built while another is served.
 *
 * <p>What each caller may rely on:
 * <ul>
 * <li>its group is taken from the queue after its input was queued, so the work runs after the call began: a read
 * serves nothing older than the call, a write is done before its caller hears of it;</li>
 * <li>if a group of more than one fails, each of its inputs is served again alone, so one input's failure is only its
 * own caller's (the work must leave nothing of the failed group behind: a rolled-back transaction does that);</li>
 * <li>each caller is woken only for its own news — its group served, or a group handed to it to serve — never for
 * every group.</li>
 * </ul>
 */
public final class Grouped<I, O> {

    private static final class Slot<I, O> {
        final I input;
        final Thread caller = Thread.currentThread();
        volatile boolean done;
        /** The group this slot's caller is to serve: handed over by the server that finished before it. */
        volatile @Nullable List<Slot<I, O>> toServe;
        @Nullable O output;
        @Nullable RuntimeException failure;

        Slot(I input) {
            this.input = input;
        }
    }

    private final Function<List<I>, List<O>> work;
    private final int size;
    private final int servers;
    private final ArrayDeque<Slot<I, O>> queue = new ArrayDeque<>();
    private int serving;

    /**
     * @param size    the most inputs one call of the work is given
     * @param servers how many groups may be served at once (1 when the work must never run twice at once)
     * @param work    serves a group: one output per input, in order; throws if the group as a whole failed
     */
    public Grouped(int size, int servers, Function<List<I>, List<O>> work) {
        this.work = work;
        this.size = Math.max(1, size);
        this.servers = Math.max(1, servers);
    }

    /** Serves the input with whatever is queued with it; returns once its group has been served. */
    public O call(I input) {
        Slot<I, O> mine = new Slot<>(input);
        List<Slot<I, O>> group = null;
        synchronized (queue) {
            queue.add(mine);
            if (serving < servers) {
                serving++;
                group = take();
            }
        }
        boolean interrupted = false;
        try {
            while (true) {
                if (group != null) {
                    try {
                        serve(group);
                    } finally {
                        // whatever happened, the queue is never left without a server
                        handOver();
                    }
                    group = null;
                }
                if (mine.done) {
                    if (mine.failure != null) {
                        throw mine.failure;
                    }
                    return mine.output;
                }
                group = mine.toServe;
                if (group != null) {
                    mine.toServe = null;
                    continue;
                }
                // a caller whose input is queued or being served waits for it; it never leaves before
                LockSupport.park(this);
                interrupted |= Thread.interrupted();
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Under the lock: up to a group's size of what is queued, in order. */
    private List<Slot<I, O>> take() {
        List<Slot<I, O>> group = new ArrayList<>(Math.min(size, queue.size()));
        while (!queue.isEmpty() && group.size() < size) {
            group.add(queue.poll());
        }
        return group;
    }

    /** A server is done: the first caller still queued, if any, serves the next group (its own input among it). */
    private void handOver() {
        Slot<I, O> next;
        synchronized (queue) {
            next = queue.peek();
            if (next == null) {
                serving--;
                return;
            }
            next.toServe = take();
        }
        LockSupport.unpark(next.caller);
    }

    private void serve(List<Slot<I, O>> group) {
        List<O> outputs;
        try {
            outputs = run(group.stream().map(s -> s.input).toList());
        } catch (RuntimeException groupFailed) {
            for (Slot<I, O> one : group) {
                if (group.size() == 1) {
                    finish(one, null, groupFailed);
                    continue;
                }
                try {
                    finish(one, run(List.of(one.input)).get(0), null);
                } catch (RuntimeException e) {
                    finish(one, null, e);
                }
            }
            return;
        } catch (Error fatal) {
            group.forEach(one -> finish(one, null, new IllegalStateException(fatal)));
            throw fatal;
        }
        for (int i = 0; i < group.size(); i++) {
            finish(group.get(i), outputs.get(i), null);
        }
    }

    private List<O> run(List<I> inputs) {
        List<O> outputs = Objects.requireNonNull(work.apply(inputs));
        if (outputs.size() != inputs.size()) {
            throw new IllegalStateException("a group of " + inputs.size() + " was served " + outputs.size() + " outputs");
        }
        return outputs;
    }

    private void finish(Slot<I, O> slot, @Nullable O output, @Nullable RuntimeException failure) {
        slot.output = output;
        slot.failure = failure;
        slot.done = true;
        if (slot.caller != Thread.currentThread()) {
            LockSupport.unpark(slot.caller);
        }
    }
}
