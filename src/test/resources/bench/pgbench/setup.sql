-- Lookup tables for the registration scripts (run once on a kept benchmark database, e.g. /work/bench-data):
-- the region/area pairs and categories the year's recent demands use.
drop table if exists pb_region;
create table pb_region as select row_number() over () as i, region_code, area_code
  from (select distinct d.region_code, t.area_code from demand d join demand_text t on t.demand_id = d.id
        where d.id > (select max(id) - 100000 from demand)) x;
drop table if exists pb_cat;
create table pb_cat as select row_number() over () as i, code from duty_category where active and code ~ '-';
create table if not exists pb_t (id bigserial primary key, a text, b bytea);
