package org.shegong.identity;

import org.springframework.data.relational.core.mapping.Table;

@Table("identity_account_role")
record AccountRole(String role) {
}
