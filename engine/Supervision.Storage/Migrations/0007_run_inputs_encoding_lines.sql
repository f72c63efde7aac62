-- 0007_run_inputs_encoding_lines: each input slice carries how its whole file's lines split between encodings.
--
-- A file is read in the encoding of most of its lines with non-ASCII text, and a line in another encoding is rejected
-- at its line (issue 17). A chunk sees only its own lines: without the whole file's counts it could neither tell a
-- UTF-8 line of a GB18030 file from the rest nor word the rejection as the whole file's import does, and the draw
-- must know that the file was inconsistent. Slices stored before count as files of ASCII lines only.
ALTER TABLE supervision.run_inputs
    ADD COLUMN encoding_utf8_lines bigint NOT NULL DEFAULT 0,
    ADD COLUMN encoding_not_utf8_lines bigint NOT NULL DEFAULT 0,
    ADD COLUMN encoding_neither_lines bigint NOT NULL DEFAULT 0;
