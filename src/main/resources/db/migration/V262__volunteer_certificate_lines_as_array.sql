-- volunteer: a certificate's content is its lines (one per confirmed shift, 志愿服务记录与证明出具办法 §13), kept as
-- text[] instead of one text joined by line breaks and split again on every read (decision 0007 rule 5). The lines
-- stay as issued; the 2,000-character limit of the issued text (varchar(2000)) holds for the lines joined as before.
ALTER TABLE volunteer_certificate ALTER COLUMN content TYPE text[] USING string_to_array(content, chr(10));
ALTER TABLE volunteer_certificate ADD CONSTRAINT volunteer_certificate_content_length
  CHECK (char_length(array_to_string(content, chr(10))) <= 2000);
