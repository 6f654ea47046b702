package org.shegong.volunteer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.ShegongApplication;
import org.shegong.identity.MobileNumber;
import org.shegong.identity.PiiKind;
import org.shegong.identity.PiiVault;
import org.shegong.identity.ResidentIdNumber;
import org.shegong.identity.SealedValue;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.Scope;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Volunteers: self-registration, their own light sign-in, their profile with hours and stars. */
@Service
@EnableConfigurationProperties(VolunteerProperties.class)
public class VolunteerRegistry {

    private final JdbcClient jdbc;
    private final PiiVault vault;
    private final PasswordEncoder passwords;
    private final RegionDirectory regions;
    private final Clock clock;
    private final StarPolicy stars;
    // a real hash to compare against when the mobile is unknown, so both failures take the same time
    private final String decoyHash;

    VolunteerRegistry(JdbcClient jdbc, PiiVault vault, PasswordEncoder passwords, RegionDirectory regions, Clock clock,
            VolunteerProperties properties) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.passwords = passwords;
        this.regions = regions;
        this.clock = clock;
        this.stars = new StarPolicy(properties.stars());
        this.decoyHash = passwords.encode("decoy-password-never-used");
    }

    /** Registers a volunteer and returns their number; nothing is stored when any rule fails. */
    @Transactional
    public VolunteerProfile register(RegisterVolunteer cmd) {
        String name = cmd.name() == null ? "" : cmd.name().strip();
        if (name.isEmpty() || name.length() > 60) {
            throw new InvalidInput("name", "volunteer.name.required");
        }
        ResidentIdNumber id = new ResidentIdNumber(cmd.idNumber());
        MobileNumber mobile = new MobileNumber(cmd.mobile());
        String password = cmd.password() == null ? "" : cmd.password();
        if (password.length() < 8 || password.length() > 64 || !password.matches(".*[A-Za-z].*") || !password.matches(".*\\d.*")) {
            throw new InvalidInput("password", "volunteer.password.weak");
        }
        List<String> skills = Skills.parse(cmd.skills());
        RegionCode region = region(cmd.regionCode());
        LocalDate today = LocalDate.now(clock.withZone(ShegongApplication.ZONE));
        LocalDate born = id.birthDate();
        if (born.isAfter(today)) {
            throw new InvalidInput("idNumber", "volunteer.idNumber.future");
        }
        String guardianName = null;
        SealedValue guardianMobile = null;
        if (MinorPolicy.minor(born, today)) {
            guardianName = cmd.guardianName() == null ? "" : cmd.guardianName().strip();
            if (!cmd.guardianConsent() || guardianName.isEmpty() || cmd.guardianMobile() == null || cmd.guardianMobile().isBlank()) {
                throw new InvalidInput("guardianConsent", "volunteer.minor.consent");
            }
            MobileNumber gm = new MobileNumber(cmd.guardianMobile());
            if (gm.value().equals(mobile.value()) && MinorPolicy.child(born, today)) {
                throw new InvalidInput("guardianMobile", "volunteer.minor.guardianMobile");
            }
            guardianMobile = vault.seal(PiiKind.MOBILE, gm.value());
        }
        SealedValue sealedId = vault.seal(PiiKind.RESIDENT_ID, id.value());
        SealedValue sealedMobile = vault.seal(PiiKind.MOBILE, mobile.value());
        if (jdbc.sql("SELECT count(*) FROM volunteer_volunteer WHERE id_index = :i").param("i", sealedId.blindIndex())
                .query(Long.class).single() > 0) {
            throw new InvalidInput("idNumber", "volunteer.idNumber.taken");
        }
        if (jdbc.sql("SELECT count(*) FROM volunteer_volunteer WHERE mobile_index = :i").param("i", sealedMobile.blindIndex())
                .query(Long.class).single() > 0) {
            throw new InvalidInput("mobile", "volunteer.mobile.taken");
        }
        long serial = jdbc.sql("SELECT nextval('volunteer_number_seq')").query(Long.class).single();
        String number = "ZY" + region.value().substring(0, 6) + String.format(Locale.ROOT, "%08d", serial);
        Set<Availability> availability = cmd.availability() == null || cmd.availability().isEmpty()
                ? EnumSet.noneOf(Availability.class) : EnumSet.copyOf(cmd.availability());
        try {
            long newId = jdbc.sql("""
                    INSERT INTO volunteer_volunteer (number, name, id_cipher, id_index, id_masked, birth_date, mobile_cipher,
                      mobile_index, mobile_masked, password_hash, skills, availability, region_code, guardian_name,
                      guardian_mobile_cipher, guardian_mobile_masked, guardian_consent_at, registered_at)
                    VALUES (:number, :name, :idc, :idi, :idm, :born, :mc, :mi, :mm, :hash, :skills, :avail, :region, :gn,
                      :gmc, :gmm, :consent, :now) RETURNING id""")
                    .param("number", number).param("name", name)
                    .param("idc", sealedId.cipher()).param("idi", sealedId.blindIndex()).param("idm", sealedId.masked())
                    .param("born", born)
                    .param("mc", sealedMobile.cipher()).param("mi", sealedMobile.blindIndex()).param("mm", sealedMobile.masked())
                    .param("hash", passwords.encode(password)).param("skills", Skills.store(skills))
                    .param("avail", availability.stream().map(Enum::name).toArray(String[]::new))
                    .param("region", region.value()).param("gn", guardianName)
                    .param("gmc", guardianMobile == null ? null : guardianMobile.cipher())
                    .param("gmm", guardianMobile == null ? null : guardianMobile.masked())
                    .param("consent", guardianMobile == null ? null : java.sql.Timestamp.from(clock.instant()))
                    .param("now", java.sql.Timestamp.from(clock.instant()))
                    .query(Long.class).single();
            return profile(new VolunteerId(newId));
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("mobile", "volunteer.mobile.taken");
        }
    }

    private RegionCode region(@Nullable String code) {
        if (code == null || !RegionCode.isWellFormed(code.strip())) {
            throw new InvalidInput("regionCode", "volunteer.region.unknown");
        }
        RegionCode region = RegionCode.of(code);
        if (regions.find(region).isEmpty()) {
            throw new InvalidInput("regionCode", "volunteer.region.unknown");
        }
        return region;
    }

    /** Consecutive failed sign-ins that lock a volunteer's sign-in, and for how long (as for staff: decision 0003). */
    static final int MAX_FAILURES = 5;
    static final java.time.Duration LOCK_FOR = java.time.Duration.ofMinutes(15);

    /**
     * The volunteer with this mobile number and password, or a refusal that does not say which was wrong. Not one
     * transaction: a failure is counted (and may lock the sign-in) even though the caller is refused.
     */
    public VolunteerId signIn(String mobile, String password) {
        String index;
        try {
            index = vault.blindIndex(PiiKind.MOBILE, new MobileNumber(mobile).value());
        } catch (InvalidInput e) {
            throw new InvalidInput("mobile", "volunteer.signIn.bad");
        }
        Optional<Credentials> found = jdbc.sql("SELECT id, password_hash, locked_until FROM volunteer_volunteer WHERE mobile_index = :i")
                .param("i", index).query(Rows.of(Credentials.class)).optional();
        String given = password == null ? "" : password;
        if (found.isEmpty()) {
            passwords.matches(given, decoyHash);
            throw new InvalidInput("mobile", "volunteer.signIn.bad");
        }
        Credentials c = found.get();
        if (c.lockedUntil() != null && c.lockedUntil().isAfter(clock.instant())) {
            throw new InvalidInput("mobile", "volunteer.signIn.locked", LOCK_FOR.toMinutes());
        }
        if (!passwords.matches(given, c.passwordHash())) {
            jdbc.sql("""
                    UPDATE volunteer_volunteer SET failed_sign_ins = failed_sign_ins + 1,
                      locked_until = CASE WHEN failed_sign_ins + 1 >= :max THEN CAST(:until AS timestamptz) ELSE locked_until END
                    WHERE id = :id""").param("max", MAX_FAILURES)
                    .param("until", java.sql.Timestamp.from(clock.instant().plus(LOCK_FOR))).param("id", c.id()).update();
            throw new InvalidInput("mobile", "volunteer.signIn.bad");
        }
        jdbc.sql("UPDATE volunteer_volunteer SET failed_sign_ins = 0, locked_until = NULL WHERE id = :id AND failed_sign_ins > 0")
                .param("id", c.id()).update();
        return new VolunteerId(c.id());
    }

    private record Credentials(long id, String passwordHash, java.time.@Nullable Instant lockedUntil) {
    }

    @Transactional(readOnly = true)
    public VolunteerProfile profile(VolunteerId volunteerId) {
        Row r = jdbc.sql("""
                SELECT v.id, v.number, v.name, v.id_masked, v.mobile_masked, v.birth_date, v.skills, v.availability, v.region_code,
                  coalesce((SELECT sum(a.minutes) FROM volunteer_attendance a JOIN volunteer_signup s ON s.id = a.signup_id
                            WHERE s.volunteer_id = v.id AND a.status = 'CONFIRMED'), 0) AS confirmed,
                  coalesce((SELECT sum(a.minutes) FROM volunteer_attendance a JOIN volunteer_signup s ON s.id = a.signup_id
                            WHERE s.volunteer_id = v.id), 0) AS recorded
                FROM volunteer_volunteer v WHERE v.id = :id""").param("id", volunteerId.value()).query(Rows.of(Row.class)).optional()
                .orElseThrow(() -> new NotFound("volunteer", volunteerId));
        return r.profile(LocalDate.now(clock.withZone(ShegongApplication.ZONE)), stars);
    }

    /**
     * Volunteers whose service area lies in the staff member's scope (masked); {@code q}: part of a name or number, or
     * one whole skill (matched in the skills array through its GIN index, V240).
     */
    @Transactional(readOnly = true)
    public List<VolunteerProfile> inScope(Scope scope, @Nullable String q, int limit) {
        String like = q == null || q.isBlank() ? null : "%" + q.strip().replace("\\", "").replace("%", "").replace("_", "") + "%";
        String skill = q == null || q.isBlank() ? null : Skills.one(q);
        LocalDate today = LocalDate.now(clock.withZone(ShegongApplication.ZONE));
        return jdbc.sql("""
                SELECT v.id, v.number, v.name, v.id_masked, v.mobile_masked, v.birth_date, v.skills, v.availability, v.region_code,
                  coalesce((SELECT sum(a.minutes) FROM volunteer_attendance a JOIN volunteer_signup s ON s.id = a.signup_id
                            WHERE s.volunteer_id = v.id AND a.status = 'CONFIRMED'), 0) AS confirmed,
                  coalesce((SELECT sum(a.minutes) FROM volunteer_attendance a JOIN volunteer_signup s ON s.id = a.signup_id
                            WHERE s.volunteer_id = v.id), 0) AS recorded
                FROM volunteer_volunteer v
                WHERE v.region_code LIKE :region AND (CAST(:q AS text) IS NULL OR v.name LIKE :q OR v.number LIKE :q
                  OR v.skills @> ARRAY[CAST(:skill AS text)])
                ORDER BY v.id DESC LIMIT :limit""")
                .param("region", scope.regionLike()).param("q", like).param("skill", skill)
                .param("limit", Math.min(Math.max(limit, 1), 500))
                .query(Rows.of(Row.class)).list().stream().map(r -> r.profile(today, stars)).toList();
    }

    int stars(String regionCode, long minutes) {
        return stars.stars(regionCode, minutes);
    }

    record Row(VolunteerId id, String number, String name, String idMasked, String mobileMasked, LocalDate birthDate,
            List<String> skills, List<String> availability, String regionCode, long confirmed, long recorded) {

        VolunteerProfile profile(LocalDate today, StarPolicy stars) {
            Set<Availability> avail = availability.stream().map(Availability::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Availability.class)));
            return new VolunteerProfile(id, number, name, idMasked, mobileMasked, MinorPolicy.age(birthDate, today),
                    MinorPolicy.minor(birthDate, today), skills, avail,
                    regionCode, confirmed, recorded, stars.stars(regionCode, confirmed), stars.hoursToNext(regionCode, confirmed));
        }
    }
}
