package org.shegong.suggestion;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collection points and their signed links: the QR poster of a point carries {@code point} and {@code sig}, an HMAC
 * of the point id under the installation's link key, so a link with a made-up or altered point id is refused and a
 * suggestion sent through a genuine one records the point as its channel.
 */
@Service
public class PointManagement {

    private final JdbcClient jdbc;
    private final SuggestionPermissions permissions;
    private final Clock clock;
    private volatile byte @Nullable [] key;

    PointManagement(JdbcClient jdbc, SuggestionPermissions permissions, Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Transactional
    public Point register(StaffPrincipal me, String name, String place, String regionCode) {
        permissions.require(me, SuggestionStep.MANAGE_POINTS);
        String n = Texts.required("name", name, 100, "suggestion.point.name.empty");
        String p = Texts.optional("place", place, 200);
        if (regionCode == null || !RegionCode.isWellFormed(regionCode) || !me.scope().covers(RegionCode.of(regionCode))) {
            throw new InvalidInput("regionCode", "suggestion.region.invalid");
        }
        long stored = jdbc.sql("""
                insert into suggestion_point (name, place, region_code, created_by, created_at)
                values (:name, :place, :region, :by, :at) returning id
                """).param("name", n).param("place", p).param("region", regionCode).param("by", me.username())
                .param("at", Suggestions.ts(clock.instant())).query(Long.class).single();
        return find(new PointId(stored)).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Point> list(StaffPrincipal me) {
        return jdbc.sql("select * from suggestion_point where region_code like :like order by id desc limit 500")
                .param("like", me.scope().regionLike()).query(Rows.of(Point.class)).list();
    }

    /** One point in the caller's scope (404 otherwise). */
    @Transactional(readOnly = true)
    public Point get(StaffPrincipal me, PointId id) {
        return find(id).filter(p -> me.scope().covers(RegionCode.of(p.regionCode())))
                .orElseThrow(() -> new NotFound("point", id));
    }

    Optional<Point> find(PointId id) {
        return jdbc.sql("select * from suggestion_point where id = :id").param("id", id.value()).query(Rows.of(Point.class)).optional();
    }

    /** The public page's link for a point, with its signature. */
    public String link(Point p) {
        return "/public/suggestions/new?point=" + p.id().value() + "&sig=" + signature(p.id());
    }

    /** The point a public link names, if its signature holds; a forged link is refused. */
    @Transactional(readOnly = true)
    public Optional<Point> verified(@Nullable PointId pointId, @Nullable String sig) {
        if (pointId == null) {
            return Optional.empty();
        }
        if (sig == null || !MessageDigest.isEqual(signature(pointId).getBytes(StandardCharsets.US_ASCII),
                sig.getBytes(StandardCharsets.US_ASCII))) {
            throw new InvalidInput("point", "suggestion.point.forged");
        }
        return Optional.of(find(pointId).orElseThrow(() -> new InvalidInput("point", "suggestion.point.forged")));
    }

    String signature(PointId pointId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] out = mac.doFinal(("point:" + pointId.value()).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(out, 0, 12);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            k = jdbc.sql("select key from suggestion_link_key where id = 1").query(String.class).single()
                    .getBytes(StandardCharsets.US_ASCII);
            key = k;
        }
        return k;
    }

    /** A QR code of {@code text} as an SVG document (black modules on white, quiet zone of 4). */
    public static String qrSvg(String text) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    if (m.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                    + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
                    + path + "\"/></svg>";
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as QR: " + text.length() + " characters", e);
        }
    }
}
