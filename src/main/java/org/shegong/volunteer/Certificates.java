package org.shegong.volunteer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.ShegongApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service-record certificates. The volunteer asks an organization they served; the certificate is issued in that
 * organization's name and lists only the hours it confirmed (志愿服务记录与证明出具办法 §§12–13: issued free and
 * truthfully by the body that recorded the service). Anyone can verify a number without learning personal data.
 */
@Service
public class Certificates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final JdbcClient jdbc;
    private final CertificateNumbers numbers;
    private final CertificateDocument document;
    private final Clock clock;

    Certificates(JdbcClient jdbc, CertificateNumbers numbers, CertificateDocument document, Clock clock) {
        this.jdbc = jdbc;
        this.numbers = numbers;
        this.document = document;
        this.clock = clock;
    }

    /** Organizations that confirmed hours of this volunteer, with the confirmed minutes: whom they may ask. */
    public record Issuer(long organizationId, String organization, long minutes) {

        public String hours() {
            return Hours.text(minutes);
        }
    }

    @Transactional(readOnly = true)
    public List<Issuer> issuersFor(VolunteerId volunteerId) {
        return jdbc.sql("""
                SELECT o.id AS organization_id, o.name AS organization, sum(t.minutes) AS minutes
                FROM volunteer_attendance t JOIN volunteer_signup g ON g.id = t.signup_id JOIN volunteer_shift s ON s.id = g.shift_id
                JOIN volunteer_activity a ON a.id = s.activity_id JOIN volunteer_organization o ON o.id = a.organization_id
                WHERE g.volunteer_id = :v AND t.status = 'CONFIRMED' GROUP BY o.id, o.name ORDER BY o.name""")
                .param("v", volunteerId.value()).query(Rows.of(Issuer.class)).list();
    }

    @Transactional
    public CertificateView issue(VolunteerId volunteerId, long organizationId) {
        record Line(Instant startsAt, String title, String roleName, int minutes) {
        }
        List<Line> lines = jdbc.sql("""
                SELECT s.starts_at, a.title, s.role_name, t.minutes
                FROM volunteer_attendance t JOIN volunteer_signup g ON g.id = t.signup_id JOIN volunteer_shift s ON s.id = g.shift_id
                JOIN volunteer_activity a ON a.id = s.activity_id
                WHERE g.volunteer_id = :v AND a.organization_id = :o AND t.status = 'CONFIRMED' ORDER BY s.starts_at""")
                .param("v", volunteerId.value()).param("o", organizationId).query(Rows.of(Line.class)).list();
        if (lines.isEmpty()) {
            throw new InvalidInput("organizationId", "volunteer.certificate.nothing");
        }
        long minutes = lines.stream().mapToLong(Line::minutes).sum();
        String content = String.join("\n", lines.stream().map(l -> DAY.format(l.startsAt().atZone(ShegongApplication.ZONE))
                + " " + l.title() + "（" + l.roleName() + "）" + Hours.text(l.minutes()) + " 小时").toList());
        if (content.length() > 2000) {
            content = content.substring(0, content.lastIndexOf('\n', 1990)) + "\n……";
        }
        // stored line by line (V262); joined, the lines are at most 2,000 characters as checked above
        String[] stored = content.split("\n");
        Instant now = clock.instant();
        long serial = jdbc.sql("SELECT nextval('volunteer_certificate_seq')").query(Long.class).single();
        String number = numbers.next(LocalDate.ofInstant(now, ShegongApplication.ZONE), serial);
        jdbc.sql("""
                INSERT INTO volunteer_certificate (number, volunteer_id, organization_id, minutes, content, issued_at)
                VALUES (:n, :v, :o, :m, :c, :at)""").param("n", number).param("v", volunteerId.value()).param("o", organizationId)
                .param("m", minutes).param("c", stored).param("at", Timestamp.from(now)).update();
        return find(volunteerId, number);
    }

    @Transactional(readOnly = true)
    public List<CertificateView> of(VolunteerId volunteerId) {
        return jdbc.sql(SELECT + " WHERE c.volunteer_id = :v ORDER BY c.issued_at DESC").param("v", volunteerId.value())
                .query(Rows.of(CertificateView.class)).list();
    }

    /** The volunteer's own certificate; anyone else's number does not exist for them. */
    @Transactional(readOnly = true)
    public CertificateView find(VolunteerId volunteerId, String number) {
        return jdbc.sql(SELECT + " WHERE c.number = :n AND c.volunteer_id = :v").param("n", number).param("v", volunteerId.value())
                .query(Rows.of(CertificateView.class)).optional().orElseThrow(() -> new NotFound("certificate", number));
    }

    /** The certificate as a PDF whose QR code leads to {@code verifyUrl}. */
    public byte[] pdf(CertificateView c, String verifyUrl) {
        return document.render(c, verifyUrl);
    }

    /** For the public page: genuine, altered or unknown — never personal data beyond a masked name. */
    @Transactional(readOnly = true)
    public Verification verify(String number) {
        String n = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        String shown = n.length() > 40 ? n.substring(0, 40) : n;
        return switch (numbers.shape(n)) {
            case MALFORMED -> new Verification(shown, Verification.Result.UNKNOWN, null, null, null, null);
            case ALTERED -> new Verification(shown, Verification.Result.ALTERED, null, null, null, null);
            case WELL_FORMED -> jdbc.sql(SELECT + " WHERE c.number = :n").param("n", n)
                    .query(Rows.of(CertificateView.class)).optional()
                    .map(c -> new Verification(c.number(), Verification.Result.VALID, c.organization(),
                            LocalDate.ofInstant(c.issuedAt(), ShegongApplication.ZONE), c.hours(), maskName(c.volunteerName())))
                    .orElseGet(() -> new Verification(shown, Verification.Result.UNKNOWN, null, null, null, null));
        };
    }

    static String maskName(String name) {
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    private static final String SELECT = """
            SELECT c.number, v.name AS volunteer_name, v.id_masked, v.number AS volunteer_number, o.name AS organization,
              c.minutes, c.content, c.issued_at
            FROM volunteer_certificate c JOIN volunteer_volunteer v ON v.id = c.volunteer_id
            JOIN volunteer_organization o ON o.id = c.organization_id""";
}
