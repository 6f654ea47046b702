package org.shegong.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Spring Data JDBC keeps the bare number as the aggregate's key; the typed methods wrap it (decision 0007). */
interface Accounts extends ListCrudRepository<Account, Long> {

    default Optional<Account> find(AccountId id) {
        return findById(id.value());
    }

    default Optional<Account> findInScope(AccountId id, String regionLike) {
        return findInScope(id.value(), regionLike);
    }

    default List<Account> enabledInUnit(UnitId unitId) {
        return enabledInUnit(unitId.value());
    }

    Optional<Account> findByUsername(String username);

    @Query("""
            select a.* from identity_account a join identity_unit u on u.id = a.unit_id
            where a.id = :id and u.region_code like :regionLike
            """)
    Optional<Account> findInScope(long id, String regionLike);

    @Query("""
            select a.* from identity_account a join identity_unit u on u.id = a.unit_id
            where u.region_code like :regionLike
              and (:q = '' or a.username like '%' || :q || '%' or a.display_name like '%' || :q || '%')
            order by u.region_code, a.username limit :limit
            """)
    List<Account> search(String regionLike, String q, int limit);

    @Query("select count(*) > 0 from identity_account a join identity_account_role r on r.account_id = a.id where r.role = 'PROVINCE_ADMIN'")
    boolean anyProvinceAdministrator();

    @Query("select * from identity_account where unit_id = :unitId and enabled order by display_name, username limit 500")
    List<Account> enabledInUnit(long unitId);

    @Query("select * from identity_account where phone_index = :index")
    List<Account> findByPhoneIndex(String index);
}
