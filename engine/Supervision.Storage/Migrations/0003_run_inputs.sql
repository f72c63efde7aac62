-- 0003_run_inputs: the nightly run keeps its inputs with it, cut per chunk, so that a worker on any machine scores its
-- chunk from the database alone, and keeps what each chunk leaves for the draws.
--
-- run_inputs holds one row per part of a slice (InputPartitioner): the file's header, then the lines of the chunk's
-- enterprises, with their line numbers in the file; chunk_no -1 holds the files the draws read whole (inspectors,
-- case leads). A planner replaces a run's rows in one transaction before it creates the run; the rows are dropped when
-- the run is final. The content is stored uncompressed (STORAGE EXTERNAL): it is written once and read once, and
-- PostgreSQL's compression would cost more time than the disk it saves.
CREATE TABLE supervision.run_inputs (
    run_id           text    NOT NULL,
    chunk_no         integer NOT NULL CHECK (chunk_no >= -1),
    file_name        text    NOT NULL,
    part             integer NOT NULL CHECK (part >= 0),
    path             text    NOT NULL,
    encoding         text    NOT NULL,
    encoding_warning text,
    missing          boolean NOT NULL,
    lines            integer[] NOT NULL,
    content          bytea   NOT NULL,
    earlier_keys     text[]  NOT NULL DEFAULT '{}',   -- inspection ids first seen in another chunk's slice …
    earlier_lines    integer[] NOT NULL DEFAULT '{}', -- … and the line where each appeared first
    PRIMARY KEY (run_id, chunk_no, file_name, part)
);
ALTER TABLE supervision.run_inputs ALTER COLUMN content SET STORAGE EXTERNAL, ALTER COLUMN lines SET STORAGE EXTERNAL;

-- A chunk's import reports and draw candidates (ChunkSummaryGzip), saved before the chunk is counted complete.
ALTER TABLE supervision.run_chunks ADD COLUMN summary bytea;

-- The draw record as the text it was written: json validates it without rebuilding it as jsonb, which cost seconds for
-- the record of a million-enterprise draw and reordered its keys; nothing queries inside it.
ALTER TABLE supervision.draws ALTER COLUMN record TYPE json USING record::json;

-- Large values compressed with lz4 instead of pglz (several times faster to write), and already-gzipped ones not again.
ALTER TABLE supervision.draws
    ALTER COLUMN record SET COMPRESSION lz4,
    ALTER COLUMN population SET COMPRESSION lz4,
    ALTER COLUMN exclusions SET STORAGE EXTERNAL;
ALTER TABLE supervision.run_chunks ALTER COLUMN summary SET STORAGE EXTERNAL;
