\set r random(1, :regions)
\set c random(1, :categories)
BEGIN;
select a.id, a.username from identity_account a where a.username = 'admin';
select * from duty_category where code = (select code from pb_cat where i = :c);
with reg as (select region_code, area_code from pb_region where i = :r),
stored as (
  insert into demand (tracking_code, kind, limit_class, channel, region_code, category_code, matter, address,
    lat, lng, contact_name, phone_cipher, phone_index, phone_masked, status, received_at, dispatch_by,
    dispatch_note, dispatch_note_en, submitted_by, version)
  select 'SC261201' || upper(substr(md5(random()::text), 1, 8)), 'COMPLAINT', 'ORDINARY', 'HOTLINE', reg.region_code, (select code from pb_cat where i = :c),
    '夜间施工噪声扰民，楼下工地每天晚上十一点以后还在打桩，吵得娃娃睡不着', '宜宾市翠屏区', null, null, null, decode(md5(random()::text) || md5(random()::text) || md5(random()::text) || md5(random()::text) || md5(random()::text), 'hex'),
    md5(random()::text) || md5(random()::text), '139****0182', 'RECEIVED', now(), now() + interval '1 day',
    '派单：自2026-12-01 09:49起24小时（7×24小时连续计算，节假日不顺延），截止2026-12-02 09:49。', 'Dispatch: 24 hours', 'admin', 1 from reg
  returning id, region_code, category_code),
entry as (
  insert into demand_timeline (demand_id, seq, at, actor, actor_unit_id, action, variant, detail)
  select id, 0, now(), 'admin', 1, 'SUBMIT', 'HOTLINE / COMPLAINT / ORDINARY', null from stored),
words as (
  insert into demand_text (demand_id, category_code, area_code, received_at, lat, lng, tokens)
  select id, category_code, (select area_code from reg), now(), null, null, string_to_array('夜间 施工 噪声 扰民 楼下 工地 每天 晚上 打桩 吵 娃娃 睡不着', ' ') from stored),
judged as (
  insert into demand_judgement (demand_id, catalogue_edition, category_code)
  select id, coalesce((select max(number) from duty_catalogue_edition), 0), category_code from stored),
lesson as (
insert into demand_lesson (demand_id, label, source)
select id, category_code, 'INTAKE' from stored)
insert into insight_demand (demand_id, region_code, category_code, month, received_at, entered_at)
select id, region_code, category_code, date_trunc('month', now())::date, now(), null from stored;
COMMIT;
