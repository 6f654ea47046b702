-- partybuilding: what happens at a station for new-employment workers — volunteer activities held there (volunteer
-- module) and demands raised there (demand module), kept as references checked on entry through those modules.
CREATE TABLE partybuilding_station_link (
  id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  station_id BIGINT NOT NULL REFERENCES partybuilding_station (id),
  kind       TEXT NOT NULL CHECK (kind IN ('VOLUNTEER_ACTIVITY', 'DEMAND')),
  reference  BIGINT NOT NULL,
  linked_by  BIGINT NOT NULL,
  linked_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (station_id, kind, reference)
);
CREATE INDEX partybuilding_station_link_station_idx ON partybuilding_station_link (station_id);
