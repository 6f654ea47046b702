insert into pb_t (a, b) values ('夜间施工噪声扰民', decode(md5(random()::text), 'hex'));
