package org.shegong.limit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.shegong.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counters: one Bucket4j token bucket per key in {@code limit_bucket} (read and written under
 * {@code SELECT ... FOR UPDATE}, so concurrent nodes see one count), and the refusals administrators see and lift.
 */
@Component
public class Limits {

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final JdbcClient jdbc;
    private final Clock clock;

    Limits(DataSource dataSource, JdbcClient jdbc, Clock clock) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                // a full bucket is the same as none: rows may go once refilled (plus a margin)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(10)))
                .build();
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes {@code amount} tokens; empty when allowed, otherwise how long until they would be there. */
    Optional<Duration> take(String key, LimitProperties.Rate rate, long amount) {
        if (!rate.limited()) {
            return Optional.empty();
        }
        ConsumptionProbe probe = bucket(key, rate).tryConsumeAndReturnRemaining(amount);
        return probe.isConsumed() ? Optional.empty() : Optional.of(wait(probe.getNanosToWaitForRefill(), rate));
    }

    /** Empty while one more token is there (nothing is taken), otherwise how long until there is one. */
    Optional<Duration> exhausted(String key, LimitProperties.Rate rate) {
        if (!rate.limited()) {
            return Optional.empty();
        }
        EstimationProbe probe = bucket(key, rate).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(wait(probe.getNanosToWaitForRefill(), rate));
    }

    /** Whether the bucket is full, i.e. nothing was taken from it recently. */
    boolean untouched(String key, LimitProperties.Rate rate) {
        return !rate.limited() || bucket(key, rate).getAvailableTokens() >= rate.tokens();
    }

    void refused(String key, String group, String kind, String subject, Duration wait) {
        Instant now = clock.instant();
        jdbc.sql("""
                insert into limit_block (bucket_key, route_group, kind, subject, refusals, first_refused, last_refused, blocked_until)
                values (:key, :group, :kind, :subject, 1, :now, :now, :until)
                on conflict (bucket_key) do update set
                    refusals = case when limit_block.blocked_until < :now then 1 else limit_block.refusals + 1 end,
                    first_refused = case when limit_block.blocked_until < :now then :now else limit_block.first_refused end,
                    last_refused = :now,
                    blocked_until = greatest(limit_block.blocked_until, :until)
                """)
                .param("key", key).param("group", group).param("kind", kind).param("subject", Keys.clean(subject))
                .param("now", Timestamp.from(now)).param("until", Timestamp.from(now.plus(wait)))
                .update();
    }

    /** Buckets that refused a request and are not yet refilled, newest first. */
    public List<Block> blocks() {
        return jdbc.sql("""
                select bucket_key as key, route_group as "group", kind, subject, refusals, first_refused, last_refused,
                  blocked_until
                from limit_block where blocked_until > :now order by last_refused desc limit 500
                """)
                .param("now", Timestamp.from(clock.instant()))
                .query(Rows.of(Block.class)).list();
    }

    /** Refills a bucket at once (its row goes) and drops its block; false when there was no such block. */
    public boolean lift(String key) {
        buckets.removeProxy(key);
        return jdbc.sql("delete from limit_block where bucket_key = :key").param("key", key).update() > 0;
    }

    /** Removes buckets that have refilled and blocks that ended a day ago. */
    int cleanUp() {
        int removed = 0;
        for (int batch; (batch = buckets.removeExpired(1000)) > 0; ) {
            removed += batch;
        }
        return removed + jdbc.sql("delete from limit_block where blocked_until < :cutoff")
                .param("cutoff", Timestamp.from(clock.instant().minus(Duration.ofDays(1)))).update();
    }

    private BucketProxy bucket(String key, LimitProperties.Rate rate) {
        return buckets.builder().build(key, () -> BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(rate.tokens()).refillGreedy(rate.tokens(), rate.per()))
                .build());
    }

    private static Duration wait(long nanos, LimitProperties.Rate rate) {
        if (nanos <= 0) {
            return Duration.ofSeconds(1);
        }
        // more than the bucket holds never fits; say "after one full period"
        return nanos >= rate.per().toNanos() * 2 ? rate.per() : Duration.ofNanos(nanos);
    }
}
