-- suggestion: an award round's grades and panel are no longer delimited text (decision 0007 rule 5).
--
-- Grades (上海市人民建议征集若干规定 §16: the grades and how many of each may be given) become a child table, one row
-- per grade in the order they were typed, instead of 'name=places; …' parsed again on every read. A table rather than
-- two parallel arrays (names text[], places int[]) or a jsonb: each grade is a row whose name is unique in its round and
-- whose places are checked like any column, and an award's grade references one of its round's grades by foreign key,
-- which neither arrays (whose lengths could drift apart) nor a jsonb can give.
CREATE TABLE suggestion_award_grade (
  round_id  BIGINT NOT NULL REFERENCES suggestion_award_round (id),
  ord       INT NOT NULL CHECK (ord >= 1),
  name      TEXT NOT NULL CHECK (char_length(name) BETWEEN 1 AND 20),
  places    INT NOT NULL CHECK (places BETWEEN 1 AND 1000),
  PRIMARY KEY (round_id, ord),
  UNIQUE (round_id, name)
);

-- AwardRound.gradesText wrote 'name=places' pairs joined by '; ', names stripped, none holding '=' or ';'; split the
-- same way, each part trimmed, empty parts dropped, order kept.
INSERT INTO suggestion_award_grade (round_id, ord, name, places)
SELECT r.id, row_number() OVER (PARTITION BY r.id ORDER BY g.n), btrim(split_part(g.part, '=', 1)),
       btrim(split_part(g.part, '=', 2))::int
  FROM suggestion_award_round r, regexp_split_to_table(r.grades, ';') WITH ORDINALITY AS g (part, n)
 WHERE btrim(g.part) <> '';

ALTER TABLE suggestion_award
  ADD CONSTRAINT suggestion_award_grade_fk FOREIGN KEY (round_id, grade) REFERENCES suggestion_award_grade (round_id, name);
ALTER TABLE suggestion_award_round DROP COLUMN grades;

-- The panel that decided a round (at least three members) as text[] in the order named instead of the names joined
-- by '、'; NULL stays NULL (not decided yet), an empty text becomes the empty array. Not searched in SQL, so no index.
ALTER TABLE suggestion_award_round
  ALTER COLUMN panel TYPE text[]
    USING array_remove(regexp_split_to_array(regexp_replace(panel, '^\s+|\s+$', '', 'g'), '\s*、\s*'), '');
