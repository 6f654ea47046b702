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
  returning id, region_code, category_code)
select 1 from stored;
COMMIT;
