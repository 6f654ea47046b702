\set c random(1, :categories)
BEGIN;
select a.id, a.username from identity_account a where a.username = 'admin';
select * from duty_category where code = (select code from pb_cat where i = :c);
insert into pb_t (a, b) values ('夜间施工噪声扰民，楼下工地每天晚上十一点以后还在打桩，吵得娃娃睡不着', decode(md5(random()::text), 'hex'));
COMMIT;
