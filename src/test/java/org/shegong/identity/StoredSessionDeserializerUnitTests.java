package org.shegong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.Role;
import org.shegong.region.RegionCode;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

class StoredSessionDeserializerUnitTests {

    /** The principal in {@code identity/staff-principal-before-0007.b64}, with typed ids (see the README there). */
    static final StaffPrincipal IN_FIXTURE = new StaffPrincipal(AccountId.of(4321), "wuhou-mz", "王明哲", UnitId.of(765),
            "武侯区民政局", UnitKind.FUNCTIONAL_DEPARTMENT, RegionCode.of("510107000000"), Set.of(Role.DEPARTMENT_HANDLER),
            true, 3);

    final DeserializingConverter sessionReader =
            new DeserializingConverter(new StoredSessionDeserializer(getClass().getClassLoader()));

    static byte[] fixture() throws Exception {
        try (var in = StoredSessionDeserializerUnitTests.class.getResourceAsStream("/identity/staff-principal-before-0007.b64")) {
            return Base64.getMimeDecoder().decode(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void plainJavaDeserializationCannotReadAPrincipalStoredBeforeIdsWereTyped() throws Exception {
        try (var in = new ObjectInputStream(new ByteArrayInputStream(fixture()))) {
            assertThatThrownBy(in::readObject).isInstanceOf(InvalidClassException.class)
                    .hasMessageContaining("StaffPrincipal").hasMessageContaining("incompatible types for field");
        }
    }

    @Test
    void readsAPrincipalStoredBeforeIdsWereTypedAsTheSamePrincipalWithTypedIds() throws Exception {
        Object read = sessionReader.convert(fixture());

        assertThat(read).isInstanceOf(StaffPrincipal.class).isEqualTo(IN_FIXTURE);
        StaffPrincipal p = (StaffPrincipal) read;
        assertThat(p.accountId()).isEqualTo(AccountId.of(4321));
        assertThat(p.unitId()).isEqualTo(UnitId.of(765));
        assertThat(p.mustChangePassword()).isTrue();
        assertThat(p.securityVersion()).isEqualTo(3);
        assertThat(p.scope().unitId()).as("a functional department's scope is its unit's cases").isEqualTo(765L);
        assertThat(p.scope().assignedOnly()).isTrue();
    }

    @Test
    void theOldFormWrittenInTestsIsByteForByteWhatThePrincipalWithLongIdsWrote() throws Exception {
        assertThat(SessionFixtures.storedBefore0007(SessionFixtures.before0007(IN_FIXTURE))).isEqualTo(fixture());
    }

    @Test
    void readsAStoredSecurityContextWhosePrincipalIsInTheOldForm() {
        StaffPrincipal p = new StaffPrincipal(AccountId.of(9_000_001), "chenghua-gw", "李网格", UnitId.of(88),
                "成华区猛追湾街道", UnitKind.TOWNSHIP_OFFICE, RegionCode.of("510108004000"),
                Set.of(Role.TOWNSHIP_STAFF, Role.GRID_WORKER, Role.AUDITOR), false, 12);
        var token = UsernamePasswordAuthenticationToken.authenticated(SessionFixtures.before0007(p), null, p.authorities());
        // the same principal twice in one graph: the second is a back-reference to the first
        byte[] stored = SessionFixtures.storedBefore0007(List.of(new SecurityContextImpl(token), SessionFixtures.before0007(p)));

        @SuppressWarnings("unchecked")
        List<Object> read = (List<Object>) sessionReader.convert(stored);

        SecurityContext context = (SecurityContext) read.get(0);
        assertThat(context.getAuthentication().getPrincipal()).isEqualTo(p);
        assertThat(context.getAuthentication().getName()).isEqualTo("chenghua-gw");
        assertThat(context.getAuthentication().getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_TOWNSHIP_STAFF", "ROLE_GRID_WORKER", "ROLE_AUDITOR");
        assertThat(read.get(1)).isEqualTo(p);
    }

    @Test
    void aNewPrincipalIsStoredWithTypedIdsAndReadBackEqual() {
        StaffPrincipal p = new StaffPrincipal(AccountId.of(1_234_567), "wuhou-admin", "赵六", UnitId.of(42),
                "武侯区委社会工作部", UnitKind.SOCIAL_WORK_DEPARTMENT, RegionCode.of("510107000000"),
                Set.of(Role.COUNTY_ADMIN, Role.AUDITOR), false, 7);
        byte[] stored = new SerializingConverter().convert(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(p, null, p.authorities())));

        String text = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("Lorg/shegong/identity/AccountId;").contains("Lorg/shegong/identity/UnitId;")
                .doesNotContain("StoredBefore0007");
        SecurityContext read = (SecurityContext) sessionReader.convert(stored);
        assertThat(read.getAuthentication().getPrincipal()).isEqualTo(p);
        assertThat(((StaffPrincipal) read.getAuthentication().getPrincipal()).accountId().value()).isEqualTo(1_234_567L);
    }

    @Test
    void recognisesOnlyThePrincipalWithLongIdsAsTheOldForm() {
        assertThat(StoredSessionDeserializer.isBefore0007(ObjectStreamClass.lookup(StaffPrincipal.class))).isFalse();
        assertThat(StoredSessionDeserializer.isBefore0007(ObjectStreamClass.lookup(StaffPrincipal.StoredBefore0007.class)))
                .as("right fields, other name").isFalse();
        assertThat(StoredSessionDeserializer.isBefore0007(ObjectStreamClass.lookup(AccountId.class))).isFalse();
    }
}
