-- burden: a form field's choices as text[] instead of one text joined by '|' and split again on every read (decision
-- 0007 rule 5). DataForms.create wrote them stripped, without empty or repeated choices, joined by '|', and NULL for a
-- field with none; split on '|' with the whitespace around it, the ends trimmed, empty entries dropped, order kept (the
-- order the form shows). A field without choices gets the empty array, and the column is NOT NULL from now on.
-- Not searched in SQL, so no index.
ALTER TABLE burden_form_field
  ALTER COLUMN choices TYPE text[] USING coalesce(
    array_remove(regexp_split_to_array(regexp_replace(choices, '^\s+|\s+$', '', 'g'), '\s*\|\s*'), ''), '{}'),
  ALTER COLUMN choices SET DEFAULT '{}',
  ALTER COLUMN choices SET NOT NULL;
