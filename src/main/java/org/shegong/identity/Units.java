package org.shegong.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Spring Data JDBC keeps the bare number as the aggregate's key; the typed methods wrap it (decision 0007). */
interface Units extends ListCrudRepository<Unit, Long> {

    default Optional<Unit> find(UnitId id) {
        return findById(id.value());
    }

    default Optional<Unit> findInScope(UnitId id, String regionLike) {
        return findInScope(id.value(), regionLike);
    }

    @Query("select * from identity_unit where region_code like :regionLike and id = :id")
    Optional<Unit> findInScope(long id, String regionLike);

    @Query("""
            select * from identity_unit
            where region_code like :regionLike
              and (:q = '' or name like '%' || :q || '%' or region_code like :q || '%')
            order by region_code, name limit :limit
            """)
    List<Unit> search(String regionLike, String q, int limit);

    /** Active supervising units (social-work department first, then government) at the given regions, nearest first. */
    @Query("""
            select * from identity_unit
            where active and id <> :exceptId and region_code in (:regions)
              and kind in ('SOCIAL_WORK_DEPARTMENT', 'GOVERNMENT')
            order by region_code desc, case kind when 'SOCIAL_WORK_DEPARTMENT' then 0 else 1 end, id
            """)
    List<Unit> supervisingCandidates(long exceptId, List<String> regions);

    @Query("select count(*) > 0 from identity_unit where region_code = :regionCode and name = :name")
    boolean existsByRegionAndName(String regionCode, String name);
}
