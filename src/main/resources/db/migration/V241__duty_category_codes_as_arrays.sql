-- duty: the category codes of a duty-list item and of a village work item as text[] instead of comma-separated text
-- (decision 0007 rule 5). They are not searched in SQL today; kept as an array so that the next reader who needs
-- "items covering category X" asks `category_codes @> array[X]` rather than LIKE. Empty entries are dropped (a
-- catalogue-derived village item stored ''). Rewriting a column fires no row trigger: published lists stay frozen.
ALTER TABLE duty_list_item
  ALTER COLUMN category_codes TYPE text[] USING array_remove(string_to_array(category_codes, ','), '');
ALTER TABLE duty_village_item
  ALTER COLUMN category_codes TYPE text[] USING array_remove(string_to_array(category_codes, ','), '');
