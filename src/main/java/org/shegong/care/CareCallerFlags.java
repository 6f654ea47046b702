package org.shegong.care;

import java.util.List;
import org.shegong.demand.CallerFlags;
import org.shegong.identity.MobileNumber;
import org.shegong.identity.PiiKind;
import org.shegong.identity.PiiVault;
import org.shegong.region.Scope;
import org.springframework.stereotype.Component;

/** A caller registered in a priority group is flagged to the hotline operator with the group's name only. */
@Component
class CareCallerFlags implements CallerFlags {

    private final CareRegistry registry;
    private final PiiVault vault;

    CareCallerFlags(CareRegistry registry, PiiVault vault) {
        this.registry = registry;
        this.vault = vault;
    }

    @Override
    public List<Flag> flagsFor(MobileNumber caller, Scope scope) {
        return registry.groupOfCaller(vault.blindIndex(PiiKind.MOBILE, caller.value()), scope.regionLike())
                .map(names -> {
                    String[] zhEn = names.split("\\|", 2);
                    return List.of(new Flag("重点关爱对象：" + zhEn[0], "Priority care: " + zhEn[1]));
                }).orElse(List.of());
    }
}
