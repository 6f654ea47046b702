package org.shegong.identity;

import org.shegong.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.shegong.region.RegionCode;

/**
 * On first start, when no province administrator exists, creates one from
 * {@code SHEGONG_ADMIN_USERNAME}/{@code SHEGONG_ADMIN_PASSWORD}. On the embedded default without them,
 * a random password is generated and printed once; it must be changed at first login. There is no
 * fixed default password anywhere.
 */
@Component
@Order(10)
class BootstrapAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);
    static final String PROVINCE_UNIT = "四川省委社会工作部";

    private final Accounts accounts;
    private final Units units;
    private final PasswordEncoder passwords;
    private final IdentityProperties properties;
    private final Environment env;
    private final AuditLog audit;
    private final Clock clock;

    BootstrapAdministrator(Accounts accounts, Units units, PasswordEncoder passwords, IdentityProperties properties,
            Environment env, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.passwords = passwords;
        this.properties = properties;
        this.env = env;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.anyProvinceAdministrator()) {
            return;
        }
        String username = properties.admin().username().isBlank() ? "admin" : properties.admin().username().strip();
        String password = properties.admin().password();
        boolean generated = false;
        if (password.isBlank()) {
            String url = env.getProperty("spring.datasource.url");
            if (url != null && !url.isBlank()) {
                throw new StartupRefused("identity.bootstrap.noAdministrator");
            }
            password = generatePassword();
            generated = true;
        } else {
            try {
                PasswordPolicy.check(username, password);
            } catch (org.shegong.InvalidInput broken) {
                throw new StartupRefused("identity.bootstrap.passwordRejected", broken.messageKey());
            }
        }
        Unit unit = units.search(RegionCode.SICHUAN.value(), PROVINCE_UNIT, 1).stream()
                .filter(u -> u.region().equals(RegionCode.SICHUAN)).findFirst()
                .orElseGet(() -> units.save(Unit.create(PROVINCE_UNIT, UnitKind.SOCIAL_WORK_DEPARTMENT, RegionCode.SICHUAN,
                        clock.instant())));
        Account admin = Account.create(username, "省级管理员", unit.id(), Set.of(Role.PROVINCE_ADMIN, Role.AUDITOR),
                passwords.encode(password), generated, clock.instant());
        accounts.save(admin);
        audit.record(new AuditEntry("system", null, "bootstrap.admin", "account:" + username, "OK",
                generated ? "generated password" : "from SHEGONG_ADMIN_PASSWORD", null));
        if (generated) {
            log.warn("""

                    ==================================================================
                     首次启动：已创建省级管理员 / First start: province administrator created
                       用户名 username: {}
                       初始密码 password: {}
                     此密码只显示这一次，首次登录后必须修改。
                     Shown only this once; it must be changed at first login.
                    ==================================================================""", username, password);
        } else {
            log.info("Created province administrator '{}' from SHEGONG_ADMIN_USERNAME/SHEGONG_ADMIN_PASSWORD", username);
        }
    }

    private static String generatePassword() {
        String upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        String lower = "abcdefghijkmnpqrstuvwxyz";
        String digits = "23456789";
        String symbols = "#%+=@";
        String all = upper + lower + digits + symbols;
        SecureRandom r = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        sb.append(upper.charAt(r.nextInt(upper.length()))).append(lower.charAt(r.nextInt(lower.length())))
                .append(digits.charAt(r.nextInt(digits.length()))).append(symbols.charAt(r.nextInt(symbols.length())));
        for (int i = 0; i < 12; i++) {
            sb.append(all.charAt(r.nextInt(all.length())));
        }
        return sb.toString();
    }
}
