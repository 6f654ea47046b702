-- workforce: a complex's facilities and services as text[] instead of one text joined by line breaks and split again
-- in SQL on every read (decision 0007 rule 5). ServiceComplexes.register wrote them stripped, without empty items and
-- joined by chr(10); split on the line break with the whitespace around it, the ends trimmed, empty items dropped (an
-- empty text becomes an empty array), order kept. Not searched in SQL, so no index.
ALTER TABLE workforce_complex
  ALTER COLUMN facilities TYPE text[]
    USING array_remove(regexp_split_to_array(regexp_replace(facilities, '^\s+|\s+$', '', 'g'), '\s*\n\s*'), ''),
  ALTER COLUMN services TYPE text[]
    USING array_remove(regexp_split_to_array(regexp_replace(services, '^\s+|\s+$', '', 'g'), '\s*\n\s*'), '');
